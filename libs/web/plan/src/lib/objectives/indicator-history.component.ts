import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { chartModel, expectedAt, pointTime } from './indicator-chart';
import { figureText, formatNumber, formatPeriod } from '../shared/plan-format';
import type { PlanObjective } from '../shared/plan-types';

const SIZE = { width: 360, height: 180, left: 48, right: 12, top: 12, bottom: 28 };

/**
 * An indicator's history: a small line chart (its values, and the straight line expected from the
 * baseline to the target) beside the table of the same figures. The chart is a picture for the eye
 * (hidden from screen readers); the table is the data, each value with the trajectory's.
 */
@Component({
  selector: 'cnt-indicator-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-grid-row fr-grid-row--gutters">
      <div class="fr-col-12 fr-col-md-6">
        @if (chart(); as chart) {
          <svg
            class="cnt-chart"
            [attr.viewBox]="'0 0 ' + size.width + ' ' + size.height"
            aria-hidden="true"
            focusable="false"
            data-testid="indicator-chart"
          >
            @for (tick of chart.yTicks; track tick.y) {
              <line
                class="cnt-chart__grid"
                [attr.x1]="size.left"
                [attr.x2]="size.width - size.right"
                [attr.y1]="tick.y"
                [attr.y2]="tick.y"
              />
              <text class="cnt-chart__label" [attr.x]="size.left - 6" [attr.y]="tick.y + 4" text-anchor="end">
                {{ tick.label }}
              </text>
            }
            @for (label of chart.xLabels; track label.x) {
              <text
                class="cnt-chart__label"
                [attr.x]="label.x"
                [attr.y]="size.height - 8"
                [attr.text-anchor]="label.anchor"
              >
                {{ label.label }}
              </text>
            }
            @if (trajectory()) {
              <line
                class="cnt-chart__expected"
                [attr.x1]="chart.expected.x1"
                [attr.y1]="chart.expected.y1"
                [attr.x2]="chart.expected.x2"
                [attr.y2]="chart.expected.y2"
              />
            }
            @for (line of chart.lines; track $index) {
              <path class="cnt-chart__line" [attr.d]="line" />
            }
            @for (dot of chart.dots; track $index) {
              <circle class="cnt-chart__dot" [attr.cx]="dot.x" [attr.cy]="dot.y" r="2.5" />
            }
          </svg>
          <p class="fr-text--xs cnt-legend" aria-hidden="true">
            <span class="cnt-legend__line"></span> valeur de l’indicateur
            @if (trajectory()) {
              <span class="cnt-legend__expected"></span> trajectoire attendue vers la cible
            }
          </p>
        } @else {
          <p class="fr-text--sm cnt-muted">Pas encore de valeur à représenter.</p>
        }
      </div>
      <div class="fr-col-12 fr-col-md-6">
        <div class="fr-table fr-table--sm fr-table--no-caption fr-mb-0" data-testid="indicator-table">
          <div class="fr-table__wrapper">
            <div
              class="fr-table__container cnt-scroll"
              tabindex="0"
              [attr.aria-label]="'Valeurs : ' + objective().indicatorLabel"
            >
              <div class="fr-table__content">
                <table>
                  <caption>
                    Valeurs de l’indicateur «
                    {{
                      objective().indicatorLabel
                    }}
                    »
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ manual() ? 'Jour' : 'Douze mois à fin' }}</th>
                      <th scope="col" class="fr-cell--right">Valeur</th>
                      @if (trajectory()) {
                        <th scope="col" class="fr-cell--right">Attendu</th>
                      }
                      @if (manual()) {
                        <th scope="col">Source</th>
                      }
                      @if (removable()) {
                        <th scope="col"><span class="fr-sr-only">Action</span></th>
                      }
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of rows(); track row.period) {
                      <tr>
                        <th scope="row">{{ row.label }}</th>
                        <td class="fr-cell--right">{{ row.value }}</td>
                        @if (trajectory()) {
                          <td class="fr-cell--right">{{ row.expected }}</td>
                        }
                        @if (manual()) {
                          <td>{{ row.source }}</td>
                        }
                        @if (removable()) {
                          <td>
                            <button
                              type="button"
                              class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline fr-icon-delete-line"
                              [title]="'Supprimer la valeur du ' + row.label"
                              (click)="remove.emit(row.period)"
                            >
                              Supprimer la valeur du {{ row.label }}
                            </button>
                          </td>
                        }
                      </tr>
                    } @empty {
                      <tr>
                        <td [attr.colspan]="columns()">Aucune valeur pour le moment.</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
        @if (masked()) {
          <p class="fr-text--xs cnt-muted fr-mt-1w">« masqué » : moins de faits que le seuil de diffusion.</p>
        }
      </div>
    </div>
  `,
  styles: `
    .cnt-chart {
      width: 100%;
      max-width: 30rem;
      height: auto;
      display: block;
    }
    .cnt-chart__grid {
      stroke: var(--border-default-grey);
      stroke-width: 1;
    }
    .cnt-chart__label {
      font-size: 10px;
      fill: var(--text-mention-grey);
    }
    .cnt-chart__line {
      fill: none;
      stroke: var(--background-action-high-blue-france);
      stroke-width: 2;
    }
    .cnt-chart__dot {
      fill: var(--background-action-high-blue-france);
    }
    .cnt-chart__expected {
      stroke: var(--text-mention-grey);
      stroke-width: 1.5;
      stroke-dasharray: 5 4;
    }
    .cnt-legend {
      color: var(--text-mention-grey);
    }
    .cnt-legend__line,
    .cnt-legend__expected {
      display: inline-block;
      width: 1.5rem;
      vertical-align: middle;
      margin-left: 0.5rem;
      border-top: 2px solid var(--background-action-high-blue-france);
    }
    .cnt-legend__expected {
      border-top: 2px dashed var(--text-mention-grey);
    }
    .cnt-scroll {
      max-height: 16rem;
      overflow-y: auto;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class IndicatorHistoryComponent {
  readonly objective = input.required<PlanObjective>();
  /** Values entered by hand can be removed (the cabinet). */
  readonly removable = input(false);
  /** The expected straight line (and column) beside the values: not for a value on another scope. */
  readonly trajectory = input(true);
  /** The day of the value to remove (AAAA-MM-JJ). */
  readonly remove = output<string>();

  protected readonly size = SIZE;
  protected readonly manual = computed(() => this.objective().indicatorSource === 'MANUAL');
  protected readonly chart = computed(() =>
    chartModel({ ...this.objective(), history: this.objective().indicator.history }, SIZE, this.trajectory()),
  );
  protected readonly columns = computed(
    () => 2 + (this.trajectory() ? 1 : 0) + (this.manual() ? 1 : 0) + (this.removable() ? 1 : 0),
  );
  protected readonly masked = computed(() =>
    this.objective().indicator.history.some((point) => point.masked),
  );

  /** The latest first: what a reader looks for. */
  protected readonly rows = computed(() => {
    const objective = this.objective();
    return [...objective.indicator.history].reverse().map((point) => ({
      period: point.period,
      label: formatPeriod(point.period),
      value: figureText(point.value, point.masked),
      expected: formatNumber(Math.round(expectedAt(objective, pointTime(point.period)) * 100) / 100),
      source: point.source ?? '',
    }));
  });
}
