import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONFIDENTIAL_ITEM_LABEL } from '@continuum/domain';
import { formatDate, formatDuration, SensitivityBadgeComponent } from '@continuum/web/ui';
import { sectionLabel } from '../shared/coordination-labels';
import { AgendaItem } from './meeting-section';

/**
 * The agenda as the API gives it to the reader: an item whose case they may not read is a « Point
 * confidentiel » with nothing but its position and duration (SHARING.md). With `minutes`, each
 * readable item also shows its notes, whether it is carried over, and the decisions taken.
 */
@Component({
  selector: 'cnt-agenda-read',
  imports: [RouterLink, SensitivityBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-6w" aria-labelledby="agenda-read-title" data-testid="agenda-read">
      <h2 id="agenda-read-title" class="fr-h4">{{ heading() }}</h2>
      @if (items().length > 0) {
        <p class="fr-text--sm">Durée prévue des points : {{ total() }}.</p>
        <ol class="cnt-agenda" data-testid="agenda">
          @for (item of items(); track item.id) {
            <li class="cnt-item" [class.cnt-item--confidential]="item.confidential" data-testid="agenda-item">
              <span class="cnt-item__position">{{ item.position }}</span>
              <div class="cnt-item__body">
                @if (item.confidential) {
                  <p class="fr-text--bold fr-mb-0">
                    <span class="fr-icon-lock-line fr-icon--sm" aria-hidden="true"></span>
                    {{ confidential }}
                  </p>
                } @else {
                  <p class="fr-text--xs fr-mb-1v cnt-muted">{{ section(item.section) }}</p>
                  @if (item.case; as linked) {
                    <p class="fr-mb-1v">
                      <span class="cnt-ref">{{ linked.reference }}</span>
                      <a
                        class="fr-link"
                        [routerLink]="['/dossiers', linked.id]"
                        data-testid="agenda-item-title"
                        >{{ linked.title }}</a
                      >
                    </p>
                    <ul class="fr-badges-group fr-mb-1v">
                      <li><cnt-sensitivity-badge [sensitivity]="linked.sensitivity" [small]="true" /></li>
                    </ul>
                  } @else {
                    <p class="fr-text--bold fr-mb-1v" data-testid="agenda-item-title">{{ item.title }}</p>
                  }
                  @if (minutes()) {
                    @if (item.notes) {
                      <p class="fr-text--sm fr-mb-1v cnt-notes">{{ item.notes }}</p>
                    }
                    @if (item.carryOver) {
                      <p class="fr-badge fr-badge--sm fr-badge--warning fr-mb-1v">
                        Reporté à la prochaine séance
                      </p>
                    }
                    @if (item.decisions.length > 0) {
                      <ul class="cnt-decisions" aria-label="Décisions">
                        @for (decision of item.decisions; track decision.id) {
                          <li data-testid="decision">
                            <span class="fr-text--bold">Décision :</span> {{ decision.text }} — pilote :
                            {{ decision.ownerOrganization.name }}
                            @if (decision.dueOn) {
                              · échéance le {{ day(decision.dueOn) }}
                            }
                            @if (decision.caseActionId && item.case) {
                              ·
                              <a class="fr-link fr-link--sm" [routerLink]="['/dossiers', item.case.id]"
                                >voir l’action du dossier</a
                              >
                            }
                          </li>
                        }
                      </ul>
                    }
                  }
                }
              </div>
              <span class="cnt-item__duration">{{ duration(item.durationMinutes) }}</span>
            </li>
          }
        </ol>
      } @else {
        <p>L’ordre du jour n’est pas encore publié.</p>
      }
    </section>
  `,
  styles: `
    .cnt-agenda {
      list-style: none;
      padding-left: 0;
      margin: 0;
    }
    .cnt-item {
      display: flex;
      gap: 0.75rem;
      align-items: flex-start;
      padding: 0.75rem 0.5rem;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .cnt-item--confidential {
      background: var(--background-alt-grey);
    }
    .cnt-item__position {
      min-width: 1.75rem;
      font-weight: 700;
      font-size: 1.25rem;
      font-variant-numeric: tabular-nums;
      color: var(--text-title-blue-france);
    }
    .cnt-item__body {
      flex: 1;
      min-width: 0;
    }
    .cnt-item__duration {
      white-space: nowrap;
      color: var(--text-mention-grey);
    }
    .cnt-ref {
      display: block;
      font-size: 0.75rem;
      color: var(--text-mention-grey);
      font-variant-numeric: tabular-nums;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-notes {
      white-space: pre-line;
    }
    .cnt-decisions {
      padding-left: 1rem;
      margin: 0;
    }
  `,
})
export class AgendaReadComponent {
  readonly items = input.required<readonly AgendaItem[]>();
  readonly minutes = input(false);
  readonly heading = input('Ordre du jour');

  protected readonly confidential = CONFIDENTIAL_ITEM_LABEL;
  protected readonly total = computed(() =>
    formatDuration(this.items().reduce((sum, item) => sum + (item.durationMinutes ?? 0), 0)),
  );

  protected section(section: string): string {
    return sectionLabel(section);
  }

  protected duration(minutes: number | null): string {
    return minutes ? formatDuration(minutes) : '';
  }

  /** `AAAA-MM-JJ` → « 3 mars 2027 ». */
  protected day(value: string): string {
    return formatDate(`${value}T12:00:00Z`, 'date');
  }
}
