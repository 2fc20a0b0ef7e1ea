import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FrDatePipe } from '@continuum/web/ui';
import { statusBadgeClass } from '../shared/plan-format';
import type { PlanVersion } from '../shared/plan-types';

/** The versions of a year's plan, the latest first, each with its step: the cabinet switches between them. */
@Component({
  selector: 'cnt-plan-versions',
  imports: [RouterLink, FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="cnt-versions" aria-labelledby="plan-versions-title" data-testid="plan-versions">
      <h2 class="fr-h6 fr-mb-1w" id="plan-versions-title">Versions du plan {{ year() }}</h2>
      <ul>
        @for (version of versions(); track version.id) {
          <li>
            @if (version.id === selectedId()) {
              <span class="fr-text--bold" aria-current="page">Version {{ version.version }}</span>
            } @else {
              <a class="fr-link" routerLink="/plan" [queryParams]="{ annee: year(), version: version.id }"
                >Version {{ version.version }}</a
              >
            }
            <span class="fr-badge fr-badge--sm fr-badge--no-icon fr-ml-1w" [class]="badge(version.status)">{{
              version.statusLabel
            }}</span>
            <br />
            <span class="fr-text--xs cnt-muted">
              @if (version.adoptedAt) {
                adoptée le {{ version.adoptedAt | frDate: 'date' }}
              } @else {
                enregistrée le {{ version.updatedAt | frDate: 'date' }}
              }
            </span>
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .cnt-versions {
      padding: 1rem 1.5rem;
      background: var(--background-alt-grey);
    }
    .cnt-versions ul {
      list-style: none;
      padding-left: 0;
      margin: 0;
    }
    .cnt-versions li {
      padding: 0.5rem 0;
    }
    .cnt-versions li + li {
      border-top: 1px solid var(--border-default-grey);
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class PlanVersionsComponent {
  readonly versions = input.required<readonly PlanVersion[]>();
  readonly selectedId = input.required<string>();
  readonly year = input.required<number>();

  protected badge(status: string): string {
    return statusBadgeClass(status);
  }
}
