import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { describeProblem, Problem, RequestPasswordResetGQL } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { AuthFrameComponent } from '../auth-frame.component';
import { loginErrors } from '../login-form';

/**
 * « Mot de passe oublié » : the server answers the same whether the address has an account or
 * not, and so does this page.
 */
@Component({
  selector: 'cnt-forgotten-password-page',
  imports: [AuthFrameComponent, ProblemAlertComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cnt-auth-frame>
      <h1>Mot de passe oublié</h1>
      @if (sent()) {
        <div class="fr-alert fr-alert--success fr-mb-3w" role="status" data-testid="reset-sent">
          <h2 class="fr-alert__title">Demande enregistrée</h2>
          <p>
            Si un compte existe pour « {{ email().trim() }} », un courriel vient de lui être envoyé. Le lien
            qu’il contient est valable 30 minutes et ne sert qu’une fois.
          </p>
        </div>
        <p><a class="fr-link" routerLink="/connexion">Retour à la connexion</a></p>
      } @else {
        <cnt-problem-alert [problem]="problem()" />
        <form novalidate (submit)="submit($event)" aria-label="Recevoir un lien pour choisir un mot de passe">
          <p>
            Saisissez l’adresse électronique de votre compte : vous recevrez un lien pour choisir un nouveau
            mot de passe.
          </p>
          <div class="fr-input-group" [class.fr-input-group--error]="error()">
            <label class="fr-label" for="reset-email">
              Adresse électronique
              <span class="fr-hint-text">Format attendu : prenom.nom&#64;exemple.fr</span>
            </label>
            <input
              class="fr-input"
              [class.fr-input--error]="error()"
              id="reset-email"
              type="email"
              autocomplete="username"
              spellcheck="false"
              aria-describedby="reset-email-messages"
              [attr.aria-invalid]="error() ? true : null"
              [value]="email()"
              (input)="email.set($any($event.target).value)"
            />
            <div class="fr-messages-group" id="reset-email-messages" aria-live="polite">
              @if (error(); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button class="fr-btn" type="submit" [disabled]="busy()">Recevoir un lien</button>
            </li>
            <li><a class="fr-btn fr-btn--secondary" routerLink="/connexion">Annuler</a></li>
          </ul>
        </form>
      }
    </cnt-auth-frame>
  `,
})
export class ForgottenPasswordPage {
  private readonly request = inject(RequestPasswordResetGQL);

  protected readonly email = signal('');
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly submitted = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly error = computed(() =>
    this.submitted() ? (loginErrors(this.email(), '-').email ?? this.problem()?.fields['email']) : null,
  );

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.submitted.set(true);
    this.problem.set(null);
    if (this.error()) {
      document.getElementById('reset-email')?.focus();
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.request.mutate({ variables: { email: this.email().trim() } }));
      this.sent.set(true);
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
