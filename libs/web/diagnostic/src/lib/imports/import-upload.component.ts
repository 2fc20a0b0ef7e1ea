import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  signal,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { fileProblem, uploadProblem } from '../shared/diagnostic-labels';

interface Received {
  id: string;
  duplicate: boolean;
}

/**
 * Sending a file to the diagnostic: what it is (the forces' recorded incidents, or the SSMSI's
 * communal base), then the file, streamed to `POST /diagnostic/imports/faits|ssmsi`. The server's
 * refusals (empty file, not UTF-8, a header it cannot use) are shown under the field, with their
 * line; a file accepted opens its import, where its columns are mapped and its reading followed.
 */
@Component({
  selector: 'cnt-import-upload',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './import-upload.component.css',
  template: `
    <form class="cnt-upload" novalidate (submit)="send($event)" aria-labelledby="upload-title">
      <h2 id="upload-title" class="fr-h5">Importer un fichier</h2>
      <fieldset class="fr-fieldset" aria-labelledby="upload-kind-legend">
        <legend class="fr-fieldset__legend--regular fr-fieldset__legend" id="upload-kind-legend">
          Nature du fichier
        </legend>
        <div class="fr-fieldset__element">
          <div class="fr-radio-group">
            <input
              type="radio"
              id="kind-faits"
              name="kind"
              value="faits"
              [checked]="kind() === 'faits'"
              (change)="kind.set('faits')"
            />
            <label class="fr-label" for="kind-faits">
              Faits enregistrés
              <span class="fr-hint-text"
                >Export des services (police nationale, gendarmerie, police municipale) : vous associerez ses
                colonnes aux champs. Rien de nominatif n’est importé.</span
              >
            </label>
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-radio-group">
            <input
              type="radio"
              id="kind-ssmsi"
              name="kind"
              value="ssmsi"
              [checked]="kind() === 'ssmsi'"
              (change)="kind.set('ssmsi')"
            />
            <label class="fr-label" for="kind-ssmsi">
              Statistiques publiées du SSMSI
              <span class="fr-hint-text"
                >Base communale de la délinquance enregistrée, telle que publiée (génération actuelle ou
                précédente)</span
              >
            </label>
          </div>
        </div>
      </fieldset>
      <div class="fr-upload-group" [class.fr-input-group--error]="error()">
        <label class="fr-label" for="import-file">
          Fichier CSV
          <span class="fr-hint-text">En UTF-8, 1 Go au plus ; séparateur « ; », « , » ou tabulation.</span>
        </label>
        <input
          #file
          class="fr-upload"
          type="file"
          id="import-file"
          name="file"
          accept=".csv,.txt,text/csv"
          aria-describedby="import-file-messages"
          [attr.aria-invalid]="error() ? true : null"
          (change)="error.set(null)"
        />
        <div class="fr-messages-group" id="import-file-messages" aria-live="polite">
          @if (error(); as message) {
            <p class="fr-message fr-message--error" data-testid="upload-error">{{ message }}</p>
          }
        </div>
      </div>
      <button
        class="fr-btn fr-btn--icon-left fr-icon-upload-2-line fr-mt-2w"
        type="submit"
        [disabled]="busy()"
      >
        {{ busy() ? 'Envoi…' : 'Envoyer le fichier' }}
      </button>
    </form>
  `,
})
export class ImportUploadComponent {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('file');

  protected readonly kind = signal<'faits' | 'ssmsi'>('faits');
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    const input = this.fileInput()?.nativeElement;
    const file = input?.files?.[0] ?? null;
    const problem = fileProblem(file);
    if (problem || !file || !input) {
      this.error.set(problem);
      input?.focus();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      const received = await firstValueFrom(
        this.http.post<Received>(`/diagnostic/imports/${this.kind()}`, body, { withCredentials: true }),
      );
      await this.router.navigate(['/diagnostic/imports', received.id], {
        queryParams: received.duplicate ? { deja: 1 } : {},
      });
    } catch (failure) {
      const response = failure instanceof HttpErrorResponse ? failure : null;
      this.error.set(uploadProblem(response?.status ?? 0, response?.error));
      input.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
