import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { Router } from '@angular/router';
import { describeProblem, Problem, Session } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { AuthFrameComponent } from '../auth-frame.component';
import { safeReturnUrl } from '../login-form';
import { TotpEnrolmentComponent } from './totp-enrolment.component';

/** The second step of a login: the code of the authenticator application, or a recovery code. */
@Component({
  selector: 'cnt-second-factor-code-page',
  imports: [AuthFrameComponent, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cnt-auth-frame>
      <h1>Double authentification</h1>
      <cnt-problem-alert [problem]="general()" />
      <form novalidate (submit)="submit($event)" aria-label="Code de double authentification">
        <div class="fr-input-group" [class.fr-input-group--error]="error()">
          <label class="fr-label" for="second-factor-code">
            Code de votre application d’authentification
            <span class="fr-hint-text"
              >6 chiffres, ou l’un de vos codes de secours (par exemple abcd-efgh-jkmn)</span
            >
          </label>
          <input
            class="fr-input"
            [class.fr-input--error]="error()"
            id="second-factor-code"
            autocomplete="one-time-code"
            spellcheck="false"
            maxlength="20"
            aria-describedby="second-factor-code-messages"
            [attr.aria-invalid]="error() ? true : null"
            [value]="code()"
            (input)="code.set($any($event.target).value)"
          />
          <div class="fr-messages-group" id="second-factor-code-messages" aria-live="polite">
            @if (error(); as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </div>
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li><button class="fr-btn" type="submit" [disabled]="busy()">Valider</button></li>
          <li>
            <button class="fr-btn fr-btn--secondary" type="button" (click)="cancel()">
              Annuler la connexion
            </button>
          </li>
        </ul>
      </form>
    </cnt-auth-frame>
  `,
})
export class SecondFactorCodePage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  readonly retour = input<string>();

  protected readonly code = signal('');
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly error = computed(() => {
    if (this.submitted() && this.code().trim() === '')
      return 'Saisissez le code affiché par votre application.';
    return this.problem()?.fields['code'] ?? null;
  });
  protected readonly general = computed(() => {
    const problem = this.problem();
    return problem && !problem.fields['code'] ? problem : null;
  });

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.submitted.set(true);
    this.problem.set(null);
    if (this.error()) return;
    this.busy.set(true);
    try {
      await this.session.verifySecondFactor(this.code().trim());
      await this.router.navigateByUrl(safeReturnUrl(this.retour()));
    } catch (error) {
      this.problem.set(describeProblem(error));
      // The server's message stays under the field; the next code is typed afresh.
      this.submitted.set(false);
      this.code.set('');
      document.getElementById('second-factor-code')?.focus();
    } finally {
      this.busy.set(false);
    }
  }

  protected cancel(): Promise<void> {
    return this.session.logout();
  }
}

/** A role that requires a second factor, and none set up yet: enrolment before anything else. */
@Component({
  selector: 'cnt-second-factor-enrolment-page',
  imports: [AuthFrameComponent, TotpEnrolmentComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cnt-auth-frame>
      <h1>Double authentification</h1>
      <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
        <p>
          Votre rôle exige une double authentification : configurez-la maintenant pour accéder à Continuum. Il
          vous faut une application d’authentification sur votre téléphone.
        </p>
      </div>
      <cnt-totp-enrolment (done)="finish()" />
    </cnt-auth-frame>
  `,
})
export class SecondFactorEnrolmentPage implements OnInit {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly enrolment = viewChild.required(TotpEnrolmentComponent);
  readonly retour = input<string>();

  ngOnInit(): void {
    // The key straight away: there is nothing else to do on this page.
    queueMicrotask(() => void this.enrolment().start());
  }

  protected async finish(): Promise<void> {
    await this.session.reload();
    await this.router.navigateByUrl(safeReturnUrl(this.retour()));
  }
}
