import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { figureText, formatDay, formatNumber } from '../shared/plan-format';
import type { PlanSnapshot } from '../shared/plan-types';

/**
 * The diagnostic's figures in the plan: facts recorded by category over twelve months beside the
 * twelve before — as they stood on adoption day for an adopted version, as they stand today for a
 * draft. A figure under the diffusion threshold is masked for whoever is not the cabinet, and said so.
 */
@Component({
  selector: 'cnt-diagnostic-snapshot',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-table fr-table--sm fr-mb-1w" data-testid="diagnostic-snapshot">
      <div class="fr-table__wrapper">
        <div class="fr-table__container" tabindex="0">
          <div class="fr-table__content">
            <table>
              <caption>
                Faits enregistrés par catégorie —
                {{
                  snapshot().period
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Catégorie</th>
                  <th scope="col" class="fr-cell--right">Douze mois</th>
                  <th scope="col" class="fr-cell--right">Douze mois précédents</th>
                  <th scope="col" class="fr-cell--right">Évolution</th>
                </tr>
              </thead>
              <tbody>
                @for (row of snapshot().categories; track row.label) {
                  <tr>
                    <th scope="row">{{ row.label }}</th>
                    <td class="fr-cell--right">{{ figure(row.incidents) }}</td>
                    <td class="fr-cell--right">{{ figure(row.previousYear) }}</td>
                    <td class="fr-cell--right">{{ change(row.incidents, row.previousYear) }}</td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="4">Aucun fait enregistré sur la période.</td>
                  </tr>
                }
              </tbody>
              @if (snapshot().categories.length > 0) {
                <tfoot>
                  <tr>
                    <th scope="row">Total</th>
                    <td class="fr-cell--right">{{ number(snapshot().incidents) }}</td>
                    <td class="fr-cell--right">{{ number(snapshot().previousYear) }}</td>
                    <td class="fr-cell--right">
                      {{ change(snapshot().incidents, snapshot().previousYear) }}
                    </td>
                  </tr>
                </tfoot>
              }
            </table>
          </div>
        </div>
      </div>
    </div>
    <p class="fr-text--sm cnt-muted fr-mb-4w" data-testid="snapshot-note">
      {{
        frozen()
          ? 'Chiffres figés à l’adoption du plan, le ' + day(snapshot().takenOn) + '.'
          : 'Chiffres du jour (' + day(snapshot().takenOn) + ') : ils seront figés à l’adoption du plan.'
      }}
      @if (masked()) {
        « masqué » : moins de faits que le seuil de diffusion, le chiffre n’est pas publié.
      }
    </p>
  `,
  styles: `
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class DiagnosticSnapshotComponent {
  readonly snapshot = input.required<PlanSnapshot>();
  /** An adopted version's figures, frozen on its adoption day. */
  readonly frozen = input(false);

  protected readonly masked = computed(() =>
    this.snapshot().categories.some((row) => row.incidents === null || row.previousYear === null),
  );

  protected figure(value: number | null): string {
    return figureText(value, value === null);
  }

  protected number(value: number): string {
    return formatNumber(value);
  }

  protected day(value: string): string {
    return formatDay(value);
  }

  /** « +3,2 % », « −12 % »; nothing to say when a figure is masked or there was none before. */
  protected change(now: number | null, before: number | null): string {
    if (now === null || before === null || before === 0) return '—';
    const percent = ((now - before) / before) * 100;
    const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
    return `${sign}${Math.abs(percent).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0%`;
  }
}
