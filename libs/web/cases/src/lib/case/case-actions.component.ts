import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  ActionStatus,
  AddCaseActionGQL,
  describeProblem,
  liveQuery,
  Session,
  UpdateCaseActionGQL,
  UserNamesGQL,
} from '@continuum/web/data-access';
import {
  blankToNull,
  DialogComponent,
  FormState,
  FrDatePipe,
  ProblemAlertComponent,
} from '@continuum/web/ui';
import { firstValueFrom, map, of } from 'rxjs';
import {
  ACTION_STATUS_OPTIONS,
  actionStatusLabel,
  dueLabel,
  formatDay,
  parisToday,
} from '../shared/case-labels';
import { actionPermissions, dateError, notPastDate } from './case-rules';
import { DisclosureComponent } from '../shared/disclosure.component';
import { CaseDetail } from './case-section';

type Action = CaseDetail['actions'][number];

/**
 * The actions decided on the case, with who is in charge and by when; overdue ones flagged in the
 * DSFR error style. The owner plans actions for the organisations involved, an accepted assignee for
 * itself; the organisation in charge (or the owner) updates status and outcome.
 */
@Component({
  selector: 'cnt-case-actions',
  imports: [DisclosureComponent, ReactiveFormsModule, DialogComponent, FrDatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = case();
    <section class="fr-mb-5w" aria-labelledby="actions-title" data-testid="case-actions">
      <h2 id="actions-title" class="fr-h4">Actions</h2>
      @for (action of item.actions; track action.id) {
        <div class="cnt-action" [class.cnt-action--overdue]="action.overdue" data-testid="case-action">
          <div class="cnt-action__head">
            <p class="fr-text--bold fr-mb-1v">{{ action.title }}</p>
            <ul class="fr-badges-group">
              @if (action.overdue) {
                <li><p class="fr-badge fr-badge--sm fr-badge--error">En retard</p></li>
              }
              <li>
                <p class="fr-badge fr-badge--sm" [class]="statusBadge(action.status)">
                  {{ statusText(action.status) }}
                </p>
              </li>
            </ul>
          </div>
          @if (action.description) {
            <p class="fr-text--sm fr-mb-1v">{{ action.description }}</p>
          }
          <p class="fr-text--sm fr-mb-1v cnt-muted">
            {{ action.organization.name }}
            @if (action.assignee) {
              — {{ action.assignee.fullName }}
            }
            @if (action.dueOn) {
              · échéance le
              <span [class.cnt-overdue-text]="action.overdue">{{ day(action.dueOn) }}</span>
              @if (isOpen(action)) {
                ({{ due(action.dueOn) }})
              }
            }
            @if (action.completedAt) {
              · terminée le {{ action.completedAt | frDate: 'short' }}
            }
          </p>
          @if (action.outcome) {
            <p class="fr-text--sm fr-mb-1v">
              <span class="fr-text--bold">Résultat :</span> {{ action.outcome }}
            </p>
          }
          @if (canUpdate(action)) {
            <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" (click)="edit(action)">
              Mettre à jour
            </button>
          }
        </div>
      } @empty {
        <p>Aucune action n’est encore planifiée.</p>
      }

      @if (permissions().canAdd) {
        <cnt-disclosure label="Ajouter une action">
          <form [formGroup]="form" novalidate (ngSubmit)="add()" aria-label="Ajouter une action">
            <cnt-problem-alert [problem]="state.problem()" />
            <div class="fr-input-group" [class.fr-input-group--error]="state.error('title')">
              <label class="fr-label" for="action-title">Intitulé *</label>
              <input
                class="fr-input"
                id="action-title"
                formControlName="title"
                [class.fr-input--error]="state.error('title')"
                aria-describedby="action-title-messages"
                [attr.aria-invalid]="state.error('title') ? true : null"
              />
              <div class="fr-messages-group" id="action-title-messages" aria-live="polite">
                @if (state.error('title'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>
            <div class="fr-input-group">
              <label class="fr-label" for="action-description">Description</label>
              <textarea
                class="fr-input"
                id="action-description"
                rows="2"
                formControlName="description"
              ></textarea>
            </div>
            <div class="fr-grid-row fr-grid-row--gutters">
              <div class="fr-col-12 fr-col-md-6">
                @if (permissions().organizations.length > 1) {
                  <div class="fr-select-group" [class.fr-select-group--error]="state.error('organizationId')">
                    <label class="fr-label" for="action-organizationId">Organisation chargée *</label>
                    <select
                      class="fr-select"
                      id="action-organizationId"
                      formControlName="organizationId"
                      [class.fr-select--error]="state.error('organizationId')"
                      aria-describedby="action-organizationId-messages"
                    >
                      @for (org of permissions().organizations; track org.id) {
                        <option [value]="org.id">{{ org.name }}</option>
                      }
                    </select>
                    <div class="fr-messages-group" id="action-organizationId-messages" aria-live="polite">
                      @if (state.error('organizationId'); as message) {
                        <p class="fr-message fr-message--error">{{ message }}</p>
                      }
                    </div>
                  </div>
                } @else {
                  <p class="fr-text--sm">
                    <span class="fr-text--bold">Organisation chargée :</span>
                    {{ permissions().organizations[0]?.name }}
                  </p>
                }
              </div>
              <div class="fr-col-12 fr-col-md-6">
                <div class="fr-select-group" [class.fr-select-group--error]="state.error('assigneeUserId')">
                  <label class="fr-label" for="action-assigneeUserId">Personne chargée</label>
                  <select
                    class="fr-select"
                    id="action-assigneeUserId"
                    formControlName="assigneeUserId"
                    aria-describedby="action-assigneeUserId-messages"
                  >
                    <option value="">Aucune en particulier</option>
                    @for (user of people.value() ?? []; track user.id) {
                      <option [value]="user.id">{{ user.fullName }}</option>
                    }
                  </select>
                  <div class="fr-messages-group" id="action-assigneeUserId-messages" aria-live="polite">
                    @if (state.error('assigneeUserId'); as message) {
                      <p class="fr-message fr-message--error">{{ message }}</p>
                    }
                  </div>
                </div>
              </div>
            </div>
            <div class="fr-input-group" [class.fr-input-group--error]="state.error('dueOn')">
              <label class="fr-label" for="action-dueOn">Échéance</label>
              <input
                class="fr-input cnt-date"
                id="action-dueOn"
                type="date"
                formControlName="dueOn"
                [min]="today"
                [class.fr-input--error]="state.error('dueOn')"
                aria-describedby="action-dueOn-messages"
              />
              <div class="fr-messages-group" id="action-dueOn-messages" aria-live="polite">
                @if (state.error('dueOn'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>
            <button class="fr-btn fr-btn--sm" type="submit" [disabled]="state.busy()">
              Ajouter l’action
            </button>
          </form>
        </cnt-disclosure>
      }
    </section>

    <cnt-dialog
      [heading]="'Mettre à jour : ' + (editing()?.title ?? '')"
      [open]="editing() !== null"
      (closed)="editing.set(null)"
    >
      <cnt-problem-alert [problem]="updateState.problem()" />
      <form [formGroup]="updateForm" novalidate (ngSubmit)="update()" aria-label="Mettre à jour l’action">
        <div class="fr-select-group" [class.fr-select-group--error]="updateState.error('status')">
          <label class="fr-label" for="action-update-status">État</label>
          <select
            class="fr-select"
            id="action-update-status"
            formControlName="status"
            [class.fr-select--error]="updateState.error('status')"
            aria-describedby="action-update-status-messages"
          >
            @for (option of statusOptions; track option.value) {
              <option [value]="option.value">{{ option.label }}</option>
            }
          </select>
          <div class="fr-messages-group" id="action-update-status-messages" aria-live="polite">
            @if (updateState.error('status'); as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </div>
        <div class="fr-input-group" [class.fr-input-group--error]="updateState.error('outcome')">
          <label class="fr-label" for="action-update-outcome">
            Résultat
            <span class="fr-hint-text">Obligatoire pour terminer l’action</span>
          </label>
          <textarea
            class="fr-input"
            id="action-update-outcome"
            rows="3"
            formControlName="outcome"
            [class.fr-input--error]="updateState.error('outcome')"
            aria-describedby="action-update-outcome-messages"
          ></textarea>
          <div class="fr-messages-group" id="action-update-outcome-messages" aria-live="polite">
            @if (updateState.error('outcome'); as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </div>
        <div class="fr-input-group" [class.fr-input-group--error]="updateState.error('dueOn')">
          <label class="fr-label" for="action-update-dueOn">Échéance</label>
          <input
            class="fr-input cnt-date"
            id="action-update-dueOn"
            type="date"
            formControlName="dueOn"
            [min]="updateMin()"
            [class.fr-input--error]="updateState.error('dueOn')"
            aria-describedby="action-update-dueOn-messages"
          />
          <div class="fr-messages-group" id="action-update-dueOn-messages" aria-live="polite">
            @if (updateState.error('dueOn'); as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </div>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
          <li>
            <button class="fr-btn fr-btn--secondary" type="button" (click)="editing.set(null)">
              Annuler
            </button>
          </li>
          <li><button class="fr-btn" type="submit" [disabled]="updateState.busy()">Enregistrer</button></li>
        </ul>
      </form>
    </cnt-dialog>
  `,
  styles: `
    .cnt-action {
      padding: 0.75rem 0 0.75rem 0.75rem;
      border-bottom: 1px solid var(--border-default-grey);
      border-left: 4px solid transparent;
    }
    .cnt-action--overdue {
      border-left-color: var(--border-plain-error);
      background: var(--background-contrast-error);
    }
    .cnt-action__head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      justify-content: space-between;
    }
    .cnt-overdue-text {
      color: var(--text-default-error);
      font-weight: 700;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-date {
      max-width: 14rem;
    }
  `,
})
export class CaseActionsComponent {
  private readonly session = inject(Session);
  private readonly addAction = inject(AddCaseActionGQL);
  private readonly updateAction = inject(UpdateCaseActionGQL);
  private readonly userNames = inject(UserNamesGQL);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly case = input.required<CaseDetail>();
  readonly changed = output<string>();

  protected readonly statusOptions = ACTION_STATUS_OPTIONS;
  protected readonly today = parisToday();
  protected readonly editing = signal<Action | null>(null);
  /** Today, or the action's own date when it is already past (it may stay as it is). */
  protected readonly updateMin = computed(() => {
    const kept = this.editing()?.dueOn;
    return kept && kept < this.today ? kept : this.today;
  });

  protected readonly permissions = computed(() =>
    actionPermissions(this.case(), this.session.user()?.organization ?? null),
  );

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    description: ['', [Validators.maxLength(5000)]],
    organizationId: ['', [Validators.required]],
    assigneeUserId: [''],
    dueOn: ['', [dateError, notPastDate(() => this.today)]],
  });
  protected readonly state = new FormState(
    this.form,
    {
      title: { what: 'l’intitulé de l’action' },
      organizationId: { what: 'l’organisation chargée', choice: true },
      dueOn: { what: 'l’échéance' },
    },
    'action',
  );

  protected readonly updateForm = this.fb.group({
    status: this.fb.control<ActionStatus>('TODO'),
    outcome: ['', [Validators.maxLength(5000)]],
    dueOn: [
      '',
      [
        dateError,
        notPastDate(
          () => this.today,
          () => this.editing()?.dueOn ?? null,
        ),
      ],
    ],
  });
  protected readonly updateState = new FormState(
    this.updateForm,
    {
      status: { what: 'l’état de l’action', choice: true },
      outcome: { what: 'le résultat de l’action' },
      dueOn: { what: 'l’échéance' },
    },
    'action-update',
  );

  private readonly organizationId = signal('');
  protected readonly people = liveQuery(
    () => this.organizationId(),
    (organizationId) =>
      organizationId
        ? this.userNames
            .fetch({ variables: { filter: { organizationId } } })
            .pipe(map((result) => result.data?.users ?? []))
        : of([]),
  );

  constructor() {
    // The first organisation offered is the default one (the owner's, or the assignee's own).
    effect(() => {
      const first = this.permissions().organizations[0]?.id ?? '';
      untracked(() => {
        const control = this.form.controls.organizationId;
        if (!this.permissions().organizations.some((org) => org.id === control.value))
          control.setValue(first);
        this.organizationId.set(control.value);
      });
    });
    this.form.controls.organizationId.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => {
      this.organizationId.set(id);
      this.form.controls.assigneeUserId.setValue('');
    });
  }

  protected canUpdate(action: Action): boolean {
    return this.permissions().canUpdate(action.organization.id);
  }

  protected isOpen(action: Action): boolean {
    return action.status === 'TODO' || action.status === 'IN_PROGRESS';
  }

  protected statusText(status: string): string {
    return actionStatusLabel(status);
  }

  protected statusBadge(status: string): string {
    return status === 'DONE'
      ? 'fr-badge--success'
      : status === 'IN_PROGRESS'
        ? 'fr-badge--info'
        : 'fr-badge--no-icon';
  }

  protected day(value: string): string {
    return formatDay(value);
  }

  protected due(value: string): string {
    return dueLabel(value, this.today);
  }

  protected edit(action: Action): void {
    // Set first: the due-date rule lets the action's own date stay, and reads it from here.
    this.editing.set(action);
    this.updateForm.reset({
      status: action.status,
      outcome: action.outcome ?? '',
      dueOn: action.dueOn ?? '',
    });
    this.updateState.submitted.set(false);
    this.updateState.problem.set(null);
    this.editing.set(action);
  }

  protected async add(): Promise<void> {
    if (!this.state.check()) return;
    const value = this.form.getRawValue();
    this.state.busy.set(true);
    try {
      await firstValueFrom(
        this.addAction.mutate({
          variables: {
            caseId: this.case().id,
            input: {
              title: value.title.trim(),
              description: blankToNull(value.description),
              organizationId: value.organizationId,
              assigneeUserId: value.assigneeUserId || null,
              dueOn: value.dueOn || null,
            },
          },
        }),
      );
      this.form.reset({ organizationId: value.organizationId });
      this.state.submitted.set(false);
      this.changed.emit(`Action « ${value.title.trim()} » ajoutée.`);
    } catch (error) {
      this.state.refused(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }

  protected async update(): Promise<void> {
    const action = this.editing();
    if (!action) return;
    const value = this.updateForm.getRawValue();
    if (value.status === 'DONE' && !value.outcome.trim()) {
      this.updateForm.controls.outcome.setErrors({
        invalid: 'Indiquez le résultat de l’action pour la terminer.',
      });
    }
    if (!this.updateState.check()) return;
    this.updateState.busy.set(true);
    try {
      await firstValueFrom(
        this.updateAction.mutate({
          variables: {
            id: action.id,
            input: {
              // Only what this agent changed: a status someone else has set meanwhile is not written back.
              status: value.status === action.status ? undefined : value.status,
              outcome: value.outcome.trim() === (action.outcome ?? '') ? undefined : value.outcome.trim(),
              dueOn: value.dueOn && value.dueOn !== action.dueOn ? value.dueOn : undefined,
            },
          },
        }),
      );
      this.editing.set(null);
      this.changed.emit(`Action « ${action.title} » mise à jour.`);
    } catch (error) {
      this.updateState.refused(describeProblem(error));
    } finally {
      this.updateState.busy.set(false);
    }
  }
}
