import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AddDecisionGQL, describeProblem, Problem, UpdateAgendaItemGQL } from '@continuum/web/data-access';
import {
  blankToNull,
  formatDate,
  formatDuration,
  FormState,
  ProblemAlertComponent,
  SensitivityBadgeComponent,
} from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { sectionLabel } from '../shared/coordination-labels';
import { actionProblem } from '../shared/problem';
import { AgendaItem } from './meeting-section';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One item the day of the meeting (and until the minutes are approved): what was said, whether it
 * comes back next time, and the decisions — on a case, each becomes an action of the pilot
 * organisation, linked from here. The list tracks items by id, so one component keeps one item.
 */
@Component({
  selector: 'cnt-agenda-item-minutes',
  imports: [ReactiveFormsModule, RouterLink, ProblemAlertComponent, SensitivityBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let it = item();
    <article
      class="cnt-item fr-mb-3w"
      data-testid="item-minutes"
      [attr.aria-labelledby]="'item-' + it.id + '-title'"
    >
      <div class="cnt-item__head">
        <h3 class="fr-h6 fr-mb-1v" [id]="'item-' + it.id + '-title'">
          <span class="cnt-position">{{ it.position }}.</span>
          @if (it.confidential) {
            Point confidentiel
          } @else if (it.case; as linked) {
            {{ linked.title }}
          } @else {
            {{ it.title }}
          }
        </h3>
        <span class="cnt-muted fr-text--sm">{{ duration() }}</span>
      </div>
      @if (it.confidential) {
        <p class="fr-text--sm cnt-muted">
          Vous ne pouvez pas lire ce dossier : ses notes et décisions ne vous sont pas montrées.
        </p>
      } @else {
        <p class="fr-text--xs fr-mb-1w cnt-muted">
          {{ section() }}
          @if (it.case; as linked) {
            ·
            <a class="fr-link fr-link--sm" [routerLink]="['/dossiers', linked.id]">{{ linked.reference }}</a>
            <cnt-sensitivity-badge class="fr-ml-1w" [sensitivity]="linked.sensitivity" [small]="true" />
          }
        </p>
        <cnt-problem-alert [problem]="problem()" />

        @if (readOnly()) {
          @if (it.notes) {
            <p class="cnt-notes">{{ it.notes }}</p>
          }
          @if (it.carryOver) {
            <p class="fr-badge fr-badge--sm fr-badge--warning">Reporté à la prochaine séance</p>
          }
        } @else {
          <div class="fr-input-group">
            <label class="fr-label" [for]="'notes-' + it.id">Notes de séance</label>
            <textarea
              class="fr-input"
              rows="3"
              [id]="'notes-' + it.id"
              [value]="notes()"
              (input)="notes.set($any($event.target).value)"
            ></textarea>
          </div>
          <div class="cnt-row">
            <button
              type="button"
              class="fr-btn fr-btn--sm fr-btn--secondary"
              [disabled]="busy() || notes() === (it.notes ?? '')"
              (click)="saveNotes()"
            >
              Enregistrer les notes
            </button>
            <div class="fr-toggle">
              <input
                type="checkbox"
                class="fr-toggle__input"
                [id]="'carry-' + it.id"
                [checked]="it.carryOver"
                [disabled]="busy()"
                (change)="setCarryOver($any($event.target).checked)"
              />
              <label class="fr-toggle__label" [for]="'carry-' + it.id">Reporter à la prochaine séance</label>
            </div>
          </div>
        }

        <h4 class="fr-text--md fr-text--bold fr-mt-2w fr-mb-1w">Décisions</h4>
        <ul class="cnt-decisions">
          @for (decision of it.decisions; track decision.id) {
            <li data-testid="decision">
              {{ decision.text }}
              <span class="cnt-muted">
                — pilote : {{ decision.ownerOrganization.name }}
                @if (decision.dueOn) {
                  · échéance le {{ day(decision.dueOn) }}
                }
              </span>
              @if (decision.caseActionId && it.case) {
                ·
                <a class="fr-link fr-link--sm" [routerLink]="['/dossiers', it.case.id]"
                  >voir l’action sur le dossier {{ it.case.reference }}</a
                >
              }
            </li>
          } @empty {
            <li class="cnt-muted">Aucune décision.</li>
          }
        </ul>

        @if (!readOnly()) {
          <details class="cnt-disclosure">
            <summary class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-add-line fr-btn--icon-left">
              Ajouter une décision
            </summary>
            <form
              class="cnt-decision-form"
              [formGroup]="form"
              novalidate
              (ngSubmit)="addDecision()"
              [attr.aria-label]="'Ajouter une décision au point ' + it.position"
            >
              <div class="fr-input-group" [class.fr-input-group--error]="state.error('text')">
                <label class="fr-label" [for]="prefix() + '-text'">
                  Décision *
                  @if (it.case) {
                    <span class="fr-hint-text"
                      >Elle devient une action du dossier, confiée à l’organisation pilote</span
                    >
                  }
                </label>
                <input
                  class="fr-input"
                  [id]="prefix() + '-text'"
                  formControlName="text"
                  [class.fr-input--error]="state.error('text')"
                  [attr.aria-describedby]="prefix() + '-text-messages'"
                  [attr.aria-invalid]="state.error('text') ? true : null"
                />
                <div class="fr-messages-group" [id]="prefix() + '-text-messages'" aria-live="polite">
                  @if (state.error('text'); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>
              <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-12 fr-col-md-7">
                  <div
                    class="fr-select-group"
                    [class.fr-select-group--error]="state.error('ownerOrganizationId')"
                  >
                    <label class="fr-label" [for]="prefix() + '-ownerOrganizationId'"
                      >Organisation pilote *
                      <span class="fr-hint-text"
                        >Parmi les partenaires qui peuvent lire le dossier</span
                      ></label
                    >
                    <select
                      class="fr-select"
                      [id]="prefix() + '-ownerOrganizationId'"
                      formControlName="ownerOrganizationId"
                      [class.fr-select--error]="state.error('ownerOrganizationId')"
                      [attr.aria-describedby]="prefix() + '-ownerOrganizationId-messages'"
                    >
                      <option value="">Choisissez l’organisation</option>
                      @for (org of organizations(); track org.id) {
                        <option [value]="org.id">{{ org.name }}</option>
                      }
                    </select>
                    <div
                      class="fr-messages-group"
                      [id]="prefix() + '-ownerOrganizationId-messages'"
                      aria-live="polite"
                    >
                      @if (state.error('ownerOrganizationId'); as message) {
                        <p class="fr-message fr-message--error">{{ message }}</p>
                      }
                    </div>
                  </div>
                </div>
                <div class="fr-col-12 fr-col-md-5">
                  <div class="fr-input-group" [class.fr-input-group--error]="state.error('dueOn')">
                    <label class="fr-label" [for]="prefix() + '-dueOn'">Échéance</label>
                    <input
                      class="fr-input"
                      type="date"
                      [id]="prefix() + '-dueOn'"
                      formControlName="dueOn"
                      [class.fr-input--error]="state.error('dueOn')"
                      [attr.aria-describedby]="prefix() + '-dueOn-messages'"
                    />
                    <div class="fr-messages-group" [id]="prefix() + '-dueOn-messages'" aria-live="polite">
                      @if (state.error('dueOn'); as message) {
                        <p class="fr-message fr-message--error">{{ message }}</p>
                      }
                    </div>
                  </div>
                </div>
              </div>
              <button class="fr-btn fr-btn--sm" type="submit" [disabled]="state.busy()">
                Ajouter la décision
              </button>
            </form>
          </details>
        }
      }
    </article>
  `,
  styles: `
    .cnt-item {
      padding: 1rem;
      border: 1px solid var(--border-default-grey);
    }
    .cnt-item__head {
      display: flex;
      gap: 1rem;
      justify-content: space-between;
      align-items: baseline;
    }
    .cnt-position {
      color: var(--text-title-blue-france);
    }
    .cnt-row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 2rem;
      align-items: center;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-notes {
      white-space: pre-line;
    }
    .cnt-decisions {
      padding-left: 1rem;
    }
    .cnt-disclosure > summary {
      list-style: none;
    }
    .cnt-disclosure > summary::-webkit-details-marker {
      display: none;
    }
    .cnt-disclosure[open] > summary {
      background-color: var(--background-action-low-blue-france);
    }
    /* Chromium's <details> slot breaks DSFR's inherited border-box: set it again for the form. */
    .cnt-decision-form {
      box-sizing: border-box;
      margin-top: 0.5rem;
      padding: 1rem;
      background: var(--background-alt-grey);
    }
    .cnt-row .fr-toggle {
      flex: 1 1 20rem;
    }
  `,
})
export class AgendaItemMinutesComponent implements OnInit {
  private readonly updateItem = inject(UpdateAgendaItemGQL);
  private readonly addDecisionMutation = inject(AddDecisionGQL);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly item = input.required<AgendaItem>();
  readonly organizations = input.required<readonly { id: string; name: string }[]>();
  readonly readOnly = input(false);
  readonly changed = output<string>();

  protected readonly notes = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly prefix = computed(() => `decision-${this.item().id}`);
  protected readonly section = computed(() => sectionLabel(this.item().section));
  protected readonly duration = computed(() => formatDuration(this.item().durationMinutes));

  protected readonly form = this.fb.group({
    text: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(2000)]],
    ownerOrganizationId: ['', [Validators.required]],
    dueOn: ['', [Validators.pattern(DAY)]],
  });
  /** Made once the item is known: its ids carry the item's (FormState focuses the first in error). */
  protected state!: FormState;

  ngOnInit(): void {
    this.notes.set(this.item().notes ?? '');
    this.state = new FormState(
      this.form,
      {
        text: { what: 'la décision' },
        ownerOrganizationId: { what: 'l’organisation pilote', choice: true },
        dueOn: { what: 'l’échéance' },
      },
      this.prefix(),
    );
  }

  protected day(value: string): string {
    return formatDate(`${value}T12:00:00Z`, 'date');
  }

  protected async saveNotes(): Promise<void> {
    await this.update({ notes: this.notes() }, `Notes du point ${this.item().position} enregistrées.`);
  }

  protected async setCarryOver(carryOver: boolean): Promise<void> {
    await this.update(
      { carryOver },
      carryOver
        ? `Le point ${this.item().position} sera proposé à la prochaine séance.`
        : `Le point ${this.item().position} n’est plus reporté.`,
    );
  }

  protected async addDecision(): Promise<void> {
    if (!this.state.check()) return;
    const value = this.form.getRawValue();
    this.state.busy.set(true);
    try {
      await firstValueFrom(
        this.addDecisionMutation.mutate({
          variables: {
            itemId: this.item().id,
            input: {
              text: value.text.trim(),
              ownerOrganizationId: value.ownerOrganizationId,
              dueOn: blankToNull(value.dueOn),
            },
          },
        }),
      );
      this.form.reset({ text: '', ownerOrganizationId: value.ownerOrganizationId, dueOn: '' });
      this.state.submitted.set(false);
      this.host.nativeElement.querySelector('details')?.removeAttribute('open');
      this.changed.emit(
        this.item().case
          ? `Décision enregistrée : elle figure parmi les actions du dossier ${this.item().case?.reference}.`
          : 'Décision enregistrée.',
      );
    } catch (error) {
      this.state.refused(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }

  private async update(input: { notes?: string; carryOver?: boolean }, message: string): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.updateItem.mutate({ variables: { itemId: this.item().id, input } }));
      this.changed.emit(message);
    } catch (error) {
      this.problem.set(actionProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
