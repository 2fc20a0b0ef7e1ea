import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import {
  AccessRequestsGQL,
  ApproveAccessRequestGQL,
  describeProblem,
  liveQuery,
  Problem,
  RefuseAccessRequestGQL,
} from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map } from 'rxjs';

/**
 * Agents identified by ProConnect whom Continuum does not know yet, asking to join the manager's
 * organisation: approving creates their account (role agent, signed in with ProConnect only),
 * refusing leaves them out. Shown to the organisation's managers only (the server's list is empty
 * for anyone else).
 */
@Component({
  selector: 'cnt-access-requests',
  imports: [ProblemAlertComponent, FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (requests.value()?.length || decided()) {
      <section class="fr-mb-4w" aria-labelledby="access-requests-title" data-testid="access-requests">
        <h2 class="fr-h5" id="access-requests-title">Demandes d’accès par ProConnect</h2>
        <cnt-problem-alert [problem]="problem()" />
        @if (decided(); as message) {
          <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-2w" role="status">
            <p>{{ message }}</p>
          </div>
        }
        @if (!requests.value()?.length) {
          <p>Aucune demande en attente.</p>
        }
        <ul class="fr-raw-list">
          @for (request of requests.value(); track request.id) {
            <li class="fr-mb-2w cnt-request" data-testid="access-request">
              <p class="fr-mb-1w">
                <span class="fr-text--bold">{{ request.givenName }} {{ request.usualName }}</span>
                ({{ request.email }}) demande à rejoindre {{ request.organizationName }}
                @if (request.siret) {
                  — SIRET {{ request.siret }}
                }
                — le {{ request.requestedAt | frDate }}
              </p>
              <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                <li>
                  <button
                    class="fr-btn fr-btn--sm"
                    type="button"
                    [disabled]="busy()"
                    [attr.aria-label]="
                      'Approuver la demande de ' + request.givenName + ' ' + request.usualName
                    "
                    (click)="approve(request.id, request.givenName + ' ' + request.usualName)"
                  >
                    Approuver
                  </button>
                </li>
                <li>
                  <button
                    class="fr-btn fr-btn--sm fr-btn--secondary"
                    type="button"
                    [disabled]="busy()"
                    [attr.aria-label]="'Refuser la demande de ' + request.givenName + ' ' + request.usualName"
                    (click)="refuse(request.id, request.givenName + ' ' + request.usualName)"
                  >
                    Refuser
                  </button>
                </li>
              </ul>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .cnt-request {
      border-left: 4px solid var(--border-plain-info);
      padding-left: 1rem;
    }
  `,
})
export class AccessRequestsComponent {
  private readonly query = inject(AccessRequestsGQL);
  private readonly approveMutation = inject(ApproveAccessRequestGQL);
  private readonly refuseMutation = inject(RefuseAccessRequestGQL);

  /** A request was approved: the page's list of accounts has one more. */
  readonly changed = output<void>();

  private readonly version = signal(0);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly decided = signal<string | null>(null);

  protected readonly requests = liveQuery(
    () => this.version(),
    () => this.query.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.accessRequests ?? [])),
  );

  protected approve(id: string, name: string): Promise<void> {
    return this.decide(
      () => firstValueFrom(this.approveMutation.mutate({ variables: { id } })),
      `Demande approuvée : le compte de ${name} est créé (rôle agent) ; il se connecte avec ProConnect.`,
    );
  }

  protected refuse(id: string, name: string): Promise<void> {
    return this.decide(
      () => firstValueFrom(this.refuseMutation.mutate({ variables: { id, reason: null } })),
      `Demande de ${name} refusée.`,
    );
  }

  private async decide(action: () => Promise<unknown>, message: string): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.decided.set(null);
    try {
      await action();
      this.decided.set(message);
      this.changed.emit();
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
      this.version.update((v) => v + 1);
    }
  }
}
