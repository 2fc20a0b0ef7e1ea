import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PROPOSAL_TEXT_MAX, PROPOSAL_TEXT_MIN } from '@continuum/domain';
import {
  describeProblem,
  liveQuery,
  ProposalCategory,
  ProposalFormGQL,
  Session,
  SubmitMairieProposalGQL,
  SubmitProposalGQL,
  SubmitProposalMutation,
} from '@continuum/web/data-access';
import { blankToNull, FormState, FrCoordinatesPipe, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map } from 'rxjs';
import { PlacePickerComponent, PlacePoint } from '../shared/place-picker.component';
import { PROPOSAL_CATEGORY_OPTIONS } from '../shared/proposal-labels';
import { ProposalReceiptComponent } from './proposal-receipt.component';

/**
 * « Faire une proposition » (`/propositions/nouvelle`): open to anyone, no account. The form asks the
 * API for a signed, dated token when it shows (a person takes a few seconds to write; a script posts
 * at once) and carries a field people do not see (`website`: a robot fills it). A mairie signed in
 * sends the same form as its own, for its commune, without those.
 */
@Component({
  selector: 'cnt-proposal-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    ProblemAlertComponent,
    PlacePickerComponent,
    FrCoordinatesPipe,
    ProposalReceiptComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .cnt-honeypot {
      position: absolute;
      left: -10000px;
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
  `,
  template: `
    <div class="fr-container fr-my-6w">
      <div class="fr-grid-row fr-grid-row--center">
        <div class="fr-col-12 fr-col-lg-8">
          <h1>Faire une proposition</h1>
          @if (receipt(); as receipt) {
            <cnt-proposal-receipt [receipt]="receipt" />
          } @else {
            <p class="fr-text--lead">
              Une idée, une demande ou un problème de sécurité du quotidien dans votre commune ? Le cabinet du
              préfet et votre mairie la liront et vous répondront.
            </p>
            <div class="fr-notice fr-notice--info fr-mb-3w">
              <div class="fr-container">
                <div class="fr-notice__body">
                  <p class="fr-notice__title">
                    Rien n’est partagé avant d’être relu par un modérateur. N’écrivez pas de nom, de numéro de
                    téléphone ni de plaque d’immatriculation : ils seraient masqués.
                  </p>
                </div>
              </div>
            </div>
            <cnt-problem-alert [problem]="state.problem()" />
            <cnt-problem-alert [problem]="formInfo.problem()" />
            <form [formGroup]="form" novalidate (ngSubmit)="send()" aria-label="Proposition">
              <p class="fr-text--sm">Les champs marqués d’un astérisque (*) sont obligatoires.</p>

              <div class="fr-select-group" [class.fr-select-group--error]="state.error('communeCode')">
                <label class="fr-label" for="proposal-communeCode">Commune *</label>
                <select
                  class="fr-select"
                  id="proposal-communeCode"
                  formControlName="communeCode"
                  aria-describedby="proposal-communeCode-messages"
                  [attr.aria-invalid]="state.error('communeCode') ? true : null"
                >
                  <option value="" disabled>Choisir une commune</option>
                  @for (commune of communes(); track commune.code) {
                    <option [value]="commune.code">{{ commune.name }} ({{ commune.code }})</option>
                  }
                </select>
                <div class="fr-messages-group" id="proposal-communeCode-messages" aria-live="polite">
                  @if (state.error('communeCode'); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>

              <fieldset
                class="fr-fieldset"
                id="proposal-point"
                aria-labelledby="proposal-point-legend"
                [class.fr-fieldset--error]="pointError()"
              >
                <legend class="fr-fieldset__legend" id="proposal-point-legend">
                  Lieu (facultatif)
                  <span class="fr-hint-text"
                    >Cliquez sur la carte pour indiquer l’endroit précis ; vous pouvez aussi le décrire dans
                    le texte.</span
                  >
                </legend>
                <div class="fr-fieldset__element">
                  <cnt-place-picker
                    [point]="point()"
                    [tileUrl]="session.appInfo()?.tileUrl ?? ''"
                    [tileAttribution]="session.appInfo()?.tileAttribution ?? ''"
                    (pointChange)="placePoint($event)"
                  />
                  <p class="fr-text--sm fr-mt-1w fr-mb-0" data-testid="proposal-point">
                    @if (point(); as chosen) {
                      Lieu indiqué : {{ chosen | frCoordinates }}
                      <button
                        type="button"
                        class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm"
                        (click)="point.set(null)"
                      >
                        Retirer le lieu
                      </button>
                    } @else {
                      Aucun lieu indiqué.
                    }
                  </p>
                  @if (pointError(); as message) {
                    <p class="fr-message fr-message--error" role="alert">{{ message }}</p>
                  }
                </div>
              </fieldset>

              <div class="fr-select-group" [class.fr-select-group--error]="state.error('category')">
                <label class="fr-label" for="proposal-category">Sujet *</label>
                <select
                  class="fr-select"
                  id="proposal-category"
                  formControlName="category"
                  aria-describedby="proposal-category-messages"
                  [attr.aria-invalid]="state.error('category') ? true : null"
                >
                  <option value="" disabled>Choisir un sujet</option>
                  @for (option of categories; track option.value) {
                    <option [value]="option.value">{{ option.label }}</option>
                  }
                </select>
                <div class="fr-messages-group" id="proposal-category-messages" aria-live="polite">
                  @if (state.error('category'); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>

              <div class="fr-input-group" [class.fr-input-group--error]="state.error('text')">
                <label class="fr-label" for="proposal-text">
                  Votre proposition *
                  <span class="fr-hint-text"
                    >De {{ textMin }} à {{ textMax }} caractères : ce que vous constatez, où, quand, ce que
                    vous proposez.</span
                  >
                </label>
                <textarea
                  class="fr-input"
                  id="proposal-text"
                  rows="7"
                  formControlName="text"
                  aria-describedby="proposal-text-messages"
                  [attr.aria-invalid]="state.error('text') ? true : null"
                ></textarea>
                <div class="fr-messages-group" id="proposal-text-messages" aria-live="polite">
                  @if (state.error('text'); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>

              @if (!mairie()) {
                <div class="fr-input-group" [class.fr-input-group--error]="state.error('email')">
                  <label class="fr-label" for="proposal-email">
                    Adresse électronique (facultatif)
                    <span class="fr-hint-text"
                      >Pour recevoir la réponse ; elle n’est lue que par les modérateurs.</span
                    >
                  </label>
                  <input
                    class="fr-input"
                    id="proposal-email"
                    type="email"
                    autocomplete="email"
                    formControlName="email"
                    aria-describedby="proposal-email-messages"
                    [attr.aria-invalid]="state.error('email') ? true : null"
                  />
                  <div class="fr-messages-group" id="proposal-email-messages" aria-live="polite">
                    @if (state.error('email'); as message) {
                      <p class="fr-message fr-message--error">{{ message }}</p>
                    }
                  </div>
                </div>
                <div class="cnt-honeypot" aria-hidden="true">
                  <label for="proposal-website">Site internet (ne pas remplir)</label>
                  <input id="proposal-website" tabindex="-1" autocomplete="off" formControlName="website" />
                </div>
              }

              <ul class="fr-btns-group fr-btns-group--inline-md">
                <li>
                  <button
                    class="fr-btn"
                    type="submit"
                    [disabled]="state.busy() || (!mairie() && !formInfo.value())"
                  >
                    Envoyer ma proposition
                  </button>
                </li>
                @if (session.user()) {
                  <li><a class="fr-btn fr-btn--secondary" routerLink="/propositions">Annuler</a></li>
                }
              </ul>
            </form>
          }
        </div>
      </div>
    </div>
  `,
})
export class ProposalFormPage {
  protected readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly formQuery = inject(ProposalFormGQL);
  private readonly submitPublic = inject(SubmitProposalGQL);
  private readonly submitMairie = inject(SubmitMairieProposalGQL);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly categories = PROPOSAL_CATEGORY_OPTIONS;
  protected readonly textMin = PROPOSAL_TEXT_MIN;
  protected readonly textMax = PROPOSAL_TEXT_MAX.toLocaleString('fr-FR');
  protected readonly mairie = computed(() => this.session.can('create', 'Proposal'));
  protected readonly point = signal<PlacePoint | null>(null);
  protected readonly receipt = signal<SubmitProposalMutation['submitProposal'] | null>(null);

  protected readonly form = this.fb.group({
    communeCode: ['', Validators.required],
    category: ['', Validators.required],
    text: [
      '',
      [Validators.required, Validators.minLength(PROPOSAL_TEXT_MIN), Validators.maxLength(PROPOSAL_TEXT_MAX)],
    ],
    email: ['', Validators.email],
    website: [''],
  });
  protected readonly state = new FormState(
    this.form,
    {
      communeCode: { what: 'la commune', choice: true },
      category: { what: 'le sujet', choice: true },
      text: { what: 'votre proposition' },
      email: { what: 'votre adresse électronique' },
    },
    'proposal',
  );

  private readonly reloads = signal(0);
  protected readonly formInfo = liveQuery(
    () => this.reloads(),
    () => this.formQuery.fetch({ fetchPolicy: 'network-only' }).pipe(map((result) => result.data!)),
  );
  protected readonly communes = computed(() => this.formInfo.value()?.proposalCommunes ?? []);
  protected readonly pointError = computed(() => this.state.problem()?.fields['point'] ?? null);

  protected placePoint(point: PlacePoint): void {
    this.point.set(point);
    if (this.state.problem()?.fields['point']) this.state.problem.set(null);
  }

  protected async send(): Promise<void> {
    if (!this.state.check()) return;
    const value = this.form.getRawValue();
    const common = {
      communeCode: value.communeCode,
      category: value.category as ProposalCategory,
      text: value.text,
      point: this.point(),
    };
    this.state.busy.set(true);
    try {
      if (this.mairie()) {
        const result = await firstValueFrom(this.submitMairie.mutate({ variables: { input: common } }));
        const created = result.data!.submitMairieProposal;
        await this.router.navigate(['/propositions', created.id], {
          state: {
            notice: `Proposition ${created.reference} envoyée : elle attend la modération du cabinet.`,
          },
        });
        return;
      }
      const result = await firstValueFrom(
        this.submitPublic.mutate({
          variables: {
            input: {
              ...common,
              email: blankToNull(value.email),
              website: value.website,
              formToken: this.formInfo.value()!.proposalForm.token,
            },
          },
        }),
      );
      this.receipt.set(result.data!.submitProposal);
      window.scrollTo({ top: 0 });
    } catch (error) {
      const problem = describeProblem(error);
      this.state.refused(problem);
      // A spent or expired form: a new token, and the person sends again in a few seconds.
      if (problem.fields['formToken'] && !/trop rapide/.test(problem.fields['formToken']))
        this.reloads.update((n) => n + 1);
    } finally {
      this.state.busy.set(false);
    }
  }
}
