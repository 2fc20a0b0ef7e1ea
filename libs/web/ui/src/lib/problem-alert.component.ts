import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Problem } from '@continuum/web/data-access';

/** The server's French message in a DSFR error alert (`role="alert"`, read out on change). */
@Component({
  selector: 'cnt-problem-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problem(); as problem) {
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert" data-testid="problem">
        <p>{{ problem.message }}</p>
      </div>
    }
  `,
})
export class ProblemAlertComponent {
  readonly problem = input<Problem | null>(null);
}
