import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { sensitivityLabel, statusBadgeClass, statusLabel, tlpLabel } from './case-labels';

/**
 * The sensitivity as a DSFR badge in the colours of the Traffic Light Protocol (FIRST, TLP 2.0):
 * coloured text on black, so that a printed or projected page still says who may read it.
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
    </p>
  `,
  styles: `
    .cnt-tlp {
      background-color: #000;
      font-weight: 700;
      letter-spacing: 0.02em;
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
  protected readonly label = computed(() => tlpLabel(this.sensitivity()));
  protected readonly title = computed(() => sensitivityLabel(this.sensitivity()));
}

/** The SARA status as a DSFR system badge. */
@Component({
  selector: 'cnt-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="fr-badge" [class.fr-badge--sm]="small()" [class]="badgeClass()" data-testid="status">
      {{ label() }}
    </p>
  `,
})
export class StatusBadgeComponent {
  readonly status = input.required<string>();
  readonly small = input(false);
  protected readonly label = computed(() => statusLabel(this.status()));
  protected readonly badgeClass = computed(() => statusBadgeClass(this.status()));
}
