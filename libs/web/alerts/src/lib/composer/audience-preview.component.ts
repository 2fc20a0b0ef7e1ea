import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { AlertAudiencePreviewQuery, Problem } from '@continuum/web/data-access';
import { plural } from '@continuum/web/ui';
import { organizationTypeLabel } from '../shared/alert-labels';

export type AudiencePreview = AlertAudiencePreviewQuery['alertAudiencePreview'];

/**
 * Who would receive the alert, as the server's fan-out would compute it now: how many people, in
 * which organisations, and what each class of recipient sees.
 */
@Component({
  selector: 'cnt-audience-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cnt-preview" aria-labelledby="preview-title" data-testid="audience-preview">
      <h2 class="fr-h5 fr-mb-1w" id="preview-title">Destinataires</h2>
      <div aria-live="polite" aria-atomic="true">
        @if (blocker(); as message) {
          <p class="fr-text--sm fr-mb-0">{{ message }}</p>
        } @else if (problem(); as problem) {
          <p class="fr-message fr-message--error" data-testid="preview-problem">{{ problem.message }}</p>
        } @else if (preview(); as audience) {
          <p class="fr-text--lg fr-text--bold fr-mb-1w" data-testid="preview-total">{{ total() }}</p>
          @if (audience.total === 0) {
            <p class="fr-text--sm fr-mb-0">
              Élargissez le territoire ou cochez d’autres types d’organisation : l’alerte ne peut pas partir
              sans destinataire.
            </p>
          }
          @if (audience.organizations.length > 0) {
            <p class="fr-text--sm fr-mb-1w">{{ organizations() }}</p>
          }
        } @else {
          <p class="fr-text--sm fr-mb-0">Calcul des destinataires…</p>
        }
      </div>
      @if (!blocker() && !problem() && preview(); as audience) {
        @if (audience.organizations.length > 0) {
          <ul class="cnt-preview__list fr-mb-2w" aria-label="Organisations destinataires">
            @for (organization of audience.organizations; track organization.organizationId) {
              <li data-testid="preview-organization">
                <span class="fr-text--bold">{{ organization.name }}</span>
                <span class="cnt-muted"> — {{ typeLabel(organization.type) }}</span> :
                {{ people(organization.people) }}
              </li>
            }
          </ul>
          <h3 class="fr-text--md fr-text--bold fr-mb-1w">Ce que chacun voit</h3>
          <ul class="cnt-preview__list fr-mb-0" data-testid="preview-classes">
            @for (item of audience.classes; track item.label) {
              <li>{{ people(item.people) }} : {{ item.label }}</li>
            }
          </ul>
        }
      }
      @if (loading() && preview()) {
        <p class="fr-text--xs fr-mt-1w fr-mb-0 cnt-muted">Mise à jour…</p>
      }
    </section>
  `,
  styles: `
    .cnt-preview {
      padding: 1.5rem;
      background-color: var(--background-alt-blue-france);
    }
    .cnt-preview__list {
      list-style: none;
      padding-left: 0;
      font-size: 0.875rem;
    }
    .cnt-preview__list li {
      padding: 0.25rem 0;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class AudiencePreviewComponent {
  readonly preview = input<AudiencePreview | null>(null);
  readonly blocker = input<string | null>(null);
  readonly problem = input<Problem | null>(null);
  readonly loading = input(false);

  protected readonly total = computed(() => {
    const total = this.preview()?.total ?? 0;
    return total === 0
      ? 'Personne ne recevrait cette alerte.'
      : `${plural(total, 'personne recevra', 'personnes recevront')} cette alerte.`;
  });
  protected readonly organizations = computed(() =>
    plural(this.preview()?.organizations.length ?? 0, 'organisation', 'organisations'),
  );

  protected typeLabel(type: string): string {
    return organizationTypeLabel(type);
  }

  protected people(count: number): string {
    return plural(count, 'personne', 'personnes');
  }
}
