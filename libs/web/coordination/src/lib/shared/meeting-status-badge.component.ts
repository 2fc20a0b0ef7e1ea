import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { meetingStatusBadge, meetingStatusLabel } from './coordination-labels';

/** Where a meeting stands: en préparation, convoquée, tenue, compte rendu approuvé. */
@Component({
  selector: 'cnt-meeting-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="fr-badge" [class.fr-badge--sm]="small()" [class]="badgeClass()" data-testid="meeting-status">
      {{ label() }}
    </p>
  `,
})
export class MeetingStatusBadgeComponent {
  readonly status = input.required<string>();
  readonly small = input(false);
  protected readonly label = computed(() => meetingStatusLabel(this.status()));
  protected readonly badgeClass = computed(() => meetingStatusBadge(this.status()));
}
