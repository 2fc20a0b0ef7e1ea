import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { CaseTimelineMoreGQL } from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { CaseDetail } from './case-section';
import { olderPages } from './older-pages';

/**
 * Everything that happened to the case, the latest first (the server writes the French summaries),
 * by pages: « Voir plus » asks for the older events.
 */
@Component({
  selector: 'cnt-case-timeline',
  imports: [FrDatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-5w" aria-labelledby="timeline-title" data-testid="case-timeline">
      <h2 id="timeline-title" class="fr-h4">Historique</h2>
      <ol class="cnt-timeline">
        @for (event of events(); track event.id) {
          <li>
            <p class="fr-text--xs fr-mb-0 cnt-muted">{{ event.occurredAt | frDate: 'short' }}</p>
            <p class="fr-text--sm fr-mb-0">{{ event.summary }}</p>
            @if (event.actorLabel) {
              <p class="fr-text--xs fr-mb-0 cnt-muted">{{ event.actorLabel }}</p>
            }
          </li>
        }
      </ol>
      <cnt-problem-alert [problem]="pages.problem()" />
      @if (pages.hasMore()) {
        <button
          type="button"
          class="fr-btn fr-btn--sm fr-btn--tertiary"
          data-testid="timeline-more"
          [disabled]="pages.busy()"
          (click)="pages.more()"
        >
          Voir plus d’historique
        </button>
      }
    </section>
  `,
  styles: `
    .cnt-timeline {
      list-style: none;
      padding-left: 0;
      margin: 0;
      border-left: 2px solid var(--border-default-grey);
    }
    .cnt-timeline li {
      list-style: none;
      position: relative;
      padding: 0 0 1rem 1rem;
    }
    .cnt-timeline li::marker {
      content: '';
    }
    .cnt-timeline li::before {
      content: '';
      position: absolute;
      left: -0.4rem;
      top: 0.3rem;
      width: 0.7rem;
      height: 0.7rem;
      border-radius: 50%;
      background: var(--background-active-blue-france);
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class CaseTimelineComponent {
  private readonly moreQuery = inject(CaseTimelineMoreGQL);
  readonly case = input.required<CaseDetail>();

  protected readonly pages = olderPages(
    computed(() => this.case().timelinePage),
    async (after) => {
      const result = await firstValueFrom(
        this.moreQuery.fetch({ variables: { id: this.case().id, after }, fetchPolicy: 'network-only' }),
      );
      return result.data?.case?.timelinePage ?? null;
    },
  );
  protected readonly events = computed(() => [...this.case().timelinePage.nodes, ...this.pages.older()]);
}
