import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * One field of the objective form in its DSFR group: the label (and hint) for the projected control
 * `<p>-<name>`, and the messages under it (`<p>-<name>-messages`, which the control describes itself by).
 */
@Component({
  selector: 'cnt-objective-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      [class.fr-input-group]="!select()"
      [class.fr-input-group--error]="!select() && !!error()"
      [class.fr-select-group]="select()"
      [class.fr-select-group--error]="select() && !!error()"
    >
      <label class="fr-label" [for]="p() + '-' + name()">
        {{ label() }}
        @if (hint()) {
          <span class="fr-hint-text">{{ hint() }}</span>
        }
      </label>
      <ng-content />
      <div class="fr-messages-group" [id]="p() + '-' + name() + '-messages'" aria-live="polite">
        @if (error(); as message) {
          <p class="fr-message fr-message--error">{{ message }}</p>
        }
      </div>
    </div>
  `,
})
export class ObjectiveFieldComponent {
  /** The form's id prefix. */
  readonly p = input.required<string>();
  readonly name = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string>('');
  readonly error = input<string | null>(null);
  /** A `<select>`: DSFR styles its group apart. */
  readonly select = input(false);
}
