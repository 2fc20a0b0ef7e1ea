import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  type DeliveryRowFragment,
  describeProblem,
  FailedDeliveriesGQL,
  liveQuery,
  ReplayDeliveryGQL,
  StuckDeliveriesGQL,
} from '@continuum/web/data-access';
import { DialogComponent, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map } from 'rxjs';
import { DeliveryListComponent } from './delivery-list.component';
import { DEFAULT_STUCK_MINUTES, replayDone, replayQuestion, STUCK_THRESHOLDS } from './delivery-text';

interface Outcome {
  ok: boolean;
  message: string;
}

/**
 * « Envois en échec ou en attente », for the technical administration: the mails and webhook
 * deliveries that failed for good (replayed from here, after a confirmation), and those still
 * pending long after they were written. Nothing of a case's content: the server masks it.
 */
@Component({
  selector: 'cnt-deliveries-page',
  imports: [DeliveryListComponent, DialogComponent, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Envois en échec ou en attente</h1>
    <p>
      Les courriels et les envois aux webhooks des partenaires qui n’ont pas abouti. Un envoi renvoyé repart
      avec une nouvelle série d’essais.
    </p>

    @if (outcome(); as outcome) {
      <div
        id="deliveries-outcome"
        tabindex="-1"
        class="fr-alert fr-alert--sm fr-mb-3w"
        [class.fr-alert--success]="outcome.ok"
        [class.fr-alert--error]="!outcome.ok"
        [attr.role]="outcome.ok ? 'status' : 'alert'"
        data-testid="outcome"
      >
        <p>{{ outcome.message }}</p>
      </div>
    }

    <section class="fr-mb-6w" aria-labelledby="failed-title">
      <h2 id="failed-title">En échec définitif{{ failedCount() }}</h2>
      <cnt-problem-alert [problem]="failed.problem()" />
      @if (failed.value(); as list) {
        @if (list.length) {
          <cnt-delivery-list
            mode="failed"
            testId="failed-deliveries"
            [deliveries]="list"
            [busy]="busy()"
            (replay)="ask($event)"
          />
        } @else {
          <p class="cnt-empty" data-testid="failed-empty">
            Aucun envoi en échec : tout ce qui devait partir est parti ou en cours d’envoi.
          </p>
        }
      } @else if (!failed.problem()) {
        <p>Chargement…</p>
      }
    </section>

    <section aria-labelledby="stuck-title">
      <h2 id="stuck-title">En attente{{ stuckCount() }}</h2>
      <p>
        Encore en attente longtemps après leur écriture : un destinataire qui refuse pour l’instant, ou un
        envoi que la file a perdu et que la reprise automatique doit relancer.
      </p>
      <div class="fr-select-group cnt-threshold">
        <label class="fr-label" for="stuck-threshold">En attente depuis plus de</label>
        <select class="fr-select" id="stuck-threshold" (change)="threshold.set(+$any($event.target).value)">
          @for (choice of thresholds; track choice.minutes) {
            <option [value]="choice.minutes" [selected]="choice.minutes === threshold()">
              {{ choice.label }}
            </option>
          }
        </select>
      </div>
      <cnt-problem-alert [problem]="stuck.problem()" />
      @if (stuck.value(); as list) {
        @if (list.length) {
          <cnt-delivery-list class="cnt-stuck" mode="stuck" testId="stuck-deliveries" [deliveries]="list" />
        } @else {
          <p class="cnt-empty" data-testid="stuck-empty">
            Aucun envoi en attente depuis plus de {{ thresholdLabel() }}.
          </p>
        }
      } @else if (!stuck.problem()) {
        <p>Chargement…</p>
      }
    </section>

    <cnt-dialog [heading]="dialogTitle()" [open]="asking() !== null" (closed)="asking.set(null)">
      @if (asking(); as delivery) {
        <p>{{ question(delivery) }}</p>
      }
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
        <li>
          <button class="fr-btn fr-btn--secondary" type="button" (click)="asking.set(null)">Annuler</button>
        </li>
        <li>
          <button class="fr-btn" type="button" [disabled]="busy()" (click)="confirm()">Renvoyer</button>
        </li>
      </ul>
    </cnt-dialog>
  `,
  styles: `
    .cnt-threshold {
      max-width: 20rem;
    }
    .cnt-empty {
      color: var(--text-mention-grey);
    }
  `,
})
export class DeliveriesPage {
  private readonly failedQuery = inject(FailedDeliveriesGQL);
  private readonly stuckQuery = inject(StuckDeliveriesGQL);
  private readonly replayMutation = inject(ReplayDeliveryGQL);

  protected readonly thresholds = STUCK_THRESHOLDS;
  protected readonly threshold = signal(DEFAULT_STUCK_MINUTES);
  protected readonly asking = signal<DeliveryRowFragment | null>(null);
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);

  protected readonly failed = liveQuery(
    () => null,
    () =>
      this.failedQuery
        .fetch({ variables: { first: 50 }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.failedDeliveries ?? [])),
  );
  protected readonly stuck = liveQuery(
    () => this.threshold(),
    (olderThanMinutes) =>
      this.stuckQuery
        .fetch({ variables: { first: 50, olderThanMinutes }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.stuckDeliveries ?? [])),
  );

  protected readonly failedCount = computed(() => count(this.failed.value()));
  protected readonly stuckCount = computed(() => count(this.stuck.value()));
  protected readonly thresholdLabel = computed(
    () => STUCK_THRESHOLDS.find((choice) => choice.minutes === this.threshold())?.label ?? '',
  );
  protected readonly dialogTitle = computed(() =>
    this.asking()?.kind === 'WEBHOOK' ? 'Relancer cet envoi au webhook ?' : 'Renvoyer ce courriel ?',
  );
  protected readonly question = replayQuestion;

  protected ask(delivery: DeliveryRowFragment): void {
    this.asking.set(delivery);
  }

  protected async confirm(): Promise<void> {
    const delivery = this.asking();
    if (!delivery) return;
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.replayMutation.mutate({ variables: { id: delivery.id, kind: delivery.kind } }),
      );
      this.outcome.set({ ok: true, message: replayDone(delivery) });
    } catch (error) {
      this.outcome.set({ ok: false, message: describeProblem(error).message });
    } finally {
      this.busy.set(false);
      this.asking.set(null);
      this.failed.reload();
      this.stuck.reload();
    }
    // After the dialog gave the focus back to the button: the result is read out where it shows.
    setTimeout(() => document.getElementById('deliveries-outcome')?.focus());
  }
}

/** « (3) » after a list's title once it is loaded. */
function count(list: readonly unknown[] | undefined): string {
  return list ? ` (${list.length})` : '';
}
