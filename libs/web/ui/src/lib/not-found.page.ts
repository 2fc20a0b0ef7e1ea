import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'cnt-not-found-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-8w">
      <h1>Page introuvable</h1>
      <p class="fr-text--lead">La page que vous cherchez n’existe pas ou a été déplacée.</p>
      <p>
        <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/">Retour à l’accueil</a>
      </p>
    </div>
  `,
})
export class NotFoundPage {}
