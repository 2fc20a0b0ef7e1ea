import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { OBJECTIVE_PROGRESS_LABELS, ObjectiveProgress } from '@continuum/domain/plan';
import { plural } from '@continuum/web/ui';
import { countByProgress, progressBadgeClass } from '../shared/plan-format';
import type { PlanDetail, PlanObjective } from '../shared/plan-types';
import { ObjectiveCardComponent } from './objective-card.component';
import { ObjectiveFormComponent } from './objective-form.component';

/**
 * The objectives of a version, as a dashboard: « À surveiller » first (how many stand where, the
 * objectives off their trajectory named), then each objective's card. On a draft the cabinet adds,
 * changes and removes objectives here — one form open at a time.
 */
@Component({
  selector: 'cnt-objectives-dashboard',
  imports: [ObjectiveCardComponent, ObjectiveFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="objectives-title" class="fr-mb-6w" data-testid="objectives">
      <div class="cnt-title-row fr-mb-2w">
        <h2 id="objectives-title" class="fr-h3 fr-mb-0">Objectifs et indicateurs</h2>
        @if (editable() && editing() !== 'new') {
          <button
            type="button"
            class="fr-btn fr-btn--sm fr-icon-add-line fr-btn--icon-left"
            aria-controls="objective-new"
            [attr.aria-expanded]="false"
            (click)="editing.set('new')"
          >
            Ajouter un objectif
          </button>
        }
      </div>

      @if (plan().objectives.length > 0) {
        <div class="cnt-watch fr-mb-4w" data-testid="objectives-summary">
          <h3 class="fr-h6 fr-mb-1w">À surveiller</h3>
          @if (followed().length > 0) {
            <ul class="fr-badges-group fr-mb-1w">
              @for (row of counts(); track row.progress) {
                <li>
                  <p
                    class="fr-badge fr-badge--sm"
                    [class]="row.count > 0 ? badge(row.progress) : 'fr-badge--no-icon'"
                  >
                    {{ row.count }} {{ label(row.progress).toLowerCase() }}
                  </p>
                </li>
              }
            </ul>
          }
          @if (elsewhere() > 0) {
            <p class="fr-text--sm fr-mb-1w" data-testid="objectives-elsewhere">
              {{ elsewhereText() }}
            </p>
          }
          @if (offTrack().length > 0) {
            <p class="fr-text--sm fr-mb-1v">{{ offTrackCount() }} en retard sur la trajectoire attendue :</p>
            <ul class="fr-text--sm fr-mb-0" data-testid="objectives-off-track">
              @for (objective of offTrack(); track objective.id) {
                <li>
                  <a
                    class="fr-link fr-text--sm"
                    [href]="'#objective-' + objective.id"
                    (click)="jump($event, objective.id)"
                    >{{ objective.title }}</a
                  >
                  <span class="cnt-muted"> — {{ objective.sectionLabel }}</span>
                </li>
              }
            </ul>
          } @else if (followed().length > 0) {
            <p class="fr-text--sm fr-mb-0">Aucun objectif en retard sur sa trajectoire.</p>
          }
        </div>
      }

      @if (editing() === 'new') {
        <div id="objective-new" class="fr-mb-4w">
          <cnt-objective-form
            [planId]="plan().id"
            [planYear]="plan().year"
            (saved)="saved($event)"
            (cancelled)="editing.set(null)"
          />
        </div>
      }

      <ul class="cnt-objectives">
        @for (objective of plan().objectives; track objective.id) {
          <li [id]="'objective-' + objective.id" tabindex="-1">
            @if (editing() === objective.id) {
              <cnt-objective-form
                [planId]="plan().id"
                [planYear]="plan().year"
                [existing]="objective"
                (saved)="saved($event)"
                (cancelled)="editing.set(null)"
              />
            } @else {
              <cnt-objective-card
                [objective]="objective"
                [editable]="editable()"
                [measurable]="writer() && objective.indicatorSource === 'MANUAL'"
                [comparable]="comparable(objective)"
                (edit)="editing.set(objective.id)"
                (changed)="changed.emit($event)"
              />
            }
          </li>
        } @empty {
          <li>
            <p class="cnt-muted">
              {{
                editable()
                  ? 'Aucun objectif pour le moment : ajoutez le premier.'
                  : 'Ce plan ne compte pas encore d’objectif.'
              }}
            </p>
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .cnt-title-row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      justify-content: space-between;
      align-items: center;
    }
    .cnt-watch {
      padding: 1rem 1.5rem;
      border-left: 4px solid var(--border-plain-warning);
      background: var(--background-alt-grey);
    }
    .cnt-objectives {
      list-style: none;
      padding-left: 0;
      margin: 0;
    }
    .cnt-objectives > li {
      padding-bottom: 1.5rem;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class ObjectivesDashboardComponent {
  readonly plan = input.required<PlanDetail>();
  /** The cabinet: it edits a draft's objectives and enters the values kept by hand. */
  readonly writer = input(false);
  readonly changed = output<string>();

  /** The objective whose form is open (`new` for a new one), or none. */
  protected readonly editing = signal<string | null>(null);
  private readonly planId = computed(() => this.plan().id);
  protected readonly editable = computed(() => this.writer() && this.plan().status === 'DRAFT');
  /** The objectives whose progress means something for this reader (see the card's `comparable`). */
  protected readonly followed = computed(() =>
    this.plan().objectives.filter((objective) => this.comparable(objective)),
  );
  protected readonly elsewhere = computed(() => this.plan().objectives.length - this.followed().length);
  protected readonly elsewhereText = computed(() =>
    this.elsewhere() === 1
      ? '1 objectif est calculé sur votre territoire : sa valeur ne se compare pas à la cible fixée pour tout son périmètre.'
      : `${this.elsewhere()} objectifs sont calculés sur votre territoire : leurs valeurs ne se comparent pas aux cibles fixées pour tout leur périmètre.`,
  );
  protected readonly counts = computed(() => countByProgress(this.followed()));
  protected readonly offTrack = computed(() =>
    this.followed().filter((objective) => objective.indicator.progress === ObjectiveProgress.OFF_TRACK),
  );
  protected readonly offTrackCount = computed(() => plural(this.offTrack().length, 'objectif'));

  constructor() {
    // Another version shown: no form left open on it.
    effect(() => {
      this.planId();
      untracked(() => this.editing.set(null));
    });
  }

  protected comparable(objective: PlanObjective): boolean {
    return this.writer() || objective.indicatorSource === 'MANUAL';
  }

  protected label(progress: ObjectiveProgress): string {
    return OBJECTIVE_PROGRESS_LABELS[progress];
  }

  protected badge(progress: string): string {
    return progressBadgeClass(progress);
  }

  protected saved(message: string): void {
    this.editing.set(null);
    this.changed.emit(message);
  }

  /** The summary's link: the card scrolled to and focused (the router would take the fragment as a route). */
  protected jump(event: Event, id: string): void {
    event.preventDefault();
    const target = document.getElementById(`objective-${id}`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }
}
