import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  AuditEntryFilter,
  DpoJournalGQL,
  DpoOrganizationPeopleGQL,
  liveQuery,
  OrganizationNamesGQL,
} from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map, of } from 'rxjs';
import { EMPTY_JOURNAL_FIELDS, JournalFields, journalExportUrl, journalFilter } from './dpo-urls';

/** The DPO's journal: every entry, narrowed by the filters (applied by the server), and its export. */
@Component({
  selector: 'cnt-dpo-journal',
  imports: [FormsModule, FrDatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="fr-mb-3w" (ngSubmit)="apply()" aria-label="Filtrer le journal">
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-4 fr-input-group">
          <label class="fr-label" for="journal-action"
            >Action <span class="fr-hint-text">Début du nom, par exemple « case.persons. »</span></label
          >
          <input class="fr-input" id="journal-action" name="action" [(ngModel)]="fields.action" />
        </div>
        <div class="fr-col-12 fr-col-md-4 fr-input-group">
          <label class="fr-label" for="journal-subject"
            >Dossier ou objet <span class="fr-hint-text">Son identifiant</span></label
          >
          <input class="fr-input" id="journal-subject" name="subjectId" [(ngModel)]="fields.subjectId" />
        </div>
        <div class="fr-col-12 fr-col-md-4 fr-select-group">
          <label class="fr-label" for="journal-organization">Organisation de l’auteur</label>
          <select
            class="fr-select"
            id="journal-organization"
            name="actorOrganizationId"
            [ngModel]="fields.actorOrganizationId"
            (ngModelChange)="chooseOrganization($event)"
          >
            <option value="">Toutes</option>
            @for (organization of organizations.value() ?? []; track organization.id) {
              <option [value]="organization.id">{{ organization.name }}</option>
            }
          </select>
        </div>
        <div class="fr-col-12 fr-col-md-4 fr-select-group">
          <label class="fr-label" for="journal-user"
            >Auteur <span class="fr-hint-text">Après le choix de son organisation</span></label
          >
          <select
            class="fr-select"
            id="journal-user"
            name="actorUserId"
            [(ngModel)]="fields.actorUserId"
            [disabled]="!organizationId()"
          >
            <option value="">Tous</option>
            @for (person of people.value() ?? []; track person.id) {
              <option [value]="person.id">{{ person.fullName }}</option>
            }
          </select>
        </div>
        <div class="fr-col-6 fr-col-md-4 fr-input-group">
          <label class="fr-label" for="journal-from">Du</label>
          <input class="fr-input" type="date" id="journal-from" name="from" [(ngModel)]="fields.from" />
        </div>
        <div class="fr-col-6 fr-col-md-4 fr-input-group">
          <label class="fr-label" for="journal-to">Au</label>
          <input class="fr-input" type="date" id="journal-to" name="to" [(ngModel)]="fields.to" />
        </div>
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mt-2w">
        <li><button class="fr-btn" type="submit">Filtrer</button></li>
        <li>
          <button class="fr-btn fr-btn--secondary" type="button" (click)="reset()">
            Effacer les filtres
          </button>
        </li>
        <li>
          <a
            class="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left"
            [href]="exportUrl()"
            download
            >Exporter en CSV</a
          >
        </li>
      </ul>
    </form>
    <cnt-problem-alert [problem]="journal.problem()" />
    @if (journal.value(); as page) {
      <p role="status">{{ page.totalCount }} entrée{{ page.totalCount > 1 ? 's' : '' }} au journal.</p>
      <div class="fr-table fr-table--no-caption">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table>
                <caption>
                  Journal, du plus récent au plus ancien
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Action</th>
                    <th scope="col">Auteur</th>
                    <th scope="col">Objet</th>
                    <th scope="col">Motif et détails</th>
                  </tr>
                </thead>
                <tbody>
                  @for (edge of page.edges; track edge.node.id) {
                    <tr>
                      <td>{{ edge.node.occurredAt | frDate: 'short' }}</td>
                      <td>
                        <code>{{ edge.node.action }}</code>
                      </td>
                      <td>{{ edge.node.actorName ?? 'Système' }}</td>
                      <td>
                        @if (edge.node.subjectType) {
                          {{ edge.node.subjectType }}<br /><small class="cnt-id">{{
                            edge.node.subjectId
                          }}</small>
                        }
                      </td>
                      <td class="cnt-details">
                        {{ edge.node.reason }}
                        @if (edge.node.details) {
                          <small>{{ describe(edge.node.details) }}</small>
                        }
                      </td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="5">Aucune entrée ne correspond à ces filtres.</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      @if (page.pageInfo.hasNextPage) {
        <p class="fr-text--sm">
          Les 50 entrées les plus récentes sont affichées ; l’export les donne toutes.
        </p>
      }
    }
  `,
  styles: `
    .cnt-id,
    .cnt-details small {
      display: block;
      word-break: break-all;
      color: var(--text-mention-grey);
    }
  `,
})
export class DpoJournalComponent {
  private readonly query = inject(DpoJournalGQL);
  private readonly organizationNames = inject(OrganizationNamesGQL);
  private readonly organizationPeople = inject(DpoOrganizationPeopleGQL);
  protected fields: JournalFields = { ...EMPTY_JOURNAL_FIELDS };
  protected readonly organizationId = signal('');
  protected readonly organizations = liveQuery(
    () => null,
    () =>
      this.organizationNames
        .fetch()
        .pipe(
          map((result) =>
            [...(result.data?.organizations ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
          ),
        ),
  );
  protected readonly people = liveQuery(
    () => this.organizationId(),
    (organizationId) =>
      organizationId
        ? this.organizationPeople
            .fetch({ variables: { organizationId } })
            .pipe(map((result) => result.data?.users ?? []))
        : of([]),
  );
  private readonly filter = signal<AuditEntryFilter>({});
  protected readonly exportUrl = computed(() => journalExportUrl(this.filter()));
  protected readonly journal = liveQuery(
    () => this.filter(),
    (filter) =>
      this.query
        .fetch({ variables: { filter, first: 50 }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.auditEntries)),
  );

  protected apply(): void {
    this.filter.set(journalFilter(this.fields));
  }

  protected chooseOrganization(id: string): void {
    this.fields = { ...this.fields, actorOrganizationId: id, actorUserId: '' };
    this.organizationId.set(id);
  }

  protected reset(): void {
    this.fields = { ...EMPTY_JOURNAL_FIELDS };
    this.organizationId.set('');
    this.filter.set({});
  }

  protected describe(details: unknown): string {
    const text = JSON.stringify(details);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  }
}
