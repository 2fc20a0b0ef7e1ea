import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { liveQuery, ProposalByLinkGQL } from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { proposalBadgeClass } from '../shared/proposal-labels';

/**
 * « Suivi de votre proposition » (`/propositions/suivi/<jeton>`): what the author reads through the
 * private link given when they sent it — their proposal (personal data masked), where it stands,
 * and the answer. No account; an unknown link is « introuvable », as any other.
 */
@Component({
  selector: 'cnt-proposal-link-page',
  imports: [RouterLink, FrDatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <div class="fr-grid-row fr-grid-row--center">
        <div class="fr-col-12 fr-col-lg-8">
          <h1>Suivi de votre proposition</h1>
          <cnt-problem-alert [problem]="proposal.problem()" />
          @if (proposal.value(); as item) {
            <p>
              <span class="fr-badge" [class]="badge(item.status)" data-testid="proposal-status">{{
                item.statusLabel
              }}</span>
            </p>
            <dl class="fr-mb-3w">
              <dt class="fr-text--bold">Référence</dt>
              <dd>{{ item.reference }}</dd>
              <dt class="fr-text--bold">Envoyée le</dt>
              <dd>{{ item.createdAt | frDate: 'long' }}</dd>
              <dt class="fr-text--bold">Commune et sujet</dt>
              <dd>{{ item.communeName }} — {{ item.categoryLabel }}</dd>
            </dl>
            <h2 class="fr-h5">Votre proposition</h2>
            <blockquote class="fr-quote fr-mb-3w">
              <p class="fr-text--md" style="white-space: pre-line">{{ item.text }}</p>
            </blockquote>
            <h2 class="fr-h5">Réponse</h2>
            @if (item.answer) {
              <div class="fr-callout" data-testid="proposal-answer">
                <p class="fr-callout__text" style="white-space: pre-line">{{ item.answer }}</p>
                @if (item.answeredAt) {
                  <p class="fr-text--sm fr-mb-0">Le {{ item.answeredAt | frDate: 'long' }}</p>
                }
              </div>
            } @else if (item.status === 'REJECTED') {
              <p>Votre proposition n’a pas été retenue par la modération.</p>
            } @else {
              <p>Pas encore de réponse : revenez sur cette page plus tard.</p>
            }
          } @else if (!proposal.problem()) {
            <p>Chargement…</p>
          }
          <p class="fr-mt-4w">
            <a class="fr-link" routerLink="/propositions/nouvelle">Faire une autre proposition</a>
          </p>
        </div>
      </div>
    </div>
  `,
})
export class ProposalLinkPage {
  readonly token = input.required<string>();
  private readonly query = inject(ProposalByLinkGQL);

  protected readonly proposal = liveQuery(
    () => this.token(),
    (token) =>
      this.query
        .fetch({ variables: { token }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data!.proposalByLink)),
  );

  protected badge(status: string): string {
    return proposalBadgeClass(status);
  }
}
