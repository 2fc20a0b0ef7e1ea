import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { statusBadgeClass, statusLabel } from './case-labels';

/** The TLP badge lives in the shared UI: the meetings' agendas show it too. */
export { SensitivityBadgeComponent } from '@continuum/web/ui';

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
