import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  DecideDiagnosticImportGQL,
  describeProblem,
  DiagnosticImportGQL,
  ImportDecision,
  liveQuery,
  Problem,
} from '@continuum/web/data-access';
import { FrDatePipe, FrIntegerPipe, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map } from 'rxjs';
import { formatSize, linesText, statusBadgeClass } from '../shared/diagnostic-labels';
import { ColumnMappingComponent } from './column-mapping.component';
import { ImportProgressComponent } from './import-progress.component';
import { RejectedLinesComponent } from './rejected-lines.component';

/** How often an import at work is read again. */
const POLL_MS = 1000;

/**
 * One import (`/diagnostic/imports/:id`), from the file received to its outcome: the mapping of its
 * columns (incidents), the progress of its reading, then — when lines were rejected — the choice
 * between importing the valid lines and importing nothing, and the rejected lines with their
 * number and reason. An import one may not read is « introuvable », as one that does not exist.
 */
@Component({
  selector: 'cnt-import-page',
  imports: [
    RouterLink,
    FrDatePipe,
    FrIntegerPipe,
    ProblemAlertComponent,
    ColumnMappingComponent,
    ImportProgressComponent,
    RejectedLinesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <nav role="navigation" class="fr-breadcrumb fr-mt-0" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/diagnostic">Diagnostic territorial</a></li>
          <li>
            <a class="fr-breadcrumb__link" aria-current="page">{{ detail.value()?.filename ?? 'Import' }}</a>
          </li>
        </ol>
      </nav>
      @if (notFound()) {
        <h1>Import introuvable</h1>
        <p class="fr-text--lead">Cet import n’existe pas, ou il ne vous est pas accessible.</p>
      } @else if (detail.value(); as item) {
        <h1 class="cnt-filename">{{ item.filename }}</h1>
        <p class="fr-mb-1w">
          <span class="fr-badge fr-badge--sm" [class]="badge(item.status)" data-testid="import-status">{{
            item.statusLabel
          }}</span>
          @if (item.fictional) {
            <span class="fr-badge fr-badge--sm fr-badge--no-icon fr-ml-1w">Données fictives</span>
          }
        </p>
        <p class="fr-text--sm">
          {{ item.kindLabel }}{{ item.formatLabel ? ' — ' + item.formatLabel : '' }} · {{ size(item.size) }} ·
          reçu le {{ item.createdAt | frDate: 'short' }} par {{ item.uploadedByLabel }}
        </p>
        @if (deja()) {
          <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w" data-testid="already-received">
            <p>Ce fichier avait déjà été envoyé, à l’identique : le voici. Rien n’a été ajouté.</p>
          </div>
        }
        <cnt-problem-alert [problem]="problem()" />

        @switch (item.status) {
          @case ('RECEIVED') {
            <cnt-column-mapping [detail]="item" (started)="reload()" (abandon)="decide('IMPORT_NOTHING')" />
          }
          @case ('AWAITING_DECISION') {
            <div class="fr-alert fr-alert--warning fr-mb-3w" data-testid="decision">
              <h2 class="fr-alert__title">
                {{ item.lines.rejected | frInteger }} ligne{{ item.lines.rejected > 1 ? 's' : '' }} refusée{{
                  item.lines.rejected > 1 ? 's' : ''
                }}
                sur {{ item.lines.read | frInteger }}
              </h2>
              <p>
                Rien n’est encore importé. Importez les {{ item.lines.valid | frInteger }} lignes valides, ou
                n’importez rien, corrigez le fichier et envoyez-le de nouveau. Ce qui était déjà importé reste
                tel quel.
              </p>
            </div>
            <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
              <li>
                <button
                  class="fr-btn fr-icon-check-line"
                  type="button"
                  [disabled]="busy()"
                  (click)="decide('IMPORT_VALID')"
                >
                  Importer les lignes valides
                </button>
              </li>
              <li>
                <button
                  class="fr-btn fr-btn--secondary fr-icon-close-line"
                  type="button"
                  [disabled]="busy()"
                  (click)="decide('IMPORT_NOTHING')"
                >
                  Ne rien importer
                </button>
              </li>
            </ul>
          }
          @case ('IMPORTED') {
            <div class="fr-alert fr-alert--success fr-mb-3w" data-testid="outcome">
              <h2 class="fr-alert__title">
                {{ item.lines.imported | frInteger }} ligne{{ item.lines.imported > 1 ? 's' : '' }} importée{{
                  item.lines.imported > 1 ? 's' : ''
                }}
              </h2>
              <p>{{ lines(item.lines) }}</p>
              @if (item.decidedByLabel) {
                <p>Lignes valides importées sur décision de {{ item.decidedByLabel }}.</p>
              }
            </div>
          }
          @case ('ABANDONED') {
            <div class="fr-alert fr-alert--info fr-mb-3w" data-testid="outcome">
              <h2 class="fr-alert__title">Rien n’a été importé</h2>
              <p>Décision de {{ item.decidedByLabel }}. Ce qui était déjà importé est resté tel quel.</p>
            </div>
          }
          @case ('REFUSED') {
            <div class="fr-alert fr-alert--error fr-mb-3w" data-testid="outcome">
              <h2 class="fr-alert__title">Fichier refusé</h2>
              <p>{{ item.refusal }}</p>
            </div>
          }
          @case ('FAILED') {
            <div class="fr-alert fr-alert--error fr-mb-3w" data-testid="outcome">
              <h2 class="fr-alert__title">L’import a échoué</h2>
              <p>{{ item.refusal }}</p>
            </div>
          }
          @default {
            <cnt-import-progress [status]="item.status" [lines]="item.lines" />
          }
        }
        @if (!item.running && item.lines.rejected > 0) {
          <cnt-rejected-lines [importId]="item.id" />
        }
        <p class="fr-mt-4w">
          <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/diagnostic"
            >Retour aux fichiers</a
          >
        </p>
      } @else {
        <cnt-problem-alert [problem]="detail.problem()" />
        @if (!detail.problem()) {
          <p>Chargement de l’import…</p>
        }
      }
    </div>
  `,
  styles: `
    .cnt-filename {
      overflow-wrap: anywhere;
    }
  `,
})
export class ImportPage {
  private readonly importQuery = inject(DiagnosticImportGQL);
  private readonly decideMutation = inject(DecideDiagnosticImportGQL);

  readonly id = input.required<string>();
  /** `?deja=1`: the file sent was one received before. */
  readonly deja = input<string | undefined>();

  private readonly tick = signal(0);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected readonly detail = liveQuery(
    () => ({ id: this.id(), tick: this.tick() }),
    ({ id }) =>
      this.importQuery
        .fetch({ variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data!.diagnosticImport)),
  );
  protected readonly notFound = computed(() => this.detail.problem()?.code === 'NOT_FOUND');

  constructor() {
    // While a job is at work, read the import again a second after each answer (or failure): its
    // counts move. Keyed on `loading`, not on the answer, which Apollo gives back identical when
    // nothing changed (a long insertion) — and a poll keyed on it would stop there.
    effect((onCleanup) => {
      if (this.detail.loading() || !this.detail.value()?.running) return;
      const timer = setTimeout(() => this.reload(), POLL_MS);
      onCleanup(() => clearTimeout(timer));
    });
  }

  protected reload(): void {
    this.tick.update((n) => n + 1);
  }

  protected async decide(decision: ImportDecision): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.decideMutation.mutate({ variables: { id: this.id(), decision } }));
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
      this.reload();
    }
  }

  protected badge(status: string): string {
    return statusBadgeClass(status);
  }

  protected size(bytes: number): string {
    return formatSize(bytes);
  }

  protected lines(counts: {
    read: number;
    valid: number;
    rejected: number;
    ignored: number;
    imported: number;
  }): string {
    return linesText(counts);
  }
}
