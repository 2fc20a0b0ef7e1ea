import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { liveQuery, MySecondFactorGQL, Session } from '@continuum/web/data-access';
import { ProblemAlertComponent, roleLabel } from '@continuum/web/ui';
import { map } from 'rxjs';
import { TotpEnrolmentComponent } from '../second-factor/totp-enrolment.component';
import { ChangePasswordComponent } from './change-password.component';

/** « Mon compte » : who I am for the platform, my password, my second factor. */
@Component({
  selector: 'cnt-account-page',
  imports: [ChangePasswordComponent, TotpEnrolmentComponent, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <h1>Mon compte</h1>
      @if (session.user(); as user) {
        <p>
          <span class="fr-text--bold">{{ user.fullName }}</span>{{ user.title ? ', ' + user.title : ''
          }}<br />
          {{ user.organization.name }}<br />
          Adresse électronique (identifiant) : {{ user.email }}<br />
          Rôles : {{ roles() }}
        </p>
      }
      <div class="fr-grid-row fr-grid-row--gutters">
        <section class="fr-col-12 fr-col-lg-6" aria-labelledby="account-password-title">
          <h2 class="fr-h4" id="account-password-title">Mot de passe</h2>
          <cnt-change-password />
        </section>
        <section class="fr-col-12 fr-col-lg-6" aria-labelledby="account-second-factor-title">
          <h2 class="fr-h4" id="account-second-factor-title">Double authentification</h2>
          <cnt-problem-alert [problem]="status.problem()" />
          @if (status.value(); as status) {
            @if (status.enabled) {
              <p class="fr-badge fr-badge--success" data-testid="second-factor-enabled">Activée</p>
              <p>
                Chaque connexion vous demande le code de votre application d’authentification. Codes de
                secours restants : {{ status.recoveryCodesLeft }}.
              </p>
            } @else {
              <p>
                En plus du mot de passe, un code à 6 chiffres calculé par une application de votre téléphone.
                {{ status.required ? 'Votre rôle l’exige.' : 'Recommandée.' }}
              </p>
              <cnt-totp-enrolment (done)="enrolled()" />
            }
          }
        </section>
      </div>
    </div>
  `,
})
export class AccountPage {
  protected readonly session = inject(Session);
  private readonly statusQuery = inject(MySecondFactorGQL);
  /** Bumped once the recovery codes were acknowledged: the status is read again. */
  private readonly version = signal(0);

  protected readonly roles = computed(() =>
    (this.session.user()?.roles ?? []).map((role) => roleLabel(role)).join(', '),
  );
  protected readonly status = liveQuery(
    () => this.version(),
    () =>
      this.statusQuery
        .fetch({ fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.mySecondFactor ?? null)),
  );

  protected enrolled(): void {
    this.version.update((v) => v + 1);
  }
}
