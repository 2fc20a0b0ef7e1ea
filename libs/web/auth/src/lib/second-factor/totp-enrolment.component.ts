import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import {
  ConfirmSecondFactorEnrolmentGQL,
  describeProblem,
  Problem,
  StartSecondFactorEnrolmentGQL,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';

/**
 * Setting up the authenticator application: a key shown once (as text and as its otpauth://
 * address — no QR code library is part of the client), a first code to confirm it, then the ten
 * recovery codes, also shown once.
 */
@Component({
  selector: 'cnt-totp-enrolment',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cnt-problem-alert [problem]="problem()" />
    @if (codes(); as codes) {
      <div class="fr-alert fr-alert--success fr-mb-3w" role="status">
        <h3 class="fr-alert__title">Double authentification activée</h3>
        <p>Chaque connexion vous demandera désormais un code de votre application.</p>
      </div>
      <h3 class="fr-h6">Vos codes de secours</h3>
      <p>
        Si vous perdez votre téléphone, chacun de ces codes remplace une fois le code de l’application.
        Conservez-les en lieu sûr : ils ne seront plus affichés.
      </p>
      <ul class="cnt-codes" data-testid="recovery-codes">
        @for (code of codes; track code) {
          <li>
            <code>{{ code }}</code>
          </li>
        }
      </ul>
      <button class="fr-btn" type="button" (click)="done.emit()">J’ai conservé mes codes</button>
    } @else if (key(); as key) {
      <ol class="fr-mb-3w">
        <li>
          Dans votre application d’authentification (FreeOTP, Aegis, Google Authenticator…), ajoutez un compte
          « avec une clé » et saisissez cette clé :
          <p class="fr-mt-1w">
            <code class="cnt-secret" data-testid="totp-secret">{{ grouped(key.secret) }}</code>
          </p>
          <details>
            <summary>Adresse de configuration (otpauth)</summary>
            <p class="cnt-uri">
              <code data-testid="totp-uri">{{ key.otpauthUri }}</code>
            </p>
          </details>
        </li>
        <li>Saisissez ci-dessous le code à 6 chiffres que l’application affiche.</li>
      </ol>
      <form novalidate (submit)="confirm($event)" aria-label="Confirmer la double authentification">
        <div class="fr-input-group" [class.fr-input-group--error]="problem()?.fields?.['code']">
          <label class="fr-label" for="totp-enrolment-code">
            Code à 6 chiffres
            <span class="fr-hint-text">Il change toutes les 30 secondes.</span>
          </label>
          <input
            class="fr-input"
            id="totp-enrolment-code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength="6"
            aria-describedby="totp-enrolment-code-messages"
            [value]="code()"
            (input)="code.set($any($event.target).value)"
          />
          <div class="fr-messages-group" id="totp-enrolment-code-messages" aria-live="polite">
            @if (problem()?.fields?.['code']; as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </div>
        <button class="fr-btn" type="submit" [disabled]="busy()">Activer la double authentification</button>
      </form>
    } @else {
      <button class="fr-btn fr-btn--secondary" type="button" [disabled]="busy()" (click)="start()">
        Configurer la double authentification
      </button>
    }
  `,
  styles: `
    .cnt-codes {
      columns: 2;
      font-size: 1.125rem;
    }
    .cnt-secret {
      font-size: 1.125rem;
      word-break: break-all;
    }
    .cnt-uri {
      word-break: break-all;
    }
  `,
})
export class TotpEnrolmentComponent {
  private readonly startMutation = inject(StartSecondFactorEnrolmentGQL);
  private readonly confirmMutation = inject(ConfirmSecondFactorEnrolmentGQL);

  /** The recovery codes were shown and acknowledged. */
  readonly done = output<void>();

  protected readonly key = signal<{ secret: string; otpauthUri: string } | null>(null);
  protected readonly codes = signal<string[] | null>(null);
  protected readonly code = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected grouped(secret: string): string {
    return secret.replace(/(.{4})/g, '$1 ').trim();
  }

  async start(): Promise<void> {
    await this.run(async () => {
      const result = await firstValueFrom(this.startMutation.mutate());
      this.key.set(result.data?.startSecondFactorEnrolment ?? null);
    });
  }

  protected async confirm(event: Event): Promise<void> {
    event.preventDefault();
    await this.run(async () => {
      const result = await firstValueFrom(
        this.confirmMutation.mutate({ variables: { code: this.code().trim() } }),
      );
      this.codes.set(result.data?.confirmSecondFactorEnrolment.codes ?? []);
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await action();
    } catch (error) {
      this.problem.set(describeProblem(error));
      document.getElementById('totp-enrolment-code')?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
