import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { liveQuery, PresenceRecordsGQL } from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { frNumber, settingLabel } from '../shared/operation-labels';

/** The lines of presence I may read (my organisation's; all for the cabinet), latest weeks first, by pages. */
@Component({
  selector: 'cnt-presence-records',
  imports: [FrDatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cnt-problem-alert [problem]="records.problem()" />
    @if (records.value(); as page) {
      <p>{{ page.totalCount }} ligne{{ page.totalCount > 1 ? 's' : '' }} en {{ year() }}</p>
      <div class="fr-table fr-table--no-caption">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table data-testid="presence-records">
                <caption>
                  Heures saisies
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Semaine du</th>
                    <th scope="col">Cadre</th>
                    <th scope="col">Lieu</th>
                    <th scope="col">Organisation</th>
                    <th scope="col">Agents</th>
                    <th scope="col">Heures</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of page.nodes; track r.id) {
                    <tr>
                      <td>{{ r.weekStart | frDate: 'date' }}</td>
                      <td>{{ setting(r.setting) }}</td>
                      <td>{{ r.communeName }}{{ r.zoneName ? ' — ' + r.zoneName : '' }}</td>
                      <td>{{ r.organizationName }}</td>
                      <td>{{ r.agents }}</td>
                      <td>{{ num(r.hours) }}</td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="6">Aucune heure saisie pour {{ year() }}.</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-sm">
        @if (after()) {
          <li>
            <button class="fr-btn fr-btn--secondary" type="button" (click)="after.set(null)">
              Premières lignes
            </button>
          </li>
        }
        @if (page.pageInfo.hasNextPage) {
          <li>
            <button
              class="fr-btn fr-btn--secondary"
              type="button"
              (click)="after.set(page.pageInfo.endCursor)"
            >
              Lignes suivantes
            </button>
          </li>
        }
      </ul>
    }
  `,
})
export class PresenceRecordsComponent {
  readonly year = input.required<number>();
  private readonly query = inject(PresenceRecordsGQL);
  protected readonly after = signal<string | null>(null);
  readonly records = liveQuery(
    () => ({ year: this.year(), after: this.after() }),
    (p) =>
      this.query
        .fetch({
          variables: { filter: { year: p.year }, first: 20, after: p.after },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.presenceRecords)),
  );
  protected setting = settingLabel;
  protected num = frNumber;
}
