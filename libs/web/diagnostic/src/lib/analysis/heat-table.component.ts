import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { cellText, type FigureCell, shade } from './cell-text';

export interface HeatRow {
  label: string;
  cells: readonly FigureCell[];
}

/**
 * A heat grid as an accessible DSFR table: each cell shaded by its count and the figure written in
 * it (a masked one says « < 5 » or « secret »), rows and columns named by their headers.
 */
@Component({
  selector: 'cnt-heat-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .cnt-heat td {
      text-align: right;
      font-variant-numeric: tabular-nums;
      padding: 0.25rem 0.375rem;
      white-space: nowrap;
    }
    .cnt-heat th[scope='col'] {
      text-align: right;
      padding: 0.25rem 0.375rem;
    }
  `,
  template: `
    <div class="fr-table fr-table--sm fr-table--bordered" [attr.data-testid]="testId()">
      <div class="fr-table__wrapper">
        <div class="fr-table__container" tabindex="0">
          <div class="fr-table__content">
            <table class="cnt-heat">
              <caption>
                {{
                  caption()
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ corner() }}</th>
                  @for (column of columns(); track $index) {
                    <th scope="col">{{ column }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.label) {
                  <tr>
                    <th scope="row">{{ row.label }}</th>
                    @for (cell of row.cells; track $index) {
                      <td [style.background]="style(cell).background" [style.color]="style(cell).color">
                        {{ text(cell) }}
                      </td>
                    }
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
export class HeatTableComponent {
  readonly caption = input.required<string>();
  readonly corner = input('');
  readonly columns = input.required<readonly string[]>();
  readonly rows = input.required<readonly HeatRow[]>();
  readonly minCell = input<number | null>(null);
  readonly testId = input('heat-table');

  private readonly max = computed(() =>
    Math.max(0, ...this.rows().flatMap((row) => row.cells.map((cell) => cell.count ?? 0))),
  );

  protected text(cell: FigureCell): string {
    return cellText(cell, this.minCell());
  }

  protected style(cell: FigureCell): { background: string; color: string } {
    return shade(cell.count, this.max());
  }
}
