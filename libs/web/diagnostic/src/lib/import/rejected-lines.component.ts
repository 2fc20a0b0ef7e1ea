import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { DiagnosticImportRejectionsGQL, liveQuery } from '@continuum/web/data-access';
import { FrIntegerPipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map, tap } from 'rxjs';

interface Rejected {
  line: number;
  reason: string;
}

/** The rejected lines of an import, in file order with their reason, a hundred at a time. */
@Component({
  selector: 'cnt-rejected-lines',
  imports: [FrIntegerPipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="rejected-title" class="fr-mt-4w">
      <h2 id="rejected-title" class="fr-h4">Lignes refusées</h2>
      <cnt-problem-alert [problem]="page.problem()" />
      @if (total() !== null) {
        <p class="fr-text--sm">
          {{ total() | frInteger }} ligne{{ total()! > 1 ? 's' : '' }} refusée{{ total()! > 1 ? 's' : '' }}.
          Les numéros sont ceux du fichier (l’en-tête est la ligne 1).
        </p>
      }
      <div
        class="fr-table fr-table--sm fr-table--no-caption fr-table--multiline"
        data-testid="rejected-lines"
      >
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0" aria-labelledby="rejected-title">
            <div class="fr-table__content">
              <table>
                <caption>
                  Lignes refusées
                </caption>
                <thead>
                  <tr>
                    <th scope="col" class="fr-cell--right">Ligne</th>
                    <th scope="col">Raison</th>
                  </tr>
                </thead>
                <tbody>
                  @for (item of rows(); track item.line) {
                    <tr data-testid="rejected-line">
                      <td class="fr-cell--right">{{ item.line | frInteger }}</td>
                      <td>{{ item.reason }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      @if (next() !== null) {
        <button class="fr-btn fr-btn--secondary fr-btn--sm" type="button" (click)="more()">
          Voir les lignes refusées suivantes
        </button>
      }
    </section>
  `,
})
export class RejectedLinesComponent {
  private readonly rejectionsQuery = inject(DiagnosticImportRejectionsGQL);

  readonly importId = input.required<string>();

  private readonly after = signal<number | null>(null);
  private readonly earlier = signal<Rejected[]>([]);
  protected readonly rows = signal<Rejected[]>([]);
  protected readonly next = signal<number | null>(null);
  protected readonly total = signal<number | null>(null);

  protected readonly page = liveQuery(
    () => ({ id: this.importId(), after: this.after() }),
    ({ id, after }) =>
      this.rejectionsQuery.fetch({ variables: { id, after }, fetchPolicy: 'network-only' }).pipe(
        map((result) => result.data!.diagnosticImport.rejections),
        tap((page) => {
          this.rows.set([...this.earlier(), ...page.items]);
          this.next.set(page.nextAfter);
          this.total.set(page.totalCount);
        }),
      ),
  );

  protected more(): void {
    this.earlier.set(this.rows());
    this.after.set(this.next());
  }
}
