import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { describeProblem, Problem, Session } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { AuthFrameComponent } from './auth-frame.component';
import { LoginErrors, loginErrors, safeReturnUrl } from './login-form';
import { ProConnectButtonComponent } from './proconnect/proconnect-button.component';
import { proConnectRefusal } from './proconnect/proconnect-messages';

/**
 * Local-account login. The server answers the same French message for an unknown address and a
 * wrong password (no account enumeration): it is shown as is.
 */
@Component({
  selector: 'cnt-login-page',
  imports: [ProblemAlertComponent, AuthFrameComponent, RouterLink, ProConnectButtonComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cnt-auth-frame>
      <h1>Connexion à Continuum</h1>
      @if (expired()) {
        <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
          <p>Votre session a expiré. Reconnectez-vous pour continuer.</p>
        </div>
      }
      @if (passwordSet()) {
        <div
          class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w"
          role="status"
          data-testid="password-set"
        >
          <p>Votre mot de passe est enregistré. Connectez-vous avec lui.</p>
        </div>
      }
      @if (proConnectProblem(); as message) {
        <div
          class="fr-alert fr-alert--error fr-alert--sm fr-mb-3w"
          role="alert"
          data-testid="proconnect-refusal"
        >
          <p>{{ message }}</p>
        </div>
      }
      @if (signedOutOfProConnect()) {
        <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-3w" role="status">
          <p>Vous êtes déconnecté de Continuum et de ProConnect.</p>
        </div>
      }
      <cnt-problem-alert [problem]="problem()" />
      @if (proConnectOffered()) {
        <cnt-proconnect-button [returnUrl]="returnUrl()" />
      }
      <form novalidate (submit)="submit($event)" aria-label="Connexion avec un compte Continuum">
        <fieldset class="fr-fieldset" aria-labelledby="login-legend">
          <legend class="fr-fieldset__legend" id="login-legend">
            <h2 class="fr-h5 fr-mb-0">Se connecter avec son compte</h2>
          </legend>
          <p class="fr-fieldset__element fr-text--sm">Tous les champs sont obligatoires.</p>
          <div class="fr-fieldset__element">
            <div class="fr-input-group" [class.fr-input-group--error]="shown().email">
              <label class="fr-label" for="login-email">
                Adresse électronique
                <span class="fr-hint-text">Format attendu : prenom.nom&#64;exemple.fr</span>
              </label>
              <input
                class="fr-input"
                [class.fr-input--error]="shown().email"
                id="login-email"
                name="email"
                type="email"
                autocomplete="username"
                spellcheck="false"
                aria-describedby="login-email-messages"
                [attr.aria-invalid]="shown().email ? true : null"
                [value]="email()"
                (input)="email.set($any($event.target).value)"
              />
              <div class="fr-messages-group" id="login-email-messages" aria-live="polite">
                @if (shown().email; as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>
          </div>
          <div class="fr-fieldset__element">
            <div class="fr-password" id="login-password">
              <label class="fr-label" for="login-password-input">Mot de passe</label>
              <div class="fr-input-wrap">
                <input
                  class="fr-password__input fr-input"
                  [class.fr-input--error]="shown().password"
                  id="login-password-input"
                  name="password"
                  type="password"
                  autocomplete="current-password"
                  autocapitalize="off"
                  autocorrect="off"
                  aria-describedby="login-password-messages"
                  [attr.aria-invalid]="shown().password ? true : null"
                  [value]="password()"
                  (input)="password.set($any($event.target).value)"
                />
              </div>
              <div class="fr-messages-group" id="login-password-messages" aria-live="polite">
                @if (shown().password; as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
              <div class="fr-password__checkbox fr-checkbox-group fr-checkbox-group--sm">
                <input aria-label="Afficher le mot de passe" id="login-password-show" type="checkbox" />
                <label class="fr-password__checkbox fr-label" for="login-password-show">Afficher</label>
              </div>
            </div>
          </div>
        </fieldset>
        <ul class="fr-btns-group">
          <li>
            <button class="fr-btn" type="submit" [disabled]="busy()">
              {{ busy() ? 'Connexion…' : 'Se connecter' }}
            </button>
          </li>
        </ul>
      </form>
      <p class="fr-mb-1w">
        <a class="fr-link" routerLink="/connexion/mot-de-passe-oublie">Mot de passe oublié ?</a>
      </p>
      <p class="fr-mb-1w">
        <a class="fr-link" routerLink="/propositions/nouvelle"
          >Sans compte : faire une proposition à la préfecture et à votre mairie</a
        >
      </p>
      <p class="fr-text--sm fr-mb-0">
        Compte bloqué ou désactivé : adressez-vous au responsable de votre organisation ou à l’administrateur
        de la plateforme.
      </p>
    </cnt-auth-frame>
  `,
})
export class LoginPage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  /** Query parameters, bound by the router: where to go after login, and why we are here. */
  readonly retour = input<string>();
  readonly expiree = input<string>();
  /** Back from choosing a password through a mailed link: the address of the account. */
  readonly motDePasse = input<string>();
  readonly email$ = input<string>(undefined, { alias: 'email' });
  /** Back from ProConnect refused (the reason), or signed out there. */
  readonly proconnect = input<string>();
  readonly deconnexion = input<string>();

  protected readonly email = signal('');
  protected readonly password = signal('');
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly expired = computed(() => this.expiree() === '1' && this.problem() === null);
  protected readonly proConnectOffered = computed(() => this.session.appInfo()?.proConnect ?? false);
  protected readonly proConnectProblem = computed(() =>
    this.problem() === null ? proConnectRefusal(this.proconnect()) : null,
  );
  protected readonly signedOutOfProConnect = computed(() => this.deconnexion() === 'proconnect');
  protected readonly returnUrl = computed(() => safeReturnUrl(this.retour()));
  protected readonly passwordSet = computed(
    () => this.motDePasse() === 'enregistre' && this.problem() === null,
  );

  constructor() {
    effect(() => {
      const email = this.email$();
      if (email) untracked(() => this.email.set(email));
    });
  }

  private readonly errors = computed(() => loginErrors(this.email(), this.password()));
  /** Client errors once the form was submitted, then the server's field errors if any. */
  protected readonly shown = computed<LoginErrors>(() => {
    const fields = this.problem()?.fields ?? {};
    const client = this.submitted() ? this.errors() : {};
    return { email: client.email ?? fields['email'], password: client.password ?? fields['password'] };
  });

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.submitted.set(true);
    this.problem.set(null);
    const errors = this.errors();
    if (errors.email || errors.password) {
      document.getElementById(errors.email ? 'login-email' : 'login-password-input')?.focus();
      return;
    }
    this.busy.set(true);
    try {
      await this.session.login(this.email().trim(), this.password());
      // A second factor due comes first; the page it leads to knows where to go after.
      const step = this.session.stepUrl();
      if (step) await this.router.navigate([step], { queryParams: { retour: safeReturnUrl(this.retour()) } });
      else await this.router.navigateByUrl(safeReturnUrl(this.retour()));
    } catch (error) {
      this.problem.set(describeProblem(error));
      this.password.set('');
      this.submitted.set(false);
    } finally {
      this.busy.set(false);
    }
  }
}
