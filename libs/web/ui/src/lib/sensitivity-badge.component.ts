import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Sensitivity, SENSITIVITY_LABELS, SENSITIVITY_MEANINGS, tlpCode } from '@continuum/domain';

/**
 * The sensitivity as a DSFR badge in the colours of the Traffic Light Protocol (FIRST, TLP 2.0):
 * coloured text on black, so that a printed or projected page still says who may read it. Shared
 * by the cases and the meetings (an agenda shows the level of each case it carries). The code of the
 * standard stays as partners know it, its French meaning beside it (« TLP:AMBER — organisations
 * impliquées »): a title attribute alone is read by no one on a phone.
 */
@Component({
  selector: 'cnt-sensitivity-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p
      class="fr-badge fr-badge--no-icon cnt-tlp"
      [class.fr-badge--sm]="small()"
      [class]="'cnt-tlp--' + sensitivity().toLowerCase()"
      [attr.title]="title()"
      data-testid="sensitivity"
    >
      {{ label() }}
      @if (meaning(); as meaning) {
        <span class="cnt-tlp__meaning">— {{ meaning }}</span>
      }
    </p>
  `,
  styles: `
    .cnt-tlp {
      background-color: #000;
      font-weight: 700;
      letter-spacing: 0.02em;
    }
    .cnt-tlp__meaning {
      margin-left: 0.25rem;
      font-weight: 400;
      text-transform: none;
    }
    .cnt-tlp--clear {
      color: #fff;
    }
    .cnt-tlp--green {
      color: #33ff00;
    }
    .cnt-tlp--amber,
    .cnt-tlp--amber_strict {
      color: #ffc000;
    }
    .cnt-tlp--red {
      color: #ff2b2b;
    }
  `,
})
export class SensitivityBadgeComponent {
  readonly sensitivity = input.required<string>();
  readonly small = input(false);
  /** « TLP:AMBER+STRICT ». */
  protected readonly label = computed(() => tlpCode(this.sensitivity()));
  /** « organisations impliquées ». */
  protected readonly meaning = computed(
    () => SENSITIVITY_MEANINGS[this.sensitivity() as Sensitivity] ?? null,
  );
  protected readonly title = computed(
    () => SENSITIVITY_LABELS[this.sensitivity() as Sensitivity] ?? this.label(),
  );
}
