import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Session } from '@continuum/web/data-access';
import { formatCoordinates, FrDatePipe } from '@continuum/web/ui';
import { formatDay, priorityLabel, sensitivityLabel } from '../shared/case-labels';
import { CaseMapComponent } from '../shared/case-map.component';
import { CaseDetail } from './case-section';

/** What the case is about, where, who carries it, and when (dates in Europe/Paris). */
@Component({
  selector: 'cnt-case-summary',
  imports: [FrDatePipe, CaseMapComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = case();
    <section class="fr-mb-5w" aria-labelledby="summary-title" data-testid="case-summary">
      <h2 id="summary-title" class="fr-h4">Résumé</h2>
      @if (item.description) {
        <p class="cnt-description">{{ item.description }}</p>
      } @else {
        <p class="cnt-muted">Pas de description.</p>
      }
      <dl class="cnt-facts">
        <div>
          <dt>Référence</dt>
          <dd>{{ item.reference }}</dd>
        </div>
        <div>
          <dt>Catégorie</dt>
          <dd>{{ item.categoryLabel }}</dd>
        </div>
        <div>
          <dt>Commune</dt>
          <dd>{{ item.commune.name }} ({{ item.commune.code }})</dd>
        </div>
        <div>
          <dt>Zone</dt>
          <dd>{{ item.zone ? item.zone.name + ' — ' + item.zone.kindLabel : 'aucune' }}</dd>
        </div>
        <div>
          <dt>Point</dt>
          <dd>{{ point() }}</dd>
        </div>
        <div>
          <dt>Diffusion</dt>
          <dd>{{ sensitivity() }}</dd>
        </div>
        <div>
          <dt>Priorité</dt>
          <dd>{{ priority() }}</dd>
        </div>
        <div>
          <dt>Statut</dt>
          <dd>{{ item.statusLabel }}</dd>
        </div>
        <div>
          <dt>Porteur</dt>
          <dd>
            {{ item.owner.name }} <span class="cnt-muted">({{ item.owner.typeLabel }})</span>
          </dd>
        </div>
        <div>
          <dt>Ouvert le</dt>
          <dd>{{ item.openedAt | frDate }}</dd>
        </div>
        <div>
          <dt>Mis à jour le</dt>
          <dd>{{ item.updatedAt | frDate }}</dd>
        </div>
        @if (item.resolvedAt) {
          <div>
            <dt>Résolu le</dt>
            <dd>{{ item.resolvedAt | frDate }}</dd>
          </div>
        }
        @if (item.assessmentDueOn) {
          <div>
            <dt>Évaluation prévue le</dt>
            <dd>{{ assessment() }}</dd>
          </div>
        }
      </dl>
      @if (item.point) {
        <div class="fr-mt-3w" data-testid="case-place-map">
          <cnt-case-map
            [small]="true"
            [point]="item.point"
            [commune]="item.commune.code"
            [tileUrl]="session.appInfo()?.tileUrl ?? ''"
            [tileAttribution]="session.appInfo()?.tileAttribution ?? ''"
            [label]="'Carte : le point du dossier dans sa commune, ' + item.commune.name"
          />
        </div>
      }
    </section>
  `,
  styles: `
    .cnt-description {
      white-space: pre-line;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0.75rem 1.5rem;
      margin: 0;
      padding: 1rem;
      background: var(--background-alt-grey);
    }
    .cnt-facts dt {
      font-size: 0.75rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--text-mention-grey);
    }
    .cnt-facts dd {
      margin: 0;
      padding: 0;
      font-weight: 500;
    }
  `,
})
export class CaseSummaryComponent {
  readonly case = input.required<CaseDetail>();
  protected readonly session = inject(Session);
  protected readonly sensitivity = computed(() => sensitivityLabel(this.case().sensitivity));
  protected readonly priority = computed(() => priorityLabel(this.case().priority));
  protected readonly assessment = computed(() => formatDay(this.case().assessmentDueOn));
  protected readonly point = computed(() => {
    const point = this.case().point;
    return point ? formatCoordinates(point) : 'non placé';
  });
}
