import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import type { SubmitProposalMutation } from '@continuum/web/data-access';
import { privateLink } from '../shared/proposal-labels';

/** The acknowledgement: the reference, and the private link — given once, never sent again. */
@Component({
  selector: 'cnt-proposal-receipt',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-alert fr-alert--success fr-mb-3w" role="status" data-testid="proposal-receipt">
      <h2 class="fr-alert__title">Proposition {{ receipt().reference }} envoyée</h2>
      <p>Merci. Elle sera relue par un modérateur, puis transmise au cabinet du préfet et à votre mairie.</p>
      @if (receipt().hasPersonalData) {
        <p>
          Votre texte semble contenir des données personnelles (nom, téléphone, adresse…) : elles ne seront
          lues que par les modérateurs et masquées pour tous les autres.
        </p>
      }
    </div>
    <div class="fr-input-group">
      <label class="fr-label" for="proposal-link">
        Votre lien privé de suivi
        <span class="fr-hint-text">
          Conservez-le : c’est le seul moyen de lire la réponse sur ce site. Il ne vous sera plus redonné.
        </span>
      </label>
      <input class="fr-input" id="proposal-link" readonly [value]="link()" data-testid="proposal-link" />
    </div>
    <ul class="fr-btns-group fr-btns-group--inline-md">
      <li>
        <button class="fr-btn fr-btn--secondary" type="button" (click)="copy()">Copier le lien</button>
      </li>
      <li>
        <a class="fr-btn fr-btn--tertiary" [href]="link()">Ouvrir la page de suivi</a>
      </li>
    </ul>
    <p class="fr-text--sm" aria-live="polite">{{ copied() ? 'Lien copié.' : '' }}</p>
  `,
})
export class ProposalReceiptComponent {
  readonly receipt = input.required<SubmitProposalMutation['submitProposal']>();
  protected readonly copied = signal(false);
  protected readonly link = computed(() => privateLink(window.location.origin, this.receipt().token));

  protected async copy(): Promise<void> {
    await navigator.clipboard?.writeText(this.link()).catch(() => undefined);
    this.copied.set(true);
  }
}
