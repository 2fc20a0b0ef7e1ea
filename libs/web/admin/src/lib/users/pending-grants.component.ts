import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import {
  ApproveRoleGrantGQL,
  describeProblem,
  liveQuery,
  Problem,
  RejectRoleGrantGQL,
  RoleGrantsGQL,
} from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent, roleLabel } from '@continuum/web/ui';
import { firstValueFrom, map } from 'rxjs';

/**
 * High roles (coordination, administration) waiting for a second administrator: the one who asked
 * and the person it is for see it wait; another administrator approves or refuses.
 */
@Component({
  selector: 'cnt-pending-grants',
  imports: [ProblemAlertComponent, FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (grants.value()?.length || decided()) {
      <section class="fr-mb-4w" aria-labelledby="pending-grants-title" data-testid="pending-grants">
        <h2 class="fr-h5" id="pending-grants-title">Attributions de rôle en attente d’approbation</h2>
        @if (!grants.value()?.length) {
          <p>Aucune attribution en attente.</p>
        }
        <cnt-problem-alert [problem]="problem()" />
        @if (decided(); as message) {
          <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-2w" role="status">
            <p>{{ message }}</p>
          </div>
        }
        <ul class="fr-raw-list">
          @for (grant of grants.value(); track grant.id) {
            <li class="fr-mb-2w cnt-grant" data-testid="pending-grant">
              <p class="fr-mb-1w">
                <span class="fr-text--bold">{{ label(grant.role) }}</span> pour {{ grant.userFullName }} ({{
                  grant.userEmail
                }}) — demandé par {{ grant.requestedByFullName }} le
                {{ grant.requestedAt | frDate }}
              </p>
              @if (grant.canDecide) {
                <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                  <li>
                    <button
                      class="fr-btn fr-btn--sm"
                      type="button"
                      [disabled]="busy()"
                      [attr.aria-label]="'Approuver : ' + label(grant.role) + ' pour ' + grant.userFullName"
                      (click)="approve(grant.id, grant.userFullName, grant.role)"
                    >
                      Approuver
                    </button>
                  </li>
                  <li>
                    <button
                      class="fr-btn fr-btn--sm fr-btn--secondary"
                      type="button"
                      [disabled]="busy()"
                      [attr.aria-label]="'Refuser : ' + label(grant.role) + ' pour ' + grant.userFullName"
                      (click)="reject(grant.id, grant.userFullName, grant.role)"
                    >
                      Refuser
                    </button>
                  </li>
                </ul>
              } @else {
                <p class="fr-text--sm fr-mb-0">
                  En attente d’un autre administrateur : ni le demandeur ni la personne concernée ne peuvent
                  l’approuver.
                </p>
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .cnt-grant {
      border-left: 4px solid var(--border-plain-warning);
      padding-left: 1rem;
    }
  `,
})
export class PendingGrantsComponent {
  private readonly query = inject(RoleGrantsGQL);
  private readonly approveMutation = inject(ApproveRoleGrantGQL);
  private readonly rejectMutation = inject(RejectRoleGrantGQL);

  /** Only this account's grants; all of them when absent. */
  readonly userId = input<string | null>(null);
  /** A grant was decided: the page may reload the account. */
  readonly changed = output<void>();

  private readonly version = signal(0);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly decided = signal<string | null>(null);

  protected readonly grants = liveQuery(
    () => ({ userId: this.userId(), version: this.version() }),
    ({ userId }) =>
      this.query
        .fetch({ variables: { userId }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.roleGrants ?? [])),
  );

  protected label(role: string): string {
    return roleLabel(role);
  }

  protected approve(id: string, name: string, role: string): Promise<void> {
    return this.decide(
      () => firstValueFrom(this.approveMutation.mutate({ variables: { id } })),
      `Rôle « ${roleLabel(role)} » attribué à ${name}.`,
    );
  }

  protected reject(id: string, name: string, role: string): Promise<void> {
    return this.decide(
      () => firstValueFrom(this.rejectMutation.mutate({ variables: { id, reason: null } })),
      `Rôle « ${roleLabel(role)} » refusé pour ${name}.`,
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
