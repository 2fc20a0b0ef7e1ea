import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  describeProblem,
  liveQuery,
  PresenceRecordsGQL,
  PresenceSummaryGQL,
  Problem,
  RecordPresenceGQL,
  Session,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map } from 'rxjs';
import { forceLabel, frNumber, SETTINGS, settingLabel } from '../shared/operation-labels';
import { PresenceImportComponent } from './presence-import.component';

/** « Présence visible » (`/presence`): my organisation's hours (entry and import) and the summary. */
@Component({
  selector: 'cnt-presence-page',
  imports: [ProblemAlertComponent, PresenceImportComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <h1>Présence visible</h1>
      <div class="fr-select-group fr-col-md-3">
        <label class="fr-label" for="p-year">Année</label>
        <select class="fr-select" id="p-year" (change)="year.set(+$any($event.target).value)">
          @for (y of years; track y) {
            <option [value]="y" [selected]="y === year()">{{ y }}</option>
          }
        </select>
      </div>
      @if (mayEnter) {
        <h2>Saisir les heures de mon organisation</h2>
        <form (submit)="record($event)" novalidate data-testid="presence-form">
          <div class="fr-grid-row fr-grid-row--gutters">
            @for (f of fields; track f.name) {
              <div class="fr-col-12 fr-col-md-4 fr-input-group" [class.fr-input-group--error]="error(f.name)">
                <label class="fr-label" [for]="'pr-' + f.name">{{ f.label }}</label>
                <input
                  class="fr-input"
                  [type]="f.type"
                  [id]="'pr-' + f.name"
                  [name]="f.name"
                  [attr.min]="f.type === 'number' ? 0 : null"
                  step="any"
                />
                @if (error(f.name); as m) {
                  <p class="fr-error-text">{{ m }}</p>
                }
              </div>
            }
            <div class="fr-col-12 fr-col-md-4 fr-select-group">
              <label class="fr-label" for="pr-setting">Cadre</label>
              <select class="fr-select" id="pr-setting" name="setting">
                @for (s of settings; track s) {
                  <option [value]="s">{{ settingText(s) }}</option>
                }
              </select>
            </div>
          </div>
          <cnt-problem-alert [problem]="problem()" />
          <button class="fr-btn" type="submit">Enregistrer</button>
        </form>
        <cnt-presence-import class="fr-mt-4w" (imported)="records.reload(); summary.reload()" />
        <h2 class="fr-mt-4w">Heures saisies ({{ records.value()?.totalCount ?? 0 }})</h2>
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
                      <th scope="col">Commune</th>
                      <th scope="col">Organisation</th>
                      <th scope="col">Agents</th>
                      <th scope="col">Heures</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (r of records.value()?.nodes ?? []; track r.id) {
                      <tr>
                        <td>{{ r.weekStart }}</td>
                        <td>{{ settingText(r.setting) }}</td>
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
      }
      <h2 class="fr-mt-4w">Synthèse par semaine, cadre et force</h2>
      <cnt-problem-alert [problem]="summary.problem()" />
      <div class="fr-table fr-table--no-caption">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table data-testid="presence-summary">
                <caption>
                  Synthèse de la présence visible
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Semaine du</th>
                    <th scope="col">Cadre</th>
                    <th scope="col">Force</th>
                    <th scope="col">Agents</th>
                    <th scope="col">Heures</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of summaryRows(); track $index) {
                    <tr>
                      <td>{{ r.weekStart }}</td>
                      <td>{{ settingText(r.setting) }}</td>
                      <td>{{ force(r.organizationType) }}</td>
                      <td>{{ r.agents }}</td>
                      <td>{{ num(r.hours) }}</td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="5">Aucune donnée sur votre territoire pour {{ year() }}.</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </div>
  `,
})
export class PresencePage {
  private readonly recordsQuery = inject(PresenceRecordsGQL);
  private readonly summaryQuery = inject(PresenceSummaryGQL);
  private readonly recordMutation = inject(RecordPresenceGQL);
  protected readonly mayEnter = inject(Session).can('create', 'Presence');
  protected readonly years = [2027, 2026, 2025];
  protected readonly year = signal(2026);
  protected readonly settings = SETTINGS;
  protected readonly problem = signal<Problem | null>(null);
  protected readonly fields = [
    { name: 'weekStart', label: 'Semaine (le lundi)', type: 'date' },
    { name: 'communeCode', label: 'Commune (code INSEE)', type: 'text' },
    { name: 'agents', label: 'Nombre d’agents', type: 'number' },
    { name: 'hours', label: 'Heures (total de la semaine)', type: 'number' },
  ];
  protected readonly records = liveQuery(
    () => this.year(),
    (year) =>
      this.recordsQuery
        .fetch({ variables: { filter: { year }, first: 100 }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.presenceRecords)),
  );
  protected readonly summary = liveQuery(
    () => this.year(),
    (year) =>
      this.summaryQuery
        .fetch({ variables: { year }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.presenceSummary ?? [])),
  );
  /** The latest weeks first, 60 rows at most: the table is a reading aid, not an export. */
  protected readonly summaryRows = computed(() => [...(this.summary.value() ?? [])].reverse().slice(0, 60));

  protected settingText = settingLabel;
  protected force = forceLabel;
  protected num = frNumber;
  protected error(field: string): string | null {
    return this.problem()?.fields[field] ?? null;
  }

  protected async record(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const text = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.recordMutation.mutate({
          variables: {
            input: {
              weekStart: text('weekStart'),
              setting: text('setting') as never,
              communeCode: text('communeCode'),
              agents: Number(text('agents')),
              hours: Number(text('hours')),
            },
          },
        }),
      );
      this.records.reload();
      this.summary.reload();
    } catch (error) {
      this.problem.set(describeProblem(error));
    }
  }
}
