import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  describeProblem,
  ManagedUserFragment,
  Problem,
  SetUserDisabledGQL,
} from '@continuum/web/data-access';
import { blankToNull, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { Flash } from '../flash';

/** Disabling an account (its sessions end at once, its history stays), or enabling it again. */
@Component({
  selector: 'cnt-user-disable',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mt-6w fr-p-3w cnt-danger" aria-labelledby="user-disable-title">
      <cnt-problem-alert [problem]="problem()" />
      @if (user().disabled) {
        <h2 class="fr-h5" id="user-disable-title">Compte désactivé</h2>
        <p>
          Cette personne ne peut plus se connecter. La réactivation lui rend l’accès avec ses rôles actuels.
        </p>
        <button
          class="fr-btn fr-btn--secondary"
          type="button"
          [disabled]="busy()"
          (click)="setDisabled(false)"
        >
          Réactiver le compte
        </button>
      } @else {
        <h2 class="fr-h5" id="user-disable-title">Désactiver le compte</h2>
        <p>
          La personne ne pourra plus se connecter et ses sessions sont fermées aussitôt. L’historique est
          conservé.
        </p>
        <div class="fr-input-group">
          <label class="fr-label" for="user-disable-reason">
            Motif
            <span class="fr-hint-text"
              >Inscrit au journal d’audit, par exemple : départ de l’organisation</span
            >
          </label>
          <input
            class="fr-input"
            id="user-disable-reason"
            [value]="reason()"
            (input)="reason.set($any($event.target).value)"
          />
        </div>
        <button
          class="fr-btn fr-btn--tertiary cnt-danger__button"
          type="button"
          [disabled]="busy()"
          (click)="setDisabled(true)"
        >
          Désactiver le compte
        </button>
      }
    </section>
  `,
  styles: `
    .cnt-danger {
      border: 1px solid var(--border-default-grey);
      border-left: 4px solid var(--border-plain-error);
    }
    .cnt-danger__button {
      color: var(--text-default-error);
    }
  `,
})
export class UserDisableComponent {
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);
  private readonly mutation = inject(SetUserDisabledGQL);

  readonly user = input.required<ManagedUserFragment>();
  protected readonly reason = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected async setDisabled(disabled: boolean): Promise<void> {
    const user = this.user();
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.mutation.mutate({ variables: { id: user.id, disabled, reason: blankToNull(this.reason()) } }),
      );
      this.flash.set(`Le compte de ${user.fullName} a été ${disabled ? 'désactivé' : 'réactivé'}.`);
      await this.router.navigate(['/administration/comptes']);
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
