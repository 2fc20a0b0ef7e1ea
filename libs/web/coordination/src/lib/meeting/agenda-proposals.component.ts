import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AcceptAgendaProposalsGQL, Problem } from '@continuum/web/data-access';
import { ProblemAlertComponent, SensitivityBadgeComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { bySection, pointsCount } from '../shared/coordination-labels';
import { actionProblem } from '../shared/problem';
import { Proposal, ProposalCount } from './meeting-section';

/**
 * What the platform proposes for the agenda, by section (carried over, follow-up, new cases,
 * overdue actions, assessments due, escalated, waiting), each with why; the secretary keeps some.
 */
@Component({
  selector: 'cnt-agenda-proposals',
  imports: [RouterLink, ProblemAlertComponent, SensitivityBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-6w" aria-labelledby="proposals-title" data-testid="proposals">
      <h2 id="proposals-title" class="fr-h4">Points proposés</h2>
      <p class="fr-text--sm">
        Les dossiers rattachés à l’instance qui appellent un échange, avec la raison. Un point retenu s’ajoute
        à la fin de l’ordre du jour ; ceux qui ne sont pas retenus restent en attente pour une prochaine
        séance.
      </p>
      <cnt-problem-alert [problem]="problem()" />
      @for (group of sections(); track group.section) {
        <div class="fr-mb-3w" data-testid="proposal-section" [attr.data-section]="group.section">
          <div class="cnt-section-head">
            <h3 class="fr-h6 fr-mb-0">
              {{ group.label }} <span class="cnt-muted">({{ count(group.total) }})</span>
            </h3>
            @if (group.items.length > 1) {
              <button
                type="button"
                class="fr-btn fr-btn--sm fr-btn--secondary"
                [disabled]="busy()"
                [attr.aria-label]="
                  (group.total > group.items.length
                    ? 'Retenir les ' + group.items.length + ' affichés : '
                    : 'Tout retenir : ') + group.label
                "
                (click)="accept(group.items)"
              >
                {{
                  group.total > group.items.length
                    ? 'Retenir les ' + group.items.length + ' affichés'
                    : 'Tout retenir'
                }}
              </button>
            }
          </div>
          <ul class="cnt-proposals">
            @for (proposal of group.items; track proposal.key) {
              <li class="cnt-proposal" data-testid="proposal">
                <div class="cnt-proposal__text">
                  @if (proposal.case; as item) {
                    <p class="fr-mb-1v">
                      <span class="cnt-ref">{{ item.reference }}</span>
                      <a class="fr-link" [routerLink]="['/dossiers', item.id]" data-testid="proposal-title">{{
                        item.title
                      }}</a>
                    </p>
                    <ul class="fr-badges-group fr-mb-1v">
                      <li><cnt-sensitivity-badge [sensitivity]="item.sensitivity" [small]="true" /></li>
                    </ul>
                    <p class="fr-text--sm fr-mb-0 cnt-muted">Porté par {{ item.owner.name }}</p>
                  } @else {
                    <p class="fr-mb-1v fr-text--bold" data-testid="proposal-title">
                      {{ proposal.title ?? 'Point divers' }}
                    </p>
                  }
                  <p class="fr-text--sm fr-mb-0" data-testid="proposal-reason">
                    <span class="fr-icon-information-line fr-icon--sm" aria-hidden="true"></span>
                    {{ proposal.reason }}
                  </p>
                </div>
                <button
                  type="button"
                  class="fr-btn fr-btn--sm fr-icon-add-line fr-btn--icon-left"
                  [disabled]="busy()"
                  [attr.aria-label]="'Retenir : ' + nameOf(proposal)"
                  (click)="accept([proposal])"
                >
                  Retenir
                </button>
              </li>
            }
          </ul>
          @if (group.total > group.items.length) {
            <p class="fr-text--sm fr-mt-1w fr-mb-0">
              Les plus urgents d’abord : {{ group.items.length }} sur {{ group.total }}.
              <button
                type="button"
                class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline"
                (click)="more.emit()"
              >
                Afficher les {{ group.total }} points
              </button>
            </p>
          }
        </div>
      } @empty {
        <p>Aucun point n’est proposé : tous les dossiers qui appelaient un échange sont à l’ordre du jour.</p>
      }
    </section>
  `,
  styles: `
    .cnt-section-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      justify-content: space-between;
      align-items: center;
      padding-bottom: 0.5rem;
      border-bottom: 2px solid var(--border-default-blue-france);
    }
    .cnt-proposals {
      list-style: none;
      padding-left: 0;
      margin: 0;
    }
    .cnt-proposal {
      display: flex;
      gap: 1rem;
      justify-content: space-between;
      align-items: flex-start;
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .cnt-proposal__text {
      flex: 1;
    }
    .cnt-ref {
      display: block;
      font-size: 0.75rem;
      color: var(--text-mention-grey);
      font-variant-numeric: tabular-nums;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
      font-weight: 400;
    }
  `,
})
export class AgendaProposalsComponent {
  private readonly acceptProposals = inject(AcceptAgendaProposalsGQL);

  readonly meetingId = input.required<string>();
  readonly proposals = input.required<readonly Proposal[]>();
  /** How many each section proposes in all (the list may show only the most urgent). */
  readonly counts = input<readonly ProposalCount[]>([]);
  readonly changed = output<string>();
  /** The secretary wants every proposal, not only the most urgent of each section. */
  readonly more = output<void>();

  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly sections = computed(() =>
    bySection(this.proposals()).map((group) => ({
      ...group,
      total: Math.max(
        group.items.length,
        this.counts().find((count) => count.section === group.section)?.total ?? 0,
      ),
    })),
  );

  protected count(n: number): string {
    return pointsCount(n);
  }

  protected nameOf(proposal: Proposal): string {
    return proposal.case
      ? `${proposal.case.reference} ${proposal.case.title}`
      : (proposal.title ?? 'point divers');
  }

  protected async accept(proposals: readonly Proposal[]): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.acceptProposals.mutate({
          variables: { meetingId: this.meetingId(), keys: proposals.map((p) => p.key) },
        }),
      );
      this.changed.emit(
        proposals.length === 1
          ? `Point « ${this.nameOf(proposals[0])} » ajouté à l’ordre du jour.`
          : `${proposals.length} points ajoutés à l’ordre du jour.`,
      );
    } catch (error) {
      this.problem.set(actionProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
