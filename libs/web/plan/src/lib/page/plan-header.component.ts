import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FrDatePipe } from '@continuum/web/ui';
import { statusBadgeClass } from '../shared/plan-format';
import type { PlanVersion } from '../shared/plan-types';

/** Which version of the plan this is: its title, number, step and who moved it there, when. */
@Component({
  selector: 'cnt-plan-header',
  imports: [FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="plan-title" data-testid="plan-header">
      <p class="fr-mb-1w">
        <span class="fr-badge fr-badge--no-icon fr-mr-1w" [class]="badge()" data-testid="plan-status">{{
          plan().statusLabel
        }}</span>
        <span class="cnt-muted">Version {{ plan().version }}</span>
      </p>
      <h2 class="fr-h3 fr-mb-1w" id="plan-title">{{ plan().title }}</h2>
      <ul class="cnt-facts fr-text--sm fr-mb-2w">
        @if (plan().adoptedAt) {
          <li data-testid="plan-adopted">
            Adopté le {{ plan().adoptedAt | frDate: 'date'
            }}{{ plan().adoptedByLabel ? ' par ' + plan().adoptedByLabel : '' }}
            — figé : toute évolution passe par une révision.
          </li>
        } @else if (plan().submittedAt && plan().status === 'SUBMITTED') {
          <li>
            Soumis à l’adoption le {{ plan().submittedAt | frDate: 'date'
            }}{{ plan().submittedByLabel ? ' par ' + plan().submittedByLabel : '' }}.
          </li>
        } @else {
          <li>Projet en cours de rédaction, enregistré le {{ plan().updatedAt | frDate }}.</li>
        }
        @if (plan().revisionNote) {
          <li>Révision : {{ plan().revisionNote }}</li>
        }
      </ul>
    </section>
  `,
  styles: `
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-facts {
      list-style: none;
      padding-left: 0;
    }
  `,
})
export class PlanHeaderComponent {
  readonly plan = input.required<PlanVersion>();

  protected badge(): string {
    return statusBadgeClass(this.plan().status);
  }
}
