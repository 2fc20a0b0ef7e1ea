import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A secondary form folded behind a DSFR-looking button (native `<details>`: keyboard and screen
 * readers know it), so that a case page shows its content first and its forms on demand.
 */
@Component({
  selector: 'cnt-disclosure',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="cnt-disclosure">
      <summary class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-add-line fr-btn--icon-left">
        {{ label() }}
      </summary>
      <div class="cnt-disclosure__body fr-mt-1w">
        <ng-content />
      </div>
    </details>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 1.5rem;
    }
    .cnt-disclosure > summary {
      list-style: none;
    }
    .cnt-disclosure > summary::-webkit-details-marker {
      display: none;
    }
    .cnt-disclosure[open] > summary {
      background-color: var(--background-action-low-blue-france);
    }
    /* Chromium's <details> slot breaks DSFR's inherited border-box: set it again for the form. */
    .cnt-disclosure__body {
      box-sizing: border-box;
      padding: 1rem;
      background: var(--background-alt-grey);
    }
  `,
})
export class DisclosureComponent {
  readonly label = input.required<string>();
}
