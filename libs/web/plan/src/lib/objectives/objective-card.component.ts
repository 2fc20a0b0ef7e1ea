import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { INDICATOR_DIRECTION_LABELS, type IndicatorDirection } from '@continuum/domain/plan';
import { type Problem, RemoveMeasurementGQL, RemoveObjectiveGQL } from '@continuum/web/data-access';
import { DialogComponent, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { actionProblem } from '../shared/action-problem';
import { formatDay, formatNumber, formatPeriod, progressBadgeClass, shareText } from '../shared/plan-format';
import type { PlanObjective } from '../shared/plan-types';
import { IndicatorHistoryComponent } from './indicator-history.component';
import { MeasurementFormComponent } from './measurement-form.component';

/**
 * One objective on the dashboard: what it aims at (indicator, scope, baseline → target by its
 * deadline), where it stands (current value, progress badge and bar, on what it is computed for
 * this reader) and its history as a chart beside its table. The cabinet edits or removes it on a
 * draft, and enters the values of an indicator kept by hand.
 */
@Component({
  selector: 'cnt-objective-card',
  imports: [IndicatorHistoryComponent, MeasurementFormComponent, DialogComponent, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <article
      class="cnt-objective"
      [attr.aria-labelledby]="'objective-title-' + objective().id"
      data-testid="objective-card"
    >
      <p class="fr-text--sm fr-mb-1w cnt-muted">{{ objective().sectionLabel }}</p>
      <div class="cnt-heading">
        <h3 class="fr-h5 fr-mb-1w" [id]="'objective-title-' + objective().id">{{ objective().title }}</h3>
        <p
          class="fr-badge fr-badge--sm fr-mb-1w"
          [class]="comparable() ? badge() : 'fr-badge--no-icon'"
          data-testid="objective-progress"
        >
          {{ comparable() ? objective().indicator.progressLabel : 'Sur votre territoire' }}
        </p>
      </div>
      @if (objective().description) {
        <p class="fr-text--sm fr-mb-1w">{{ objective().description }}</p>
      }
      <div class="cnt-figures fr-mt-2w">
        <dl class="cnt-facts">
          <div>
            <dt>Indicateur</dt>
            <dd>
              {{ objective().indicatorLabel }}
              <span class="cnt-muted">— {{ objective().indicatorSourceLabel }}</span>
            </dd>
          </div>
          <div>
            <dt>Périmètre</dt>
            <dd>{{ objective().indicatorScope }}</dd>
          </div>
          <div>
            <dt>Référence → cible ({{ direction() }})</dt>
            <dd data-testid="objective-trajectory">
              {{ number(objective().baselineValue) }} au {{ day(objective().baselineDate) }} →
              <strong>{{ number(objective().targetValue) }}</strong> d’ici le
              {{ day(objective().deadline) }}
            </dd>
          </div>
          <div>
            <dt>Valeur actuelle</dt>
            <dd data-testid="objective-current">
              @if (objective().indicator.currentValue !== null) {
                <strong>{{ number(objective().indicator.currentValue) }}</strong>
                {{ currentOn() }}
                @if (comparable() && objective().indicator.expectedValue !== null) {
                  <span class="cnt-muted"
                    >(attendu sur la trajectoire : {{ number(objective().indicator.expectedValue) }})</span
                  >
                }
              } @else {
                <span class="cnt-muted">aucune valeur pour le moment</span>
              }
            </dd>
          </div>
          @if (objective().pilotLabel) {
            <div>
              <dt>Pilote</dt>
              <dd>{{ objective().pilotLabel }}</dd>
            </div>
          }
        </dl>
        @if (comparable() && objective().indicator.share !== null) {
          <div class="cnt-progress fr-mt-2w">
            <label class="fr-text--sm fr-mb-0" [for]="'objective-share-' + objective().id">
              Chemin parcouru de la référence à la cible : {{ share() }}
            </label>
            <progress
              [id]="'objective-share-' + objective().id"
              max="100"
              [value]="(objective().indicator.share ?? 0) * 100"
            >
              {{ share() }}
            </progress>
          </div>
        }
        <p class="fr-text--sm fr-icon-information-line cnt-note fr-mt-2w" data-testid="objective-scope-note">
          {{ objective().indicator.scopeNote }}
        </p>
        @if (!comparable()) {
          <p class="fr-text--sm cnt-muted" data-testid="objective-not-comparable">
            La référence et la cible portent sur tout le périmètre de l’objectif ; la valeur ci-dessous est
            calculée sur ce que vous pouvez lire : elles ne se comparent pas, et le plan ne dit donc pas ici
            si l’objectif est en bonne voie.
          </p>
        }
      </div>

      <cnt-indicator-history
        [objective]="objective()"
        [removable]="measurable()"
        [trajectory]="comparable()"
        (remove)="removeMeasurement($event)"
      />

      @if (measurable()) {
        <cnt-measurement-form [objective]="objective()" (recorded)="changed.emit($event)" />
      }
      <div class="fr-mt-2w">
        <cnt-problem-alert [problem]="problem()" />
      </div>
      @if (editable()) {
        <div class="fr-mt-2w">
          <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
            <li>
              <button class="fr-btn fr-btn--secondary" type="button" (click)="edit.emit()">
                Modifier<span class="fr-sr-only"> « {{ objective().title }} »</span>
              </button>
            </li>
            <li>
              <button
                class="fr-btn fr-btn--tertiary fr-icon-delete-line"
                type="button"
                (click)="confirming.set(true)"
              >
                Retirer<span class="fr-sr-only"> « {{ objective().title }} »</span>
              </button>
            </li>
          </ul>
        </div>
      }
    </article>

    <cnt-dialog heading="Retirer cet objectif ?" [open]="confirming()" (closed)="confirming.set(false)">
      <p>
        L’objectif « {{ objective().title }} » sera retiré de ce projet de plan, avec son indicateur.
        @if (objective().indicatorSource === 'MANUAL') {
          Les valeurs saisies à la main restent attachées à l’objectif dans les versions qui le gardent.
        }
      </p>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button class="fr-btn" type="button" [disabled]="busy()" (click)="remove()">
            Retirer l’objectif
          </button>
        </li>
        <li>
          <button class="fr-btn fr-btn--secondary" type="button" (click)="confirming.set(false)">
            Annuler
          </button>
        </li>
      </ul>
    </cnt-dialog>
  `,
  styles: `
    .cnt-objective {
      padding: 1.5rem;
      border: 1px solid var(--border-default-grey);
      border-bottom: 3px solid var(--border-plain-blue-france);
    }
    .cnt-heading {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: baseline;
      justify-content: space-between;
    }
    .cnt-facts {
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0.75rem 1.5rem;
    }
    .cnt-facts dt {
      font-size: 0.75rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--text-mention-grey);
    }
    .cnt-facts dd {
      margin: 0;
      padding: 0;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-progress progress {
      display: block;
      width: 100%;
      max-width: 30rem;
      height: 0.75rem;
      accent-color: var(--background-action-high-blue-france);
    }
    .cnt-note::before {
      --icon-size: 1rem;
      margin-right: 0.25rem;
    }
  `,
})
export class ObjectiveCardComponent {
  private readonly removeObjective = inject(RemoveObjectiveGQL);
  private readonly removeValue = inject(RemoveMeasurementGQL);

  readonly objective = input.required<PlanObjective>();
  /** A draft, and the cabinet: the objective can be changed or removed. */
  readonly editable = input(false);
  /** The cabinet, and an indicator kept by hand: values are entered here, whatever the version's step. */
  readonly measurable = input(false);
  /**
   * The reader's value measures the same thing as the baseline and the target: the cabinet's (who
   * set them under its own reading), or a value entered by hand. Anyone else's computed value covers
   * their territory or the cases they may read, against a baseline and a target for the whole scope:
   * no progress is drawn from that.
   */
  readonly comparable = input(true);
  readonly edit = output<void>();
  readonly changed = output<string>();

  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected readonly badge = computed(() => progressBadgeClass(this.objective().indicator.progress));
  protected readonly share = computed(() => shareText(this.objective().indicator.share));
  protected readonly direction = computed(
    () => INDICATOR_DIRECTION_LABELS[this.objective().direction as IndicatorDirection] ?? '',
  );
  protected readonly currentOn = computed(() => {
    const on = this.objective().indicator.currentOn;
    if (!on) return '';
    return this.objective().indicatorSource === 'MANUAL'
      ? `au ${formatDay(on)}`
      : `sur les douze mois à fin ${formatPeriod(on.slice(0, 7))}`;
  });

  protected number(value: number | null): string {
    return formatNumber(value);
  }

  protected day(value: string): string {
    return formatDay(value);
  }

  protected async remove(): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.removeObjective.mutate({ variables: { id: this.objective().id } }));
      this.confirming.set(false);
      this.changed.emit(`Objectif « ${this.objective().title} » retiré du projet.`);
    } catch (error) {
      this.confirming.set(false);
      this.problem.set(actionProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async removeMeasurement(measuredOn: string): Promise<void> {
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.removeValue.mutate({ variables: { objectiveId: this.objective().id, measuredOn } }),
      );
      this.changed.emit(`Valeur du ${formatDay(measuredOn)} supprimée.`);
    } catch (error) {
      this.problem.set(actionProblem(error));
    }
  }
}
