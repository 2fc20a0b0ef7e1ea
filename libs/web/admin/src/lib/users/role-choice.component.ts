import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { Role } from '@continuum/web/data-access';
import { roleLabel } from '@continuum/web/ui';

/** Given only once another administrator approves (the server decides; the form says so). */
export const HIGH_ROLES: Role[] = ['COORDINATOR', 'ADMIN', 'DPO'];

const ROLE_HINTS: Record<Role, string> = {
  AGENT: 'Utilise la plateforme pour son organisation.',
  MANAGER: 'Gère en plus les comptes et la fiche de son organisation.',
  COORDINATOR:
    'Cabinet du préfet : pilote le plan, les zones, consulte le journal. Approbation d’un autre administrateur.',
  ADMIN:
    'Administration technique : comptes et organisations de tout le département. Approbation d’un autre administrateur.',
  DPO: 'Délégué à la protection des données : journal, conservation, demandes d’accès ; aucun dossier sinon. Approbation d’un autre administrateur.',
};

/** The roles of an account, with what each gives, and what an invitation and a high role mean. */
@Component({
  selector: 'cnt-role-choice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset
      class="fr-fieldset"
      [class.fr-fieldset--error]="error()"
      id="user-roles"
      aria-labelledby="user-roles-legend user-roles-messages"
      tabindex="-1"
    >
      <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id="user-roles-legend">Rôles *</legend>
      @for (role of options(); track role) {
        <div class="fr-fieldset__element">
          <div class="fr-checkbox-group">
            <input
              type="checkbox"
              [id]="'user-role-' + role"
              [checked]="chosen().includes(role)"
              (change)="toggle.emit({ role, checked: $any($event.target).checked })"
            />
            <label class="fr-label" [for]="'user-role-' + role">
              {{ label(role) }}
              <span class="fr-hint-text">{{ hints[role] }}</span>
            </label>
          </div>
        </div>
      }
      <div class="fr-messages-group" id="user-roles-messages" aria-live="polite">
        @if (error(); as message) {
          <p class="fr-message fr-message--error">{{ message }}</p>
        }
      </div>
    </fieldset>
    @if (highRole()) {
      <p class="fr-text--sm" data-testid="grant-notice">
        Les rôles Coordination et Administration ne sont attribués qu’après l’approbation d’un autre
        administrateur.
      </p>
    }
    @if (inviting()) {
      <div class="fr-callout fr-mb-3w">
        <p class="fr-callout__text fr-text--md">
          La personne reçoit par courriel un lien, valable 7 jours, pour choisir elle-même son mot de passe :
          personne d’autre ne le connaîtra.
        </p>
      </div>
    }
  `,
})
export class RoleChoiceComponent {
  readonly options = input.required<Role[]>();
  readonly chosen = input.required<Role[]>();
  readonly error = input<string | null>(null);
  /** Creating an account: say how the person gets their password. */
  readonly inviting = input(false);
  readonly toggle = output<{ role: Role; checked: boolean }>();

  protected readonly hints = ROLE_HINTS;
  protected readonly highRole = computed(() => this.chosen().some((role) => HIGH_ROLES.includes(role)));

  protected label(role: Role): string {
    return roleLabel(role);
  }
}

/** What the flash says of the high roles asked for that the account does not hold yet. */
export function waitingRoles(roles: readonly Role[], held: readonly Role[]): string {
  const pending = roles.filter((role) => HIGH_ROLES.includes(role) && !held.includes(role));
  if (pending.length === 0) return '';
  const names = pending.map((role) => `Le rôle « ${roleLabel(role)} »`).join(' et ');
  return ` ${names} ${pending.length > 1 ? 'attendent' : 'attend'} l’approbation d’un autre administrateur.`;
}
