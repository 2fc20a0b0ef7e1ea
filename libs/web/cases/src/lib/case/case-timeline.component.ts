import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { FrDatePipe } from '@continuum/web/ui';
import { CaseDetail } from './case-section';

const SHOWN = 12;

/** Everything that happened to the case, the latest first (the server writes the French summaries). */
@Component({
  selector: 'cnt-case-timeline',
  imports: [FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-5w" aria-labelledby="timeline-title" data-testid="case-timeline">
      <h2 id="timeline-title" class="fr-h4">Historique</h2>
      <ol class="cnt-timeline">
        @for (event of shown(); track event.id) {
          <li>
            <p class="fr-text--xs fr-mb-0 cnt-muted">{{ event.occurredAt | frDate: 'short' }}</p>
            <p class="fr-text--sm fr-mb-0">{{ event.summary }}</p>
            @if (event.actorLabel) {
              <p class="fr-text--xs fr-mb-0 cnt-muted">{{ event.actorLabel }}</p>
            }
          </li>
        }
      </ol>
      @if (events().length > shown().length) {
        <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" (click)="all.set(true)">
          Voir tout l’historique ({{ events().length }} événements)
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
  readonly case = input.required<CaseDetail>();
  protected readonly all = signal(false);
  protected readonly events = computed(() => [...this.case().timeline].reverse());
  protected readonly shown = computed(() => (this.all() ? this.events() : this.events().slice(0, SHOWN)));
}
