import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DiagnosticImportsGQL, DiagnosticImportSummaryFragment, liveQuery } from '@continuum/web/data-access';
import { FrDatePipe, FrIntegerPipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map, tap } from 'rxjs';
import { statusBadgeClass } from '../shared/diagnostic-labels';
import { ImportUploadComponent } from './import-upload.component';

const PAGE = 20;

/**
 * « Diagnostic » (`/diagnostic`), for the prefect's cabinet: the data of the territorial diagnostic
 * — a file to send, and every file sent, newest first: what it is, when and by whom, its lines valid
 * and rejected, where it stands. The demo's files say they are fictional.
 */
@Component({
  selector: 'cnt-imports-page',
  imports: [RouterLink, FrDatePipe, FrIntegerPipe, ProblemAlertComponent, ImportUploadComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <h1>Diagnostic territorial</h1>
      <p class="fr-text--lead">
        Les données du diagnostic : les faits enregistrés par les services et les statistiques publiées par le
        SSMSI.
      </p>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-lg-4">
          <cnt-import-upload />
        </div>
        <section class="fr-col-12 fr-col-lg-8" aria-labelledby="imports-title">
          <h2 id="imports-title" class="fr-h5">Fichiers importés</h2>
          <cnt-problem-alert [problem]="imports.problem()" />
          @if (imports.value(); as page) {
            <p class="fr-text--sm" data-testid="import-count">
              {{ page.totalCount | frInteger }} fichier{{ page.totalCount > 1 ? 's' : '' }}
            </p>
            <div class="fr-table fr-table--sm fr-table--no-caption fr-table--multiline" data-testid="imports">
              <div class="fr-table__wrapper">
                <div class="fr-table__container" tabindex="0">
                  <div class="fr-table__content">
                    <table>
                      <caption>
                        Fichiers importés
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">Fichier</th>
                          <th scope="col">Reçu le</th>
                          <th scope="col" class="fr-cell--right">Lignes valides</th>
                          <th scope="col" class="fr-cell--right">Lignes refusées</th>
                          <th scope="col">État</th>
                        </tr>
                      </thead>
                      <tbody>
                        @for (item of rows(); track item.id) {
                          <tr data-testid="import-row">
                            <th scope="row">
                              <a class="fr-link" [routerLink]="['/diagnostic/imports', item.id]">{{
                                item.filename
                              }}</a>
                              <br /><span class="fr-text--xs">{{ item.kindLabel }}</span>
                              @if (item.fictional) {
                                <span class="fr-badge fr-badge--sm fr-badge--no-icon fr-ml-1w"
                                  >Données fictives</span
                                >
                              }
                            </th>
                            <td>
                              {{ item.createdAt | frDate: 'short' }}
                              <br /><span class="fr-text--xs">par {{ item.uploadedByLabel }}</span>
                            </td>
                            <td class="fr-cell--right">{{ item.lines.valid | frInteger }}</td>
                            <td class="fr-cell--right">{{ item.lines.rejected | frInteger }}</td>
                            <td>
                              <span class="fr-badge fr-badge--sm" [class]="badge(item.status)">{{
                                item.statusLabel
                              }}</span>
                            </td>
                          </tr>
                        } @empty {
                          <tr>
                            <td colspan="5">Aucun fichier importé pour l’instant.</td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  </div>
                </div>
              </div>
            </div>
            @if (next()) {
              <button class="fr-btn fr-btn--secondary fr-btn--sm" type="button" (click)="more()">
                Afficher les fichiers plus anciens
              </button>
            }
          } @else if (!imports.problem()) {
            <p>Chargement des fichiers…</p>
          }
        </section>
      </div>
    </div>
  `,
})
export class ImportsPage {
  private readonly importsQuery = inject(DiagnosticImportsGQL);

  private readonly after = signal<string | null>(null);
  private readonly earlier = signal<DiagnosticImportSummaryFragment[]>([]);
  protected readonly next = signal<string | null>(null);
  protected readonly rows = signal<DiagnosticImportSummaryFragment[]>([]);

  protected readonly imports = liveQuery(
    () => this.after(),
    (after) =>
      this.importsQuery.fetch({ variables: { first: PAGE, after }, fetchPolicy: 'network-only' }).pipe(
        map((result) => result.data!.diagnosticImports),
        tap((page) => {
          this.rows.set([...this.earlier(), ...page.items]);
          this.next.set(page.nextCursor);
        }),
      ),
  );

  protected more(): void {
    this.earlier.set(this.rows());
    this.after.set(this.next());
  }

  protected badge(status: string): string {
    return statusBadgeClass(status);
  }
}
