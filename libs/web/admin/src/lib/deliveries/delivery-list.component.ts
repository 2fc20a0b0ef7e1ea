import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { DeliveryRowFragment } from '@continuum/web/data-access';
import { attemptsOf, errorOf, kindLabel, nextAttemptOf, parisDateTime, recipientOf } from './delivery-text';

/**
 * Deliveries as cards, one per line at every width (a phone included): who, what went wrong, how
 * many attempts, when — and, for the failed ones, the « Renvoyer » button.
 */
@Component({
  selector: 'cnt-delivery-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="cnt-deliveries" [attr.data-testid]="testId()">
      @for (delivery of deliveries(); track delivery.kind + delivery.id) {
        <li class="cnt-delivery" data-testid="delivery">
          <div class="cnt-delivery__main">
            <p class="fr-badge fr-badge--sm fr-mb-1v" [class.fr-badge--info]="delivery.kind === 'WEBHOOK'">
              {{ kind(delivery) }}
            </p>
            <h3 class="fr-h6 fr-mb-1w cnt-delivery__recipient">{{ recipient(delivery) }}</h3>
            <dl class="cnt-delivery__facts">
              @if (delivery.kind === 'MAIL' && delivery.subject) {
                <div>
                  <dt>Objet</dt>
                  <dd>{{ delivery.subject }}</dd>
                </div>
              }
              <div>
                <dt>Erreur</dt>
                <dd class="cnt-delivery__error">{{ error(delivery) }}</dd>
              </div>
              <div>
                <dt>Essais</dt>
                <dd>{{ attempts(delivery) }}</dd>
              </div>
              <div>
                <dt>{{ mode() === 'stuck' ? 'En attente depuis le' : 'Écrit le' }}</dt>
                <dd>
                  <time [attr.datetime]="delivery.createdAt">{{ when(delivery.createdAt) }}</time>
                </dd>
              </div>
              @if (mode() === 'stuck') {
                <div>
                  <dt>Suite</dt>
                  <dd data-testid="next-attempt">{{ next(delivery.nextAttemptAt) }}</dd>
                </div>
              }
            </dl>
          </div>
          @if (mode() === 'failed') {
            <div class="cnt-delivery__actions">
              <button
                type="button"
                class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-refresh-line fr-btn--icon-left"
                [disabled]="busy()"
                (click)="replay.emit(delivery)"
              >
                Renvoyer<span class="fr-sr-only">&nbsp;: {{ recipient(delivery) }}</span>
              </button>
            </div>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .cnt-deliveries {
      list-style: none;
      padding: 0;
      margin: 0 0 2rem;
    }
    .cnt-delivery {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      justify-content: space-between;
      align-items: flex-start;
      padding: 1rem 1.25rem;
      margin-bottom: 1rem;
      border: 1px solid var(--border-default-grey);
      border-left: 4px solid var(--border-plain-error);
    }
    :host(.cnt-stuck) .cnt-delivery {
      border-left-color: var(--border-plain-warning);
    }
    .cnt-delivery__main {
      flex: 1 1 28rem;
      min-width: 0;
    }
    .cnt-delivery__recipient,
    .cnt-delivery__error {
      overflow-wrap: anywhere;
    }
    .cnt-delivery__facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0.5rem 1.5rem;
      margin: 0;
      padding: 0;
      font-size: 0.875rem;
    }
    .cnt-delivery__facts dt {
      font-weight: 700;
    }
    .cnt-delivery__facts dd {
      margin: 0;
      padding: 0;
    }
    .cnt-delivery__actions {
      flex: 0 0 auto;
    }
  `,
})
export class DeliveryListComponent {
  readonly deliveries = input.required<readonly DeliveryRowFragment[]>();
  readonly mode = input.required<'failed' | 'stuck'>();
  readonly testId = input.required<string>();
  readonly busy = input(false);
  readonly replay = output<DeliveryRowFragment>();

  protected readonly kind = kindLabel;
  protected readonly recipient = recipientOf;
  protected readonly error = errorOf;
  protected readonly attempts = attemptsOf;
  protected readonly when = parisDateTime;

  protected next(nextAttemptAt: string | null): string {
    return nextAttemptOf(nextAttemptAt);
  }
}
