import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import {
  DecidePresenceImportGQL,
  describeProblem,
  PresenceImportFieldsFragment,
  Problem,
  UploadPresenceFileGQL,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';

/** A CSV of presence hours: sent, its report (every rejected line), then the valid lines or nothing. */
@Component({
  selector: 'cnt-presence-import',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-upload-group">
      <label class="fr-label" for="presence-file">
        Importer un fichier CSV
        <span class="fr-hint-text"
          >En-tête : semaine;cadre;commune;zone;agents;heures — UTF-8, 64 Kio au plus.</span
        >
      </label>
      <input
        class="fr-upload"
        type="file"
        id="presence-file"
        accept=".csv,text/csv"
        (change)="send($event)"
      />
    </div>
    <cnt-problem-alert [problem]="problem()" />
    @if (report(); as r) {
      <div class="fr-callout fr-mt-2w" data-testid="presence-import-report">
        <h3 class="fr-callout__title">{{ r.fileName }}</h3>
        <p class="fr-callout__text">
          {{ r.lineCount }} ligne(s) lue(s), {{ r.validCount }} valide(s),
          {{ r.rejections.length }} rejetée(s).
          @if (r.status === 'IMPORTED') {
            {{ r.importedCount }} ligne(s) importée(s).
          }
          @if (r.status === 'DISCARDED') {
            Rien n’a été importé.
          }
        </p>
        @if (r.rejections.length) {
          <ul>
            @for (x of r.rejections; track x.line) {
              <li>Ligne {{ x.line }} : {{ x.reason }}</li>
            }
          </ul>
        }
        @if (r.status === 'PENDING') {
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button class="fr-btn" type="button" (click)="decide(r.id, 'IMPORT_VALID')">
                Importer les lignes valides ({{ r.validCount }})
              </button>
            </li>
            <li>
              <button class="fr-btn fr-btn--secondary" type="button" (click)="decide(r.id, 'DISCARD')">
                Ne rien importer
              </button>
            </li>
          </ul>
        }
      </div>
    }
  `,
})
export class PresenceImportComponent {
  readonly imported = output<void>();
  private readonly upload = inject(UploadPresenceFileGQL);
  private readonly decision = inject(DecidePresenceImportGQL);
  protected readonly report = signal<PresenceImportFieldsFragment | null>(null);
  protected readonly problem = signal<Problem | null>(null);

  protected async send(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.problem.set(null);
    this.report.set(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
    try {
      const result = await firstValueFrom(
        this.upload.mutate({ variables: { input: { fileName: file.name, contentBase64: btoa(binary) } } }),
      );
      this.report.set(result.data?.uploadPresenceFile ?? null);
      if (result.data?.uploadPresenceFile.status === 'IMPORTED') this.imported.emit();
    } catch (error) {
      this.problem.set(describeProblem(error));
    }
  }

  protected async decide(id: string, decision: 'IMPORT_VALID' | 'DISCARD'): Promise<void> {
    try {
      const result = await firstValueFrom(this.decision.mutate({ variables: { id, decision } }));
      this.report.set(result.data?.decidePresenceImport ?? null);
      this.imported.emit();
    } catch (error) {
      this.problem.set(describeProblem(error));
    }
  }
}
