import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ChangePasswordGQL, describeProblem, Problem } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import {
  NEW_PASSWORD_HINT,
  newPasswordErrors,
  PasswordFieldComponent,
} from '../password/password-field.component';

/** Changing one's own password: the current one first; the other sessions end. */
@Component({
  selector: 'cnt-change-password',
  imports: [ProblemAlertComponent, PasswordFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (done()) {
      <div
        class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w"
        role="status"
        data-testid="password-changed"
      >
        <p>Votre mot de passe est changé. Vos autres sessions sont fermées.</p>
      </div>
    }
    <cnt-problem-alert [problem]="general()" />
    <form novalidate (submit)="submit($event)" aria-label="Changer de mot de passe">
      <cnt-password-field
        inputId="current-password"
        label="Mot de passe actuel"
        autocomplete="current-password"
        [(value)]="current"
        [error]="shown().current"
      />
      <cnt-password-field
        inputId="changed-password"
        label="Nouveau mot de passe"
        [hint]="hint"
        [(value)]="next"
        [error]="shown().next"
      />
      <cnt-password-field
        inputId="changed-password-confirmation"
        label="Confirmation du nouveau mot de passe"
        [(value)]="confirmation"
        [error]="shown().confirmation"
      />
      <button class="fr-btn fr-mt-2w" type="submit" [disabled]="busy()">Changer le mot de passe</button>
    </form>
  `,
})
export class ChangePasswordComponent {
  private readonly mutation = inject(ChangePasswordGQL);
  protected readonly hint = NEW_PASSWORD_HINT;

  protected readonly current = signal('');
  protected readonly next = signal('');
  protected readonly confirmation = signal('');
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly submitted = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  private readonly clientErrors = computed(() => {
    const errors = newPasswordErrors(this.next(), this.confirmation());
    return {
      current: this.current() === '' ? 'Saisissez votre mot de passe actuel.' : undefined,
      next: errors.password,
      confirmation: errors.confirmation,
    };
  });
  protected readonly shown = computed(() => {
    const client: { current?: string; next?: string; confirmation?: string } = this.submitted()
      ? this.clientErrors()
      : {};
    const fields = this.problem()?.fields ?? {};
    return {
      current: client.current ?? fields['currentPassword'],
      next: client.next ?? fields['newPassword'],
      confirmation: client.confirmation,
    };
  });
  protected readonly general = computed(() => {
    const problem = this.problem();
    return problem && Object.keys(problem.fields).length === 0 ? problem : null;
  });

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.submitted.set(true);
    this.problem.set(null);
    this.done.set(false);
    const errors = this.clientErrors();
    const first = errors.current
      ? 'current-password'
      : errors.next
        ? 'changed-password'
        : errors.confirmation
          ? 'changed-password-confirmation'
          : null;
    if (first) {
      document.getElementById(first)?.focus();
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.mutation.mutate({ variables: { currentPassword: this.current(), newPassword: this.next() } }),
      );
      this.current.set('');
      this.next.set('');
      this.confirmation.set('');
      this.submitted.set(false);
      this.done.set(true);
    } catch (error) {
      const problem = describeProblem(error);
      this.problem.set(problem);
      document
        .getElementById(problem.fields['currentPassword'] ? 'current-password' : 'changed-password')
        ?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
