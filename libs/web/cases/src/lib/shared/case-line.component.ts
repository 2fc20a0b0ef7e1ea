import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CaseListItemFragment } from '@continuum/web/data-access';
import { FrDatePipe } from '@continuum/web/ui';
import { SensitivityBadgeComponent, StatusBadgeComponent } from './case-badges.component';

/** One case in a short list: reference and title (a link to the case), then where and who. */
@Component({
  selector: 'cnt-case-line',
  imports: [RouterLink, FrDatePipe, SensitivityBadgeComponent, StatusBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = case();
    <div class="cnt-line" data-testid="case-line">
      <p class="fr-mb-1v">
        <span class="cnt-line__ref">{{ item.reference }}</span>
        <a class="fr-link cnt-line__title" [routerLink]="['/dossiers', item.id]">{{ item.title }}</a>
      </p>
      <ul class="fr-badges-group fr-mb-1v">
        <li><cnt-status-badge [status]="item.status" [small]="true" /></li>
        <li><cnt-sensitivity-badge [sensitivity]="item.sensitivity" [small]="true" /></li>
      </ul>
      <p class="fr-text--sm fr-mb-0 cnt-line__meta">
        {{ item.categoryLabel }} · {{ item.commune.name }}
        @if (item.zone) {
          ({{ item.zone.name }})
        }
        · porté par {{ item.owner.name }} · mis à jour le {{ item.updatedAt | frDate: 'short' }}
      </p>
      <ng-content />
    </div>
  `,
  styles: `
    .cnt-line {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .cnt-line__ref {
      display: block;
      font-size: 0.75rem;
      color: var(--text-mention-grey);
      font-variant-numeric: tabular-nums;
    }
    .cnt-line__title {
      font-weight: 700;
    }
    .cnt-line__meta {
      color: var(--text-mention-grey);
    }
  `,
})
export class CaseLineComponent {
  readonly case = input.required<CaseListItemFragment>();
}
