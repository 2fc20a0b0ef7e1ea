import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import {
  CommuneResultsGQL,
  CommunesGQL,
  liveQuery,
  MyResultsTerritoryGQL,
  PublicResultPagesGQL,
  Session,
} from '@continuum/web/data-access';
import { formatInteger, ProblemAlertComponent, resultsPageLabel } from '@continuum/web/ui';
import { CommunePickerComponent } from '@continuum/web/ui/forms';
import { map, of } from 'rxjs';
import { CommuneActivityComponent } from '../parts/commune-activity.component';
import { CommuneFiguresComponent } from '../parts/commune-figures.component';
import { CommuneObjectivesComponent } from '../parts/commune-objectives.component';
import { PublicPageSwitchComponent } from '../parts/public-page-switch.component';
import { PublicPagesListComponent } from '../parts/public-pages-list.component';
import { ofCommune } from '../shared/results-format';

/**
 * `/resultats` and `/resultats/:code`: a commune's results. A mayor (any organisation with a few
 * communes) sees their own — the seat commune first, a select when there are several; the cabinet
 * and the département-wide services pick any commune, and the cabinet opens or closes its public page.
 */
@Component({
  selector: 'cnt-results-page',
  imports: [
    ReactiveFormsModule,
    ProblemAlertComponent,
    CommunePickerComponent,
    CommuneFiguresComponent,
    CommuneActivityComponent,
    CommuneObjectivesComponent,
    PublicPageSwitchComponent,
    PublicPagesListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <h1>{{ heading }}</h1>
      <cnt-problem-alert [problem]="territory.problem()" />
      @if (wholeDepartement()) {
        <div class="cnt-picker">
          <cnt-commune-picker
            [communes]="allCommunes.value() ?? []"
            [single]="true"
            label="Commune"
            inputId="results-commune"
            [formControl]="picked"
          />
        </div>
      } @else if (ownCommunes().length > 1) {
        <div class="fr-select-group cnt-picker">
          <label class="fr-label" for="results-commune">Commune</label>
          <select class="fr-select" id="results-commune" (change)="choose($any($event.target).value)">
            @for (c of ownCommunes(); track c.code) {
              <option [value]="c.code" [selected]="c.code === selected()">{{ c.name }}</option>
            }
          </select>
        </div>
      } @else if (territory.value() && !selected()) {
        <p>Votre organisation n’a pas de commune de compétence : aucun résultat à afficher.</p>
      }

      <cnt-problem-alert [problem]="results.problem()" />
      @if (selected() && results.value(); as r) {
        <p class="fr-text--lead" data-testid="results-commune">
          <strong>{{ r.communeName }}</strong> ({{ r.communeCode }}) — {{ integer(r.population) }} habitants ·
          {{ r.period }}
        </p>
        @if (isCabinet) {
          <cnt-public-page-switch
            class="fr-mb-4w"
            [communeCode]="r.communeCode"
            [communeName]="r.communeName"
            [enabled]="r.publicPageEnabled"
            (changed)="refresh()"
          />
        } @else if (r.publicPageEnabled) {
          <p data-testid="public-page-link">
            La page publique de la commune est ouverte :
            <a class="fr-link" [href]="'/public/resultats/' + r.communeCode"
              >voir la page publique {{ ofName(r.communeName) }}</a
            >
          </p>
        }
        <h2 class="fr-mt-4w">La commune face au département</h2>
        <cnt-commune-figures [results]="r" />
        <cnt-commune-activity [results]="r" />
        <cnt-commune-objectives [objectives]="r.objectives" />
      } @else if (selected() && !results.problem()) {
        <p>Chargement des résultats…</p>
      }

      @if (isCabinet && publicPages.value(); as pages) {
        <cnt-public-pages-list [pages]="pages" />
      }
    </div>
  `,
  styles: `
    .cnt-picker {
      max-width: 32rem;
    }
    :host ::ng-deep cnt-public-page-switch {
      display: block;
    }
  `,
})
export class ResultsPage {
  /** The commune's INSEE code, from `/resultats/:code`. */
  readonly code = input<string>();

  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly territoryQuery = inject(MyResultsTerritoryGQL);
  private readonly communesQuery = inject(CommunesGQL);
  private readonly resultsQuery = inject(CommuneResultsGQL);
  private readonly publicPagesQuery = inject(PublicResultPagesGQL);

  /** The cabinet manages the public pages (the same right as writing the plan). */
  protected readonly isCabinet = this.session.can('update', 'Plan');
  protected readonly heading = resultsPageLabel(this.session.user()?.organization.type, this.isCabinet);
  protected readonly picked = new FormControl('', { nonNullable: true });

  protected readonly territory = liveQuery(
    () => null,
    () =>
      this.territoryQuery
        .fetch({ fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.me.organization ?? null)),
  );
  protected readonly wholeDepartement = computed(
    () => this.isCabinet || (this.territory.value()?.wholeDepartement ?? false),
  );
  protected readonly ownCommunes = computed(() => this.territory.value()?.competenceCommunes ?? []);
  protected readonly allCommunes = liveQuery(
    () => this.wholeDepartement(),
    (whole) => (whole ? this.communesQuery.fetch().pipe(map((r) => r.data?.communes ?? [])) : of([])),
  );

  /** The commune asked for, or the reader's own: their seat if it is theirs, else the first. */
  protected readonly selected = computed(() => {
    const asked = this.code();
    if (asked) return asked;
    const org = this.territory.value();
    if (!org || this.wholeDepartement()) return null;
    const own = org.competenceCommunes;
    return (own.find((c) => c.code === org.seat?.code) ?? own[0])?.code ?? null;
  });

  protected readonly results = liveQuery(
    () => this.selected(),
    (communeCode) =>
      communeCode
        ? this.resultsQuery
            .fetch({ variables: { communeCode }, fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data?.communeResults))
        : of(undefined),
  );
  protected readonly publicPages = liveQuery(
    () => this.isCabinet,
    (cabinet) =>
      cabinet
        ? this.publicPagesQuery
            .fetch({ fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data?.publicResultPages ?? []))
        : of(undefined),
  );

  constructor() {
    // The picker shows the commune of the address; choosing another one navigates to it.
    effect(() => this.picked.setValue(this.selected() ?? '', { emitEvent: false }));
    this.picked.valueChanges.pipe(takeUntilDestroyed()).subscribe((code) => this.choose(code));
    effect(() => {
      const r = this.results.value();
      if (r && this.selected()) this.title.setTitle(`Résultats — ${r.communeName} — Continuum`);
    });
  }

  protected choose(code: string): void {
    void this.router.navigate(code ? ['/resultats', code] : ['/resultats']);
  }

  protected refresh(): void {
    this.results.reload();
    this.publicPages.reload();
  }

  protected integer = formatInteger;
  protected ofName = ofCommune;
}
