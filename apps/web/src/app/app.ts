import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { Session } from '@continuum/web/data-access';
import {
  AlertNoticeComponent,
  DemoNoticeComponent,
  FooterComponent,
  HeaderComponent,
} from '@continuum/web/ui';

@Component({
  selector: 'cnt-root',
  imports: [RouterOutlet, DemoNoticeComponent, HeaderComponent, FooterComponent, AlertNoticeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-skiplinks">
      <nav class="fr-container" role="navigation" aria-label="Accès rapide">
        <ul class="fr-skiplinks__list">
          <li><a class="fr-link" href="#contenu">Contenu</a></li>
          <li><a class="fr-link" href="#footer">Pied de page</a></li>
        </ul>
      </nav>
    </div>
    @if (session.demoMode()) {
      <cnt-demo-notice />
    }
    <cnt-header />
    <main id="contenu" role="main" tabindex="-1">
      @if (session.unreachable()) {
        <div class="fr-container fr-mt-4w">
          <div class="fr-alert fr-alert--error" role="alert">
            <h3 class="fr-alert__title">Le serveur ne répond pas</h3>
            <p>Continuum n’a pas pu joindre son serveur. Vérifiez votre connexion puis rechargez la page.</p>
          </div>
        </div>
      }
      <router-outlet />
    </main>
    <cnt-footer />
    @if (session.user()) {
      <cnt-alert-notice />
    }
  `,
})
export class App {
  protected readonly session = inject(Session);
}
