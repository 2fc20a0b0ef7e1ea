import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import {
  CountingUnit,
  DiagnosticImportQuery,
  describeProblem,
  IncidentField,
  IncidentSource,
  Problem,
  StartIncidentImportGQL,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import {
  columnsByField,
  fieldOfColumn,
  MAPPED_FIELDS,
  SOURCE_OPTIONS,
  UNIT_OPTIONS,
} from '../shared/diagnostic-labels';

type ImportDetail = DiagnosticImportQuery['diagnosticImport'];

/**
 * The mapping step of an incidents file: for each field of an incident, the column of the file it
 * comes from (proposed from the headers' names, to confirm), the service and counting unit for the
 * whole file when it has no column for them, and beside it the file's first lines, each column
 * saying where it goes — or that it is not imported (names, addresses, free text never are).
 */
@Component({
  selector: 'cnt-column-mapping',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="mapping-title">
      <h2 id="mapping-title">Associer les colonnes</h2>
      <p>
        Pour chaque champ, choisissez la colonne du fichier qui le donne. Les colonnes reconnues à leur nom
        sont proposées : vérifiez-les. Les champs marqués d’un astérisque sont nécessaires ; les colonnes qui
        ne sont associées à aucun champ ne sont pas lues.
      </p>
      <cnt-problem-alert [problem]="problem()" />
      <form novalidate (submit)="start($event)" aria-label="Associer les colonnes">
        <div class="fr-grid-row fr-grid-row--gutters">
          @for (item of fields; track item.field) {
            <div class="fr-col-12 fr-col-md-6 fr-col-xl-4">
              <div class="fr-select-group fr-mb-1w">
                <label class="fr-label" [for]="'map-' + item.field">
                  {{ item.label }}{{ item.required ? ' *' : '' }}
                  <span class="fr-hint-text">{{ item.hint }}</span>
                </label>
                <select
                  class="fr-select"
                  [id]="'map-' + item.field"
                  [attr.data-field]="item.field"
                  (change)="choose(item.field, $any($event.target).value)"
                >
                  <option value="" [selected]="columns()[item.field] === undefined">
                    — Aucune colonne —
                  </option>
                  @for (header of detail().headers; track $index) {
                    <option [value]="$index" [selected]="columns()[item.field] === $index">
                      Colonne {{ $index + 1 }} : {{ header }}
                    </option>
                  }
                </select>
              </div>
              @if (item.field === 'SOURCE' && columns()['SOURCE'] === undefined) {
                <div class="fr-select-group fr-mb-1w">
                  <label class="fr-label" for="map-source-file">Service, pour tout le fichier</label>
                  <select
                    class="fr-select"
                    id="map-source-file"
                    (change)="source.set($any($event.target).value || null)"
                  >
                    <option value="" [selected]="!source()">— Choisir —</option>
                    @for (option of sources; track option.value) {
                      <option [value]="option.value" [selected]="source() === option.value">
                        {{ option.label }}
                      </option>
                    }
                  </select>
                </div>
              }
              @if (item.field === 'COUNTING_UNIT' && columns()['COUNTING_UNIT'] === undefined) {
                <div class="fr-select-group fr-mb-1w">
                  <label class="fr-label" for="map-unit-file">Unité de compte, pour tout le fichier</label>
                  <select
                    class="fr-select"
                    id="map-unit-file"
                    (change)="unit.set($any($event.target).value || null)"
                  >
                    <option value="" [selected]="!unit()">— Choisir —</option>
                    @for (option of units; track option.value) {
                      <option [value]="option.value" [selected]="unit() === option.value">
                        {{ option.label }}
                      </option>
                    }
                  </select>
                </div>
              }
            </div>
          }
        </div>

        <h3 class="fr-h6 fr-mt-3w" id="preview-title">Premières lignes du fichier</h3>
        <div class="fr-table fr-table--sm fr-table--no-caption" data-testid="preview">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" tabindex="0" aria-labelledby="preview-title">
              <div class="fr-table__content">
                <table>
                  <caption>
                    Premières lignes du fichier
                  </caption>
                  <thead>
                    <tr>
                      @for (header of detail().headers; track $index) {
                        <th scope="col">
                          {{ header }}
                          <br />
                          @if (destination($index); as label) {
                            <span class="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon">{{
                              label
                            }}</span>
                          } @else {
                            <span class="fr-text--xs cnt-unused">non importée</span>
                          }
                        </th>
                      }
                    </tr>
                  </thead>
                  <tbody>
                    @for (line of detail().preview; track $index) {
                      <tr>
                        @for (cell of line; track $index) {
                          <td>{{ cell }}</td>
                        }
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>

        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          <li>
            <button class="fr-btn fr-icon-check-line" type="submit" [disabled]="busy()">
              Lancer l’import
            </button>
          </li>
          <li>
            <button
              class="fr-btn fr-btn--secondary fr-icon-close-line"
              type="button"
              [disabled]="busy()"
              (click)="abandon.emit()"
            >
              Abandonner ce fichier
            </button>
          </li>
        </ul>
      </form>
    </section>
  `,
  styles: `
    .cnt-unused {
      color: var(--text-mention-grey);
      font-weight: 400;
    }
  `,
})
export class ColumnMappingComponent {
  private readonly startImport = inject(StartIncidentImportGQL);

  readonly detail = input.required<ImportDetail>();
  readonly started = output<void>();
  readonly abandon = output<void>();

  protected readonly fields = MAPPED_FIELDS;
  protected readonly sources = SOURCE_OPTIONS;
  protected readonly units = UNIT_OPTIONS;
  protected readonly columns = linkedSignal<Partial<Record<string, number>>>(() =>
    columnsByField(this.detail().suggestedColumns),
  );
  protected readonly source = signal<IncidentSource | null>(null);
  protected readonly unit = signal<CountingUnit | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected destination(column: number): string | null {
    return fieldOfColumn(this.columns(), column);
  }

  protected choose(field: string, value: string): void {
    const next = { ...this.columns() };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    this.columns.set(next);
  }

  protected async start(event: Event): Promise<void> {
    event.preventDefault();
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.startImport.mutate({
          variables: {
            id: this.detail().id,
            mapping: {
              columns: Object.entries(this.columns()).map(([field, column]) => ({
                field: field as IncidentField,
                column: column as number,
              })),
              source: this.columns()['SOURCE'] === undefined ? this.source() : null,
              countingUnit: this.columns()['COUNTING_UNIT'] === undefined ? this.unit() : null,
            },
          },
        }),
      );
      this.started.emit();
    } catch (error) {
      const problem = describeProblem(error);
      // The mapping's problems come as one message on the field « mapping »: said at the top.
      this.problem.set(
        problem.fields['mapping'] ? { ...problem, message: problem.fields['mapping'] } : problem,
      );
    } finally {
      this.busy.set(false);
    }
  }
}
