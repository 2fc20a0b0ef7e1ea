import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';

/**
 * A DSFR password input (« Afficher » toggled by the DSFR script) with its hint and its message:
 * the client's check or the server's, in French.
 */
@Component({
  selector: 'cnt-password-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-password" [id]="inputId() + '-group'">
      <label class="fr-label" [for]="inputId()">
        {{ label() }}
        @if (hint()) {
          <span class="fr-hint-text">{{ hint() }}</span>
        }
      </label>
      <div class="fr-input-wrap">
        <input
          class="fr-password__input fr-input"
          [class.fr-input--error]="error()"
          [id]="inputId()"
          type="password"
          [attr.autocomplete]="autocomplete()"
          autocapitalize="off"
          autocorrect="off"
          [attr.aria-describedby]="inputId() + '-messages'"
          [attr.aria-invalid]="error() ? true : null"
          [value]="value()"
          (input)="value.set($any($event.target).value)"
        />
      </div>
      <div class="fr-messages-group" [id]="inputId() + '-messages'" aria-live="polite">
        @if (error(); as message) {
          <p class="fr-message fr-message--error" [attr.data-testid]="'error-' + inputId()">{{ message }}</p>
        }
      </div>
      <div class="fr-password__checkbox fr-checkbox-group fr-checkbox-group--sm">
        <input [attr.aria-label]="'Afficher : ' + label()" [id]="inputId() + '-show'" type="checkbox" />
        <label class="fr-password__checkbox fr-label" [for]="inputId() + '-show'">Afficher</label>
      </div>
    </div>
  `,
})
export class PasswordFieldComponent {
  /** The input's id (not `id`: that would also land on this element). */
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string>('');
  readonly autocomplete = input<'current-password' | 'new-password'>('new-password');
  readonly error = input<string | null | undefined>(null);
  readonly value = model('');
}

/** What the server asks of a new password, said before the person types it. */
export const NEW_PASSWORD_HINT =
  '12 caractères au moins, difficile à deviner : une phrase de plusieurs mots sans lien entre eux convient bien.';

/** Client-side checks of a new password and its confirmation; the server checks the rest. */
export function newPasswordErrors(
  password: string,
  confirmation: string,
): { password?: string; confirmation?: string } {
  const errors: { password?: string; confirmation?: string } = {};
  if (password === '') errors.password = 'Saisissez le nouveau mot de passe.';
  else if ([...password].length < 12)
    errors.password = 'Le mot de passe doit compter au moins 12 caractères.';
  if (confirmation !== password) errors.confirmation = 'Les deux saisies ne sont pas identiques.';
  return errors;
}
