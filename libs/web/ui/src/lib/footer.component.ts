import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'cnt-footer',
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
      </div>
    </footer>
  `,
})
export class FooterComponent {}
