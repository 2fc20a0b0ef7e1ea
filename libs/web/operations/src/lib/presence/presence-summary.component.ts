import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { liveQuery, PresenceSummaryGQL } from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { forceLabel, frNumber, settingLabel } from '../shared/operation-labels';

interface Column {
  key: string;
  label: string;
}

/**
 * Hours of presence by week (latest first), one column per setting and force, for a year and
 * optionally a commune — within the reader's territory, as the server decides.
 */
@Component({
  selector: 'cnt-presence-summary',
  imports: [FrDatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-input-group fr-col-md-4">
      <label class="fr-label" for="ps-commune">
        Commune (code INSEE) <span class="fr-hint-text">Vide : tout mon territoire</span>
      </label>
      <input
        class="fr-input"
        id="ps-commune"
        inputmode="numeric"
        maxlength="5"
        (change)="setCommune($event)"
      />
    </div>
    <cnt-problem-alert [problem]="summary.problem()" />
    <div class="fr-table fr-table--no-caption">
      <div class="fr-table__wrapper">
        <div class="fr-table__container" tabindex="0">
          <div class="fr-table__content">
            <table data-testid="presence-summary">
              <caption>
                Heures de présence par semaine, cadre et force
              </caption>
              <thead>
                <tr>
                  <th scope="col">Semaine du</th>
                  @for (c of pivot().columns; track c.key) {
                    <th scope="col">{{ c.label }}</th>
                  }
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                @for (row of pivot().rows; track row.week) {
                  <tr>
                    <th scope="row">{{ row.week | frDate: 'date' }}</th>
                    @for (c of pivot().columns; track c.key) {
                      <td>{{ row.cells[c.key] !== undefined ? num(row.cells[c.key]) : '—' }}</td>
                    }
                    <td>{{ num(row.total) }}</td>
                  </tr>
                } @empty {
                  <tr>
                    <td [attr.colspan]="pivot().columns.length + 2">
                      Aucune heure sur ce territoire pour {{ year() }}.
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
export class PresenceSummaryComponent {
  readonly year = input.required<number>();
  private readonly query = inject(PresenceSummaryGQL);
  private readonly commune = signal<string | null>(null);
  readonly summary = liveQuery(
    () => ({ year: this.year(), communeCode: this.commune() }),
    (variables) =>
      this.query
        .fetch({ variables, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.presenceSummary ?? [])),
  );
  protected readonly pivot = computed(() => {
    const columns = new Map<string, Column>();
    const rows = new Map<string, { week: string; cells: Record<string, number>; total: number }>();
    for (const line of this.summary.value() ?? []) {
      const key = `${line.setting}|${line.organizationType}`;
      columns.set(key, {
        key,
        label: `${settingLabel(line.setting)} — ${forceLabel(line.organizationType)}`,
      });
      const row = rows.get(line.weekStart) ?? { week: line.weekStart, cells: {}, total: 0 };
      row.cells[key] = (row.cells[key] ?? 0) + line.hours;
      row.total += line.hours;
      rows.set(line.weekStart, row);
    }
    return {
      columns: [...columns.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr')),
      rows: [...rows.values()].sort((a, b) => b.week.localeCompare(a.week)),
    };
  });
  protected num = frNumber;

  protected setCommune(event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    this.commune.set(/^\d[\dAB]\d{3}$/.test(value) ? value : null);
  }
}
