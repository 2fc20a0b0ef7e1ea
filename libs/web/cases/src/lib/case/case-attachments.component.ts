import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import { FrDatePipe } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { formatSize } from '../shared/case-labels';
import { CaseDetail } from './case-section';
import { fileProblem, uploadProblem } from './upload-problem';

/**
 * Files of the case with their download links (same session as the API), and the upload for who may
 * comment: `POST /cases/:id/attachments`, field `file`; the server sniffs the type and answers its
 * refusals in French, shown under the field.
 */
@Component({
  selector: 'cnt-case-attachments',
  imports: [FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './case-attachments.component.css',
  template: `
    @let item = case();
    <section class="fr-mb-5w" aria-labelledby="files-title" data-testid="case-attachments">
      <h2 id="files-title" class="fr-h4">Pièces jointes</h2>
      @if (item.attachments.length > 0) {
        <ul class="cnt-files">
          @for (file of item.attachments; track file.id) {
            <li>
              <a
                class="fr-link fr-icon-download-line fr-link--icon-left"
                [href]="file.downloadUrl"
                download
                >{{ file.filename }}</a
              >
              <span class="fr-text--xs cnt-files__meta">
                · {{ size(file.size) }} · ajouté par {{ file.uploadedByLabel }} le
                {{ file.createdAt | frDate: 'short' }}</span
              >
            </li>
          }
        </ul>
      } @else {
        <p>Aucune pièce jointe.</p>
      }
      @if (item.viewerCan.comment) {
        <form
          class="cnt-upload fr-mt-2w"
          novalidate
          (submit)="upload($event)"
          aria-label="Joindre un fichier"
        >
          <div class="fr-upload-group" [class.fr-input-group--error]="error()">
            <label class="fr-label" for="attachment-file">
              Joindre un fichier
              <span class="fr-hint-text"
                >10 Mo au plus. Formats acceptés : PDF, PNG, JPEG, WebP, DOCX, XLSX, ODT, ODS, texte.</span
              >
            </label>
            <input
              #file
              class="fr-upload"
              type="file"
              id="attachment-file"
              name="file"
              aria-describedby="attachment-file-messages"
              [attr.aria-invalid]="error() ? true : null"
              (change)="error.set(null)"
            />
            <div class="fr-messages-group" id="attachment-file-messages" aria-live="polite">
              @if (error(); as message) {
                <p class="fr-message fr-message--error" data-testid="upload-error">{{ message }}</p>
              }
            </div>
          </div>
          <button class="fr-btn fr-btn--sm fr-mt-2w" type="submit" [disabled]="busy()">
            {{ busy() ? 'Envoi…' : 'Joindre le fichier' }}
          </button>
        </form>
      }
    </section>
  `,
})
export class CaseAttachmentsComponent {
  private readonly http = inject(HttpClient);

  readonly case = input.required<CaseDetail>();
  readonly changed = output<string>();

  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('file');
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected size(bytes: number): string {
    return formatSize(bytes);
  }

  protected async upload(event: Event): Promise<void> {
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
      const saved = await firstValueFrom(
        this.http.post<{ filename: string }>(
          `/cases/${encodeURIComponent(this.case().id)}/attachments`,
          body,
          {
            withCredentials: true,
          },
        ),
      );
      input.value = '';
      this.changed.emit(`Fichier « ${saved.filename} » joint au dossier.`);
    } catch (failure) {
      const response = failure instanceof HttpErrorResponse ? failure : null;
      this.error.set(uploadProblem(response?.status ?? 0, response?.error));
      input.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
