import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  CommuneNamesGQL,
  DirectoryGQL,
  liveQuery,
  OrganizationType,
  Session,
} from '@continuum/web/data-access';
import { ORGANIZATION_TYPES } from '@continuum/domain';
import { debounced, plural, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { sortByType, typeCounts } from './directory-order';
import { OrganizationCardComponent } from './organization-card.component';

/**
 * The partners directory: every organisation of the continuum with its people. The search runs on
 * the server (organisation or person names, accents ignored), as do the type and commune filters.
 */
@Component({
  selector: 'cnt-directory-page',
  imports: [OrganizationCardComponent, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <h1>Annuaire des partenaires</h1>
      <p class="fr-text--lead">
        Les acteurs du continuum de sécurité {{ where() }}, leur compétence territoriale et leurs
        interlocuteurs.
      </p>

      <form
        class="fr-grid-row fr-grid-row--gutters fr-mb-3w"
        role="search"
        (submit)="$event.preventDefault()"
      >
        <div class="fr-col-12 fr-col-md-6">
          <div class="fr-input-group fr-mb-0">
            <label class="fr-label" for="directory-search">
              Rechercher
              <span class="fr-hint-text"
                >Nom d’une organisation ou d’une personne ; les accents sont ignorés</span
              >
            </label>
            <div class="fr-search-bar" id="directory-search-bar">
              <input
                class="fr-input"
                id="directory-search"
                type="search"
                name="search"
                placeholder="Par exemple : habitat, gendarmerie, Bernard"
                autocomplete="off"
                [value]="search()"
                (input)="search.set($any($event.target).value)"
              />
              <button class="fr-btn" type="submit" title="Rechercher">Rechercher</button>
            </div>
          </div>
        </div>
        <div class="fr-col-12 fr-col-sm-6 fr-col-md-3">
          <div class="fr-select-group fr-mb-0">
            <label class="fr-label" for="directory-type"> Type d’organisation </label>
            <select
              class="fr-select"
              id="directory-type"
              name="type"
              (change)="type.set($any($event.target).value)"
            >
              <option value="" [selected]="type() === ''">Tous les types</option>
              @for (option of typeOptions; track option.value) {
                <option [value]="option.value" [selected]="type() === option.value">
                  {{ option.label }}
                </option>
              }
            </select>
          </div>
        </div>
        <div class="fr-col-12 fr-col-sm-6 fr-col-md-3">
          <div class="fr-select-group fr-mb-0">
            <label class="fr-label" for="directory-commune"> Compétent sur la commune </label>
            <select
              class="fr-select"
              id="directory-commune"
              name="commune"
              (change)="commune.set($any($event.target).value)"
            >
              <option value="" [selected]="commune() === ''">Toutes les communes</option>
              @for (option of communes.value() ?? []; track option.code) {
                <option [value]="option.code" [selected]="commune() === option.code">
                  {{ option.name }}
                </option>
              }
            </select>
          </div>
        </div>
      </form>

      <cnt-problem-alert [problem]="directory.problem()" />

      <p class="fr-text--sm" role="status" aria-live="polite" data-testid="directory-count">
        @if (directory.value(); as organizations) {
          {{ count() }}
          @if (directory.loading()) {
            — mise à jour…
          }
        } @else {
          Chargement de l’annuaire…
        }
      </p>

      @if (directory.value()) {
        @if (types().length > 1) {
          <p class="fr-text--sm cnt-types">{{ typeSummary() }}</p>
        }
        <div class="fr-grid-row fr-grid-row--gutters">
          @for (organization of organizations(); track organization.id) {
            <div class="fr-col-12 fr-col-lg-6">
              <cnt-organization-card [organization]="organization" />
            </div>
          } @empty {
            <p class="fr-col-12">Aucune organisation ne correspond à cette recherche.</p>
          }
        </div>
      }
    </div>
  `,
  styles: `
    .cnt-types {
      color: var(--text-mention-grey);
    }
  `,
})
export class DirectoryPage {
  private readonly session = inject(Session);
  private readonly directoryQuery = inject(DirectoryGQL);
  private readonly communeNamesQuery = inject(CommuneNamesGQL);

  protected readonly search = signal('');
  protected readonly type = signal('');
  protected readonly commune = signal('');
  private readonly searchTerm = debounced(this.search, 250);

  protected readonly typeOptions = Object.entries(ORGANIZATION_TYPES).map(([value, info]) => ({
    value,
    label: info.label,
  }));

  protected readonly directory = liveQuery(
    () => ({
      search: this.searchTerm().trim() || null,
      type: (this.type() || null) as OrganizationType | null,
      communeCode: this.commune() || null,
    }),
    (filter) =>
      this.directoryQuery
        .fetch({ variables: { filter }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.organizations ?? [])),
  );
  protected readonly communes = liveQuery(
    () => null,
    () => this.communeNamesQuery.fetch().pipe(map((result) => result.data?.communes ?? [])),
  );

  protected readonly organizations = computed(() => sortByType(this.directory.value() ?? []));
  protected readonly types = computed(() => typeCounts(this.directory.value() ?? []));
  protected readonly typeSummary = computed(() =>
    this.types()
      .map((entry) => `${entry.label} (${entry.count})`)
      .join(' · '),
  );
  protected readonly count = computed(() =>
    plural(this.directory.value()?.length ?? 0, 'organisation', 'organisations', 'Aucune organisation'),
  );
  protected readonly where = computed(() => {
    const departement = this.session.appInfo()?.departement;
    return departement ? `du département (${departement.name}, ${departement.code})` : 'du département';
  });
}
