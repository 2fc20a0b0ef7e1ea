import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthFrameComponent } from '../auth-frame.component';
import { accessRequestText } from './proconnect-messages';

/**
 * Where an agent ProConnect identified, and Continuum does not know, lands: no account and no
 * session, only what became of their access request (`?etat=…&organisation=…`, set by the server).
 */
@Component({
  selector: 'cnt-access-request-page',
  imports: [AuthFrameComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cnt-auth-frame>
      <h1>{{ content().title }}</h1>
      <div class="fr-alert fr-alert--{{ content().kind }} fr-mb-3w" data-testid="access-request-state">
        <p>{{ content().text }}</p>
      </div>
      <p class="fr-mb-0">
        <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/connexion"
          >Retour à la connexion</a
        >
      </p>
    </cnt-auth-frame>
  `,
})
export class AccessRequestPage {
  /** Query parameters, bound by the router. */
  readonly etat = input<string>();
  readonly organisation = input<string>();
  protected readonly content = computed(() => accessRequestText(this.etat(), this.organisation()));
}
