import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { describeProblem, Problem, SetPasswordWithTokenGQL } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { AuthFrameComponent } from '../auth-frame.component';
import { NEW_PASSWORD_HINT, newPasswordErrors, PasswordFieldComponent } from './password-field.component';

/**
 * The page a mailed link opens (an invitation or « mot de passe oublié »): the token travels in
 * the address's fragment, which the browser never sends to a server.
 */
@Component({
  selector: 'cnt-new-password-page',
  imports: [AuthFrameComponent, ProblemAlertComponent, PasswordFieldComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cnt-auth-frame>
      <h1>Choisir votre mot de passe</h1>
      @if (!token) {
        <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
          <p>Ce lien est incomplet. Ouvrez le lien reçu par courriel tel quel, ou demandez-en un nouveau.</p>
        </div>
        <p><a class="fr-link" routerLink="/connexion/mot-de-passe-oublie">Recevoir un nouveau lien</a></p>
      } @else {
        <cnt-problem-alert [problem]="tokenProblem()" />
        @if (tokenProblem()) {
          <p><a class="fr-link" routerLink="/connexion/mot-de-passe-oublie">Recevoir un nouveau lien</a></p>
        }
        <form novalidate (submit)="submit($event)" aria-label="Choisir votre mot de passe">
          <p>Personne d’autre que vous ne connaîtra ce mot de passe, pas même l’administrateur.</p>
          <cnt-password-field
            inputId="new-password"
            label="Nouveau mot de passe"
            [hint]="hint"
            [(value)]="password"
            [error]="shown().password"
          />
          <cnt-password-field
            inputId="new-password-confirmation"
            label="Confirmation du mot de passe"
            [(value)]="confirmation"
            [error]="shown().confirmation"
          />
          <ul class="fr-btns-group fr-mt-3w">
            <li>
              <button class="fr-btn" type="submit" [disabled]="busy()">Enregistrer le mot de passe</button>
            </li>
          </ul>
        </form>
      }
    </cnt-auth-frame>
  `,
})
export class NewPasswordPage {
  private readonly mutation = inject(SetPasswordWithTokenGQL);
  private readonly router = inject(Router);
  protected readonly token = inject(ActivatedRoute).snapshot.fragment ?? '';
  protected readonly hint = NEW_PASSWORD_HINT;

  protected readonly password = signal('');
  protected readonly confirmation = signal('');
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  /** The link itself refused (expired, used): said in the alert, with a way to get another. */
  protected readonly tokenProblem = computed(() => {
    const problem = this.problem();
    if (!problem) return null;
    const linkMessage = problem.fields['token'];
    return linkMessage ? { ...problem, message: linkMessage } : problem.fields['password'] ? null : problem;
  });
  protected readonly shown = computed(() => {
    const client: { password?: string; confirmation?: string } = this.submitted()
      ? newPasswordErrors(this.password(), this.confirmation())
      : {};
    return {
      password: client.password ?? this.problem()?.fields['password'],
      confirmation: client.confirmation,
    };
  });

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.submitted.set(true);
    this.problem.set(null);
    const errors = newPasswordErrors(this.password(), this.confirmation());
    if (errors.password || errors.confirmation) {
      document.getElementById(errors.password ? 'new-password' : 'new-password-confirmation')?.focus();
      return;
    }
    this.busy.set(true);
    try {
      const result = await firstValueFrom(
        this.mutation.mutate({ variables: { token: this.token, password: this.password() } }),
      );
      const email = result.data?.setPasswordWithToken ?? '';
      await this.router.navigate(['/connexion'], { queryParams: { motDePasse: 'enregistre', email } });
    } catch (error) {
      this.problem.set(describeProblem(error));
      document.getElementById('new-password')?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
