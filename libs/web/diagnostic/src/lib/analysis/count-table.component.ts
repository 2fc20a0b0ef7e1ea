import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { cellText, type FigureCell } from './cell-text';

export interface CountRow extends FigureCell {
  key: string;
  label: string;
}

/**
 * A one-way breakdown (place type, age band…) as a DSFR table, each figure with a plain inline SVG
 * bar beside it (decorative: the figure is in the cell), a masked one saying « < 5 » or « secret ».
 */
@Component({
  selector: 'cnt-count-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-table fr-table--sm fr-table--no-scroll" [attr.data-testid]="testId()">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table>
              <caption>
                {{
                  caption()
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ heading() }}</th>
                  <th scope="col" class="fr-cell--right">Faits</th>
                  <th scope="col"><span class="fr-sr-only">Part</span></th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.key) {
                  <tr>
                    <th scope="row">{{ row.label }}</th>
                    <td class="fr-cell--right">{{ text(row) }}</td>
                    <td>
                      <svg width="120" height="12" aria-hidden="true" focusable="false">
                        <rect width="120" height="12" fill="var(--background-contrast-grey)" />
                        <rect
                          [attr.width]="width(row)"
                          height="12"
                          fill="var(--background-action-high-blue-france)"
                        />
                      </svg>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  `,
})
export class CountTableComponent {
  readonly caption = input.required<string>();
  readonly heading = input('Modalité');
  readonly rows = input.required<readonly CountRow[]>();
  readonly minCell = input<number | null>(null);
  readonly testId = input('count-table');

  private readonly max = computed(() => Math.max(0, ...this.rows().map((row) => row.count ?? 0)));

  protected text(row: CountRow): string {
    return cellText(row, this.minCell());
  }

  protected width(row: CountRow): number {
    return this.max() > 0 ? Math.round(((row.count ?? 0) / this.max()) * 120) : 0;
  }
}
