import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * « S’identifier avec ProConnect »: a navigation to the server's route, which leaves for the
 * provider (not a router link: the browser must go to another site and come back). The wording and
 * the « Qu’est-ce que ProConnect ? » link follow ProConnect's integration guide.
 */
@Component({
  selector: 'cnt-proconnect-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-mb-4w" data-testid="proconnect">
      <h2 class="fr-h5">Agent de l’État ou d’une collectivité</h2>
      <p class="fr-mb-2w">
        <a class="fr-btn fr-icon-arrow-right-line fr-btn--icon-right" [href]="href()"
          >S’identifier avec ProConnect</a
        >
      </p>
      <p class="fr-text--sm fr-mb-0">
        <a
          class="fr-link fr-link--sm"
          href="https://www.proconnect.gouv.fr/"
          target="_blank"
          rel="noopener"
          title="Qu’est-ce que ProConnect ? - nouvelle fenêtre"
          >Qu’est-ce que ProConnect ?</a
        >
      </p>
    </div>
    <p class="fr-hr-or">ou</p>
  `,
})
export class ProConnectButtonComponent {
  /** Where to go once signed in (a path of this site). */
  readonly returnUrl = input('/');
  protected readonly href = computed(
    () => `/auth/proconnect/connexion?retour=${encodeURIComponent(this.returnUrl())}`,
  );
}
