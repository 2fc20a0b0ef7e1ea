import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/**
 * `/accessibilite`: the accessibility statement the law asks of a public service (article 47 of the
 * law of 11 February 2005), as measured: automated checks, no RGAA audit yet — hence « non
 * conforme », which is what the RGAA says a service without an audit must state.
 */
@Component({
  selector: 'cnt-accessibility-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <h1>Déclaration d’accessibilité</h1>
      <p class="fr-text--lead">
        La préfecture s’engage à rendre Continuum accessible conformément à l’article 47 de la loi n° 2005-102
        du 11 février 2005. Cette déclaration s’applique à la plateforme Continuum.
      </p>
      <h2>État de conformité</h2>
      <p>
        <strong>Continuum est non conforme</strong> avec le référentiel général d’amélioration de
        l’accessibilité (RGAA) 4.1 : aucun audit de conformité n’a encore été réalisé.
      </p>
      <h2>Ce qui est vérifié</h2>
      <ul>
        <li>
          Les pages des parcours principaux (connexion, dossiers, instances et séances, alertes, diagnostic,
          plan, résultats, dialogue) sont contrôlées automatiquement avec axe-core dans Chromium, sur écran de
          bureau (1 366 px) et de téléphone (375 px), à chaque version : aucune violation grave ou critique.
        </li>
        <li>
          La plateforme suit le Système de design de l’État (DSFR) : contrastes, focus visible, liens
          d’évitement, formulaires étiquetés avec des messages d’erreur liés à leur champ.
        </li>
        <li>Chaque carte et chaque graphique est accompagné du tableau de ses données.</li>
      </ul>
      <h2>Limites connues</h2>
      <ul>
        <li>
          Les cartes (zones, dossiers, cellules du diagnostic) ne se parcourent pas au clavier point par point
          : les mêmes informations sont dans les listes et tableaux de la page.
        </li>
        <li>Les documents PDF produits par la plateforme ne sont pas balisés.</li>
      </ul>
      <h2>Établissement de cette déclaration</h2>
      <p>
        Cette déclaration a été établie le 7 décembre 2026. Technologies utilisées : HTML5, CSS, JavaScript
        (Angular), WAI-ARIA. Environnement de test : Chromium, avec axe-core.
      </p>
      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez la préfecture (voir
        <a routerLink="/donnees-personnelles">Données personnelles</a> pour ses coordonnées) : une alternative
        accessible vous sera proposée.
      </p>
      <h2>Voies de recours</h2>
      <p>
        Si vous avez signalé un défaut d’accessibilité sans obtenir de réponse satisfaisante, vous pouvez
        saisir le Défenseur des droits (defenseurdesdroits.fr), par son formulaire en ligne, par un de ses
        délégués dans votre région, ou par courrier : Défenseur des droits, Libre réponse 71120, 75342 Paris
        CEDEX 07.
      </p>
    </div>
  `,
})
export class AccessibilityPage {}
