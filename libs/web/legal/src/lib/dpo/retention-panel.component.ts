import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { DpoJournalGQL, liveQuery, PersonalDataNoticeGQL } from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';

interface PurgeDetails {
  count?: number;
  outcome?: string;
  days?: number;
}

/** « Conservation »: the durations in force (the register the server generates) and the last purges. */
@Component({
  selector: 'cnt-retention-panel',
  imports: [FrDatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="fr-h4">Durées de conservation en vigueur</h2>
    <cnt-problem-alert [problem]="notice.problem()" />
    @if (notice.value(); as activities) {
      <div class="fr-table fr-table--no-caption">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table>
                <caption>
                  Registre des traitements : chaque activité et sa durée de conservation
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Activité</th>
                    <th scope="col">Conservation</th>
                    <th scope="col">À son terme</th>
                  </tr>
                </thead>
                <tbody>
                  @for (activity of activities; track activity.key) {
                    <tr>
                      <td>{{ activity.name }}</td>
                      <td>{{ activity.retention }}</td>
                      <td>{{ activity.afterRetention }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    }
    <h2 class="fr-h4">Dernières purges</h2>
    <cnt-problem-alert [problem]="purges.problem()" />
    @if (purges.value(); as entries) {
      @if (entries.length === 0) {
        <p>Aucune purge n’a encore eu lieu : rien n’avait dépassé sa durée de conservation.</p>
      } @else {
        <ul>
          @for (entry of entries; track entry.id) {
            <li>
              {{ entry.occurredAt | frDate }} — {{ name(entry.subjectId) }} :
              {{ details(entry.details).count ?? 0 }} élément(s) ; {{ details(entry.details).outcome }}
            </li>
          }
        </ul>
      }
    }
  `,
})
export class RetentionPanelComponent {
  private readonly noticeQuery = inject(PersonalDataNoticeGQL);
  private readonly journal = inject(DpoJournalGQL);
  protected readonly notice = liveQuery(
    () => null,
    () => this.noticeQuery.fetch().pipe(map((result) => result.data?.personalDataNotice.activities ?? [])),
  );
  protected readonly purges = liveQuery(
    () => null,
    () =>
      this.journal
        .fetch({
          variables: { filter: { action: 'retention.purged' }, first: 20 },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => result.data?.auditEntries.edges.map((edge) => edge.node) ?? [])),
  );

  protected name(key: string | null): string {
    return this.notice.value()?.find((activity) => activity.key === key)?.name ?? key ?? '';
  }

  protected details(details: unknown): PurgeDetails {
    return (details ?? {}) as PurgeDetails;
  }
}
