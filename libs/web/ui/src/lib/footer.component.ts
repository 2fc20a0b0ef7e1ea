import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'cnt-footer',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="fr-footer" role="contentinfo" id="footer">
      <div class="fr-container">
        <div class="fr-footer__body">
          <div class="fr-footer__brand">
            <p class="fr-logo">République<br />Française</p>
          </div>
          <div class="fr-footer__content">
            <p class="fr-footer__content-desc">
              Continuum est la plateforme de coordination du continuum de sécurité du département : annuaire
              des partenaires, territoire, problèmes partagés, instances et plan d’action départemental
              (PADRSQ).
            </p>
          </div>
        </div>
        <!-- The links a public service's footer must carry (DSFR): accessibility as measured, personal data, cookies. -->
        <div class="fr-footer__bottom">
          <ul class="fr-footer__bottom-list">
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" routerLink="/accessibilite">Accessibilité : non conforme</a>
            </li>
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" routerLink="/donnees-personnelles">Données personnelles</a>
            </li>
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" routerLink="/donnees-personnelles" fragment="cookies"
                >Gestion des cookies</a
              >
            </li>
          </ul>
          <div class="fr-footer__bottom-copy">
            <p>
              Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce
              site sont proposés sous licence ouverte Etalab 2.0.
            </p>
          </div>
        </div>
      </div>
    </footer>
  `,
})
export class FooterComponent {}
