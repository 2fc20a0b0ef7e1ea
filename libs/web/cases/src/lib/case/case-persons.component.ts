import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  AddCasePersonGQL,
  describeProblem,
  PersonRole,
  Problem,
  RemoveCasePersonGQL,
} from '@continuum/web/data-access';
import { blankToNull, DialogComponent, FormState, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { parisToday, PERSON_ROLE_OPTIONS, personRoleLabel } from '../shared/case-labels';
import { DisclosureComponent } from '../shared/disclosure.component';
import { CaseDetail } from './case-section';
import { ReadMotiveComponent } from './read-motive.component';

type Person = NonNullable<CaseDetail['persons']>[number];

/**
 * Nominative data: shown only when the server sends it (`persons` non-null, public authorities
 * involved in the case, once the reader gave the motive of their consultation — asked here);
 * otherwise a DSFR notice says why it is withheld. The owner organisation
 * adds and removes persons (SHARING.md), a removal asks for confirmation and a reason.
 */
@Component({
  selector: 'cnt-case-persons',
  imports: [
    DisclosureComponent,
    DialogComponent,
    ReactiveFormsModule,
    ProblemAlertComponent,
    ReadMotiveComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = case();
    <section class="fr-mb-5w" aria-labelledby="persons-title" data-testid="case-persons">
      <h2 id="persons-title" class="fr-h4">Personnes concernées</h2>
      @if (item.persons; as persons) {
        @if (persons.length > 0) {
          <!-- Cards rather than a table: on a phone every field and the « Retirer » button stay in view. -->
          <ul
            class="cnt-persons"
            data-testid="persons-list"
            aria-label="Personnes concernées (données nominatives)"
          >
            @for (person of persons; track person.id) {
              <li class="cnt-person" data-testid="person">
                <div class="cnt-person__head">
                  <p class="fr-text--bold fr-mb-0">{{ person.fullName }}</p>
                  <p class="fr-badge fr-badge--sm fr-badge--no-icon fr-mb-0">{{ role(person.role) }}</p>
                </div>
                <dl class="cnt-person__facts fr-text--sm fr-mb-0">
                  @if (person.birthYear) {
                    <div>
                      <dt>Année de naissance</dt>
                      <dd>{{ person.birthYear }}</dd>
                    </div>
                  }
                  @if (person.address) {
                    <div>
                      <dt>Adresse</dt>
                      <dd>{{ person.address }}</dd>
                    </div>
                  }
                  @if (person.notes) {
                    <div>
                      <dt>Notes</dt>
                      <dd>{{ person.notes }}</dd>
                    </div>
                  }
                </dl>
                @if (item.viewerCan.editPersons) {
                  <button
                    type="button"
                    class="fr-btn fr-btn--sm fr-btn--tertiary fr-btn--icon-left fr-icon-delete-line fr-mt-1w"
                    [attr.aria-label]="'Retirer ' + person.fullName"
                    [disabled]="state.busy()"
                    (click)="askRemoval(person)"
                  >
                    Retirer
                  </button>
                }
              </li>
            }
          </ul>
        } @else {
          <p>Aucune personne n’est inscrite au dossier.</p>
        }

        @if (item.viewerCan.editPersons) {
          <cnt-disclosure label="Ajouter une personne">
            <form [formGroup]="form" novalidate (ngSubmit)="add()" aria-label="Ajouter une personne">
              <cnt-problem-alert [problem]="state.problem()" />
              <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-12 fr-col-md-6">
                  <div class="fr-input-group" [class.fr-input-group--error]="state.error('fullName')">
                    <label class="fr-label" for="person-fullName">Nom et prénom *</label>
                    <input
                      class="fr-input"
                      id="person-fullName"
                      formControlName="fullName"
                      autocomplete="off"
                      [class.fr-input--error]="state.error('fullName')"
                      aria-describedby="person-fullName-messages"
                    />
                    <div class="fr-messages-group" id="person-fullName-messages" aria-live="polite">
                      @if (state.error('fullName'); as message) {
                        <p class="fr-message fr-message--error">{{ message }}</p>
                      }
                    </div>
                  </div>
                </div>
                <div class="fr-col-12 fr-col-md-3">
                  <div class="fr-select-group">
                    <label class="fr-label" for="person-role">Rôle *</label>
                    <select class="fr-select" id="person-role" formControlName="role">
                      @for (option of roles; track option.value) {
                        <option [value]="option.value">{{ option.label }}</option>
                      }
                    </select>
                  </div>
                </div>
                <div class="fr-col-12 fr-col-md-3">
                  <div class="fr-input-group" [class.fr-input-group--error]="state.error('birthYear')">
                    <label class="fr-label" for="person-birthYear">Année de naissance</label>
                    <input
                      class="fr-input"
                      id="person-birthYear"
                      type="number"
                      inputmode="numeric"
                      formControlName="birthYear"
                      min="1900"
                      [max]="thisYear"
                      [class.fr-input--error]="state.error('birthYear')"
                      aria-describedby="person-birthYear-messages"
                    />
                    <div class="fr-messages-group" id="person-birthYear-messages" aria-live="polite">
                      @if (state.error('birthYear'); as message) {
                        <p class="fr-message fr-message--error">{{ message }}</p>
                      }
                    </div>
                  </div>
                </div>
              </div>
              <div class="fr-input-group">
                <label class="fr-label" for="person-address">Adresse</label>
                <input class="fr-input" id="person-address" formControlName="address" autocomplete="off" />
              </div>
              <div class="fr-input-group">
                <label class="fr-label" for="person-notes">Notes</label>
                <textarea class="fr-input" id="person-notes" rows="2" formControlName="notes"></textarea>
              </div>
              <button class="fr-btn fr-btn--sm" type="submit" [disabled]="state.busy()">
                Ajouter la personne
              </button>
            </form>
          </cnt-disclosure>
        } @else {
          <p class="fr-text--sm cnt-muted" data-testid="persons-owner-only">
            Seule l’organisation qui porte le dossier ({{ item.owner.name }}) ajoute ou retire des personnes ;
            proposez-le-lui en commentaire.
          </p>
        }
      } @else if (item.personsMotiveRequired) {
        <cnt-read-motive [caseId]="item.id" (given)="changed.emit($event)" />
      } @else {
        <div class="fr-notice fr-notice--info" data-testid="persons-withheld">
          <div class="fr-container">
            <div class="fr-notice__body">
              <p>
                <span class="fr-notice__title">Données nominatives non communiquées</span>
                <span class="fr-notice__desc">{{ item.personsWithheldReason }}</span>
              </p>
            </div>
          </div>
        </div>
      }
    </section>

    <cnt-dialog heading="Retirer une personne" [open]="removing() !== null" (closed)="removing.set(null)">
      <p>
        {{ removing()?.fullName }} ne figurera plus parmi les personnes concernées. Le retrait et son motif
        sont inscrits au journal d’audit.
      </p>
      <cnt-problem-alert [problem]="removeGeneral()" />
      <form novalidate (submit)="remove($event)" aria-label="Retirer une personne">
        <div class="fr-input-group" [class.fr-input-group--error]="reasonError()">
          <label class="fr-label" for="person-remove-reason">
            Motif *
            <span class="fr-hint-text">Par exemple : doublon, personne sans lien avec les faits</span>
          </label>
          <input
            class="fr-input"
            id="person-remove-reason"
            maxlength="500"
            [class.fr-input--error]="reasonError()"
            [attr.aria-invalid]="reasonError() ? true : null"
            aria-describedby="person-remove-reason-messages"
            [value]="removeReason()"
            (input)="removeReason.set($any($event.target).value)"
          />
          <div class="fr-messages-group" id="person-remove-reason-messages" aria-live="polite">
            @if (reasonError(); as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </div>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
          <li>
            <button class="fr-btn fr-btn--secondary" type="button" (click)="removing.set(null)">
              Annuler
            </button>
          </li>
          <li>
            <button class="fr-btn" type="submit" [disabled]="state.busy()">Retirer la personne</button>
          </li>
        </ul>
      </form>
    </cnt-dialog>
  `,
  styles: `
    .cnt-persons {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .cnt-person {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .cnt-person__head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: center;
    }
    .cnt-person__facts div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }
    .cnt-person__facts dt {
      color: var(--text-mention-grey);
    }
    .cnt-person__facts dt::after {
      content: ' :';
    }
    .cnt-person__facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class CasePersonsComponent {
  private readonly addPerson = inject(AddCasePersonGQL);
  private readonly removePerson = inject(RemoveCasePersonGQL);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly case = input.required<CaseDetail>();
  readonly changed = output<string>();

  protected readonly roles = PERSON_ROLE_OPTIONS;
  protected readonly thisYear = Number(parisToday().slice(0, 4));
  protected readonly removeProblem = signal<Problem | null>(null);
  protected readonly removing = signal<Person | null>(null);
  protected readonly removeReason = signal('');
  private readonly missingReason = signal(false);
  protected readonly reasonError = computed(() =>
    this.missingReason() ? 'Indiquez le motif du retrait.' : (this.removeProblem()?.fields['reason'] ?? null),
  );
  protected readonly removeGeneral = computed(() => {
    const problem = this.removeProblem();
    return problem && !problem.fields['reason'] ? problem : null;
  });

  protected readonly form = this.fb.group({
    fullName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    role: this.fb.control<PersonRole>('VICTIME'),
    birthYear: this.fb.control<number | null>(null, [Validators.min(1900), Validators.max(this.thisYear)]),
    address: ['', [Validators.maxLength(500)]],
    notes: ['', [Validators.maxLength(2000)]],
  });
  protected readonly state = new FormState(
    this.form,
    { fullName: { what: 'le nom et le prénom' }, birthYear: { what: 'l’année de naissance' } },
    'person',
  );

  protected role(value: string): string {
    return personRoleLabel(value);
  }

  protected async add(): Promise<void> {
    if (!this.state.check()) return;
    const value = this.form.getRawValue();
    this.state.busy.set(true);
    try {
      await firstValueFrom(
        this.addPerson.mutate({
          variables: {
            caseId: this.case().id,
            input: {
              fullName: value.fullName.trim(),
              role: value.role,
              birthYear: value.birthYear ?? null,
              address: blankToNull(value.address),
              notes: blankToNull(value.notes),
            },
          },
        }),
      );
      this.form.reset({ role: value.role });
      this.state.submitted.set(false);
      this.changed.emit(`${value.fullName.trim()} ajouté(e) aux personnes concernées.`);
    } catch (error) {
      this.state.refused(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }

  protected askRemoval(person: Person): void {
    this.removeProblem.set(null);
    this.missingReason.set(false);
    this.removeReason.set('');
    this.removing.set(person);
  }

  protected async remove(event: Event): Promise<void> {
    event.preventDefault();
    const person = this.removing();
    if (!person) return;
    const reason = this.removeReason().trim();
    this.removeProblem.set(null);
    this.missingReason.set(!reason);
    if (!reason) {
      document.getElementById('person-remove-reason')?.focus();
      return;
    }
    this.state.busy.set(true);
    try {
      await firstValueFrom(this.removePerson.mutate({ variables: { id: person.id, reason } }));
      this.removing.set(null);
      this.changed.emit(`${person.fullName} retiré(e) des personnes concernées.`);
    } catch (error) {
      this.removeProblem.set(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }
}
