import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { PlanDetailGQL, PlanVersionsGQL, PlanYearsGQL, liveQuery, Session } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { map, of } from 'rxjs';
import { ObjectivesDashboardComponent } from '../objectives/objectives-dashboard.component';
import { yearOf, yearOptions } from '../shared/plan-format';
import { CreatePlanComponent } from './create-plan.component';
import { PlanActionsComponent } from './plan-actions.component';
import { PlanHeaderComponent } from './plan-header.component';
import { PlanSectionsComponent } from './plan-sections.component';
import { PlanVersionsComponent } from './plan-versions.component';

/**
 * « Plan d’action » (`/plan?annee=2031&version=…`): the PADRSQ of a year. The cabinet opens the
 * year's plan, sees its versions and works on the one in progress (texts, objectives, submission,
 * adoption, revision); everyone else reads the latest adopted version, its indicators computed on
 * what they may read.
 */
@Component({
  selector: 'cnt-plan-page',
  imports: [
    ProblemAlertComponent,
    CreatePlanComponent,
    PlanHeaderComponent,
    PlanActionsComponent,
    PlanVersionsComponent,
    PlanSectionsComponent,
    ObjectivesDashboardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <div class="cnt-title-row fr-mb-2w">
        <h1 class="fr-mb-0">Plan d’action {{ year() }}</h1>
        <div class="fr-select-group fr-mb-0">
          <label class="fr-label" for="plan-year">Année du plan</label>
          <select
            class="fr-select"
            id="plan-year"
            [value]="year()"
            (change)="chooseYear($any($event.target).value)"
            data-testid="plan-year"
          >
            @for (option of years(); track option) {
              <option [value]="option" [selected]="option === year()">{{ option }}</option>
            }
          </select>
        </div>
      </div>
      <p class="fr-text--sm cnt-muted">
        Plan d’action départemental de restauration de la sécurité du quotidien (PADRSQ) : diagnostic,
        résultats recherchés, modes d’action, mobilisation du continuum, dialogue — et ses objectifs suivis.
      </p>

      @if (notice(); as message) {
        <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status" data-testid="flash">
          <p>{{ message }}</p>
        </div>
      }
      <cnt-problem-alert [problem]="versions.problem() ?? detail.problem()" />

      @if (versions.value(); as list) {
        @if (list.length === 0) {
          @if (writer()) {
            <div class="fr-callout fr-mb-4w" data-testid="no-plan">
              <h2 class="fr-callout__title">Aucun plan pour {{ year() }}</h2>
              <p class="fr-callout__text">
                Ouvrez le plan de l’année : sa première version est un projet, que vous rédigez puis soumettez
                à l’adoption.
              </p>
            </div>
            <cnt-create-plan [year]="year()" (created)="created($event)" />
          } @else {
            <div class="fr-callout fr-mb-4w" data-testid="no-plan">
              <h2 class="fr-callout__title">Aucun plan adopté pour {{ year() }}</h2>
              <p class="fr-callout__text">
                Le plan de cette année n’a pas encore été adopté par le préfet : il sera visible ici dès son
                adoption.
              </p>
            </div>
          }
        } @else if (detail.value(); as plan) {
          <div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">
            <div class="fr-col-12" [class.fr-col-lg-8]="writer()">
              <cnt-plan-header [plan]="plan" />
              @if (writer()) {
                <cnt-plan-actions
                  [plan]="plan"
                  [latest]="plan.id === list[0].id"
                  (changed)="changed($event)"
                />
              }
            </div>
            @if (writer()) {
              <div class="fr-col-12 fr-col-lg-4">
                <cnt-plan-versions [versions]="list" [selectedId]="plan.id" [year]="year()" />
              </div>
            }
          </div>

          <cnt-objectives-dashboard [plan]="plan" [writer]="writer()" (changed)="changed($event)" />
          <cnt-plan-sections
            [plan]="plan"
            [editable]="editable()"
            (saved)="changed($event)"
            (stale)="detail.reload()"
          />
        } @else if (!detail.problem()) {
          <p>Chargement du plan…</p>
        }
      } @else if (!versions.problem()) {
        <p>Chargement des plans…</p>
      }
    </div>
  `,
  styles: `
    .cnt-title-row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      justify-content: space-between;
      align-items: flex-end;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class PlanPage {
  private readonly yearsQuery = inject(PlanYearsGQL);
  private readonly versionsQuery = inject(PlanVersionsGQL);
  private readonly detailQuery = inject(PlanDetailGQL);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly title = inject(Title);

  /** Query parameters: `?annee=2031&version=<id>`. */
  readonly annee = input<string>();
  readonly version = input<string>();

  private readonly thisYear = new Date().getFullYear();
  protected readonly notice = signal<string | null>(null);
  protected readonly year = computed(() => yearOf(this.annee(), this.thisYear));
  /** The cabinet writes the plan; everyone else reads its adopted versions. */
  protected readonly writer = computed(() => this.session.can('update', 'Plan'));

  private readonly planYears = liveQuery(
    () => null,
    () =>
      this.yearsQuery
        .fetch({ fetchPolicy: 'network-only' })
        .pipe(map((result) => (result.data?.plans ?? []).map((plan) => plan.year))),
  );
  protected readonly years = computed(() =>
    yearOptions(this.thisYear, this.planYears.value() ?? [], this.year()),
  );

  protected readonly versions = liveQuery(
    () => this.year(),
    (year) =>
      this.versionsQuery
        .fetch({ variables: { year }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.plans ?? [])),
  );

  /**
   * The version shown: the one the address names, else the latest — for the cabinet the draft in
   * progress if there is one, for the others the latest adopted (the only ones they read).
   */
  private readonly selectedId = computed(() => {
    const list = this.versions.value() ?? [];
    const asked = list.find((plan) => plan.id === this.version());
    return asked?.id ?? list[0]?.id ?? null;
  });

  protected readonly detail = liveQuery(
    () => this.selectedId(),
    (id) =>
      id
        ? this.detailQuery
            .fetch({ variables: { id }, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.plan ?? null))
        : of(null),
  );

  /** Texts and objectives change on a draft only, by the cabinet. */
  protected readonly editable = computed(() => this.writer() && this.detail.value()?.status === 'DRAFT');

  constructor() {
    effect(() => {
      const plan = this.detail.value();
      this.title.setTitle(
        plan
          ? `Plan d’action ${plan.year}, version ${plan.version} — Continuum`
          : `Plan d’action ${this.year()} — Continuum`,
      );
    });
  }

  protected chooseYear(value: string): void {
    this.notice.set(null);
    void this.router.navigate([], { queryParams: { annee: value, version: null } });
  }

  protected created(id: string): void {
    this.notice.set('Le plan est ouvert : rédigez ses parties et ajoutez ses objectifs.');
    void this.router.navigate([], { queryParams: { annee: this.year(), version: id } });
    this.reload();
  }

  /** After a change: its message, and the plan read again (a new version, when one was opened, shown). */
  protected changed(change: string | { message: string; versionId: string }): void {
    if (typeof change === 'string') {
      this.notice.set(change);
    } else {
      this.notice.set(change.message);
      void this.router.navigate([], { queryParams: { annee: this.year(), version: change.versionId } });
    }
    this.reload();
  }

  private reload(): void {
    this.versions.reload();
    this.detail.reload();
    this.planYears.reload();
  }
}
