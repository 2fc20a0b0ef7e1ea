import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  AddCasePersonGQL,
  describeProblem,
  PersonRole,
  Problem,
  RemoveCasePersonGQL,
} from '@continuum/web/data-access';
import { blankToNull, FormState, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { PERSON_ROLE_OPTIONS, personRoleLabel } from '../shared/case-labels';
import { DisclosureComponent } from '../shared/disclosure.component';
import { CaseDetail } from './case-section';

/**
 * Nominative data: shown only when the server sends it (`persons` non-null, public authorities
 * involved in the case); otherwise a DSFR notice says why it is withheld. Whoever may read it may
 * add or remove a person.
 */
@Component({
  selector: 'cnt-case-persons',
  imports: [DisclosureComponent, ReactiveFormsModule, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = case();
    <section class="fr-mb-5w" aria-labelledby="persons-title" data-testid="case-persons">
      <h2 id="persons-title" class="fr-h4">Personnes concernées</h2>
      @if (item.persons; as persons) {
        <cnt-problem-alert [problem]="removeProblem()" />
        @if (persons.length > 0) {
          <div class="fr-table fr-table--sm fr-table--no-caption fr-table--multiline">
            <div class="fr-table__wrapper">
              <div class="fr-table__container">
                <div class="fr-table__content">
                  <table data-testid="persons-table">
                    <caption>
                      Personnes concernées (données nominatives)
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Nom</th>
                        <th scope="col">Rôle</th>
                        <th scope="col">Année de naissance</th>
                        <th scope="col">Adresse</th>
                        <th scope="col">Notes</th>
                        <th scope="col"><span class="fr-sr-only">Retirer</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (person of persons; track person.id) {
                        <tr>
                          <th scope="row">{{ person.fullName }}</th>
                          <td>{{ role(person.role) }}</td>
                          <td>{{ person.birthYear ?? '—' }}</td>
                          <td>{{ person.address ?? '—' }}</td>
                          <td>{{ person.notes ?? '—' }}</td>
                          <td>
                            <button
                              type="button"
                              class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline fr-icon-delete-line"
                              [title]="'Retirer ' + person.fullName"
                              [disabled]="state.busy()"
                              (click)="remove(person.id, person.fullName)"
                            >
                              Retirer {{ person.fullName }}
                            </button>
                          </td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
        } @else {
          <p>Aucune personne n’est inscrite au dossier.</p>
        }

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
  `,
})
export class CasePersonsComponent {
  private readonly addPerson = inject(AddCasePersonGQL);
  private readonly removePerson = inject(RemoveCasePersonGQL);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly case = input.required<CaseDetail>();
  readonly changed = output<string>();

  protected readonly roles = PERSON_ROLE_OPTIONS;
  protected readonly removeProblem = signal<Problem | null>(null);

  protected readonly form = this.fb.group({
    fullName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    role: this.fb.control<PersonRole>('VICTIME'),
    birthYear: this.fb.control<number | null>(null, [Validators.min(1900), Validators.max(2100)]),
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

  protected async remove(id: string, name: string): Promise<void> {
    this.removeProblem.set(null);
    this.state.busy.set(true);
    try {
      await firstValueFrom(this.removePerson.mutate({ variables: { id } }));
      this.changed.emit(`${name} retiré(e) des personnes concernées.`);
    } catch (error) {
      this.removeProblem.set(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }
}
