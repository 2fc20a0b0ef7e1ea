import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { describeProblem, Problem, RecordPresenceGQL, Session } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { SETTINGS, settingLabel } from '../shared/operation-labels';
import { PresenceImportComponent } from './presence-import.component';
import { PresenceRecordsComponent } from './presence-records.component';
import { PresenceSummaryComponent } from './presence-summary.component';

/** « Présence visible » (`/presence`): my organisation's hours (entry and import) and the summary. */
@Component({
  selector: 'cnt-presence-page',
  imports: [
    ProblemAlertComponent,
    PresenceImportComponent,
    PresenceRecordsComponent,
    PresenceSummaryComponent,
  ],
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
        <h2 class="fr-mt-4w">Importer un fichier</h2>
        <cnt-presence-import (imported)="refresh()" />
        <h2 class="fr-mt-4w">Heures saisies</h2>
        <cnt-presence-records [year]="year()" />
      }
      <h2 class="fr-mt-4w">Synthèse par semaine, cadre et force</h2>
      <cnt-presence-summary [year]="year()" />
    </div>
  `,
})
export class PresencePage {
  private readonly recordMutation = inject(RecordPresenceGQL);
  private readonly recordsList = viewChild(PresenceRecordsComponent);
  private readonly summaryTable = viewChild.required(PresenceSummaryComponent);
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

  protected refresh(): void {
    this.recordsList()?.records.reload();
    this.summaryTable().summary.reload();
  }

  protected settingText = settingLabel;
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
      this.refresh();
    } catch (error) {
      this.problem.set(describeProblem(error));
    }
  }
}
