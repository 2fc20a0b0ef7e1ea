import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  describeProblem,
  liveQuery,
  ModerateProposalGQL,
  ProposalDetailFragment,
  ProposalGQL,
  Problem,
  Session,
} from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map, tap } from 'rxjs';
import { PlacePickerComponent } from '../shared/place-picker.component';
import { proposalBadgeClass } from '../shared/proposal-labels';
import { TriagePanelComponent } from './triage-panel.component';

/**
 * One proposal (`/propositions/:id`): its text (as written for the moderators, masked for the
 * others), the personal data flagged and the author's e-mail (moderators only), its place, its
 * outcome; the cabinet releases or sets aside a pending one; the cabinet or the commune's mairie
 * triages a released one (`cnt-triage-panel`).
 */
@Component({
  selector: 'cnt-proposal-page',
  imports: [RouterLink, FrDatePipe, ProblemAlertComponent, PlacePickerComponent, TriagePanelComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <p>
        <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/propositions"
          >Retour aux propositions</a
        >
      </p>
      @if (notice(); as message) {
        <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status">
          <p>{{ message }}</p>
        </div>
      }
      <cnt-problem-alert [problem]="proposal.problem()" />
      @if (current(); as item) {
        <h1>Proposition {{ item.reference }}</h1>
        <p>
          <span class="fr-badge" [class]="badge(item.status)" data-testid="proposal-status">{{
            item.statusLabel
          }}</span>
          @if (item.hasPersonalData) {
            <span class="fr-badge fr-badge--warning fr-ml-1w">Données personnelles repérées</span>
          }
        </p>
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-md-7">
            <dl>
              <dt class="fr-text--bold">Commune et sujet</dt>
              <dd>{{ item.communeName }} — {{ item.categoryLabel }}</dd>
              <dt class="fr-text--bold">Reçue le</dt>
              <dd>
                {{ item.createdAt | frDate: 'long' }}, {{ item.authorLabel ?? 'du public (sans compte)' }}
              </dd>
              @if (item.authorEmail) {
                <dt class="fr-text--bold">Adresse de l’auteur (lue par les seuls modérateurs)</dt>
                <dd data-testid="proposal-email">{{ item.authorEmail }}</dd>
              }
            </dl>
            <h2 class="fr-h5">Texte</h2>
            <blockquote class="fr-quote fr-mb-2w">
              <p class="fr-text--md" style="white-space: pre-line" data-testid="proposal-text">
                {{ item.text }}
              </p>
            </blockquote>
            @if (item.personalData?.length) {
              <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w" data-testid="proposal-flags">
                <p>Données personnelles repérées, masquées pour tout autre lecteur :</p>
                <ul>
                  @for (flag of item.personalData; track $index) {
                    <li>{{ flag.label }} : « {{ flag.excerpt }} »</li>
                  }
                </ul>
              </div>
            }
            @if (item.moderationNote) {
              <p><strong>Note de modération :</strong> {{ item.moderationNote }}</p>
            }
            @if (item.triagedAt) {
              <h2 class="fr-h5">Suite donnée</h2>
              <p>
                {{ item.statusLabel }} le {{ item.triagedAt | frDate: 'long' }} par {{ item.triagedByLabel }}.
              </p>
              @if (item.caseId) {
                <p>
                  Dossier :
                  <a class="fr-link" [routerLink]="['/dossiers', item.caseId]">{{ item.caseReference }}</a>
                </p>
              }
              @if (item.answer) {
                <div class="fr-callout" data-testid="proposal-answer">
                  <p class="fr-callout__text" style="white-space: pre-line">{{ item.answer }}</p>
                </div>
              }
            }
          </div>
          <div class="fr-col-12 fr-col-md-5">
            @if (item.point) {
              <cnt-place-picker
                [point]="item.point"
                [commune]="item.communeCode"
                [readonly]="true"
                label="Carte : le lieu indiqué"
                [tileUrl]="session.appInfo()?.tileUrl ?? ''"
                [tileAttribution]="session.appInfo()?.tileAttribution ?? ''"
              />
            } @else {
              <p class="fr-text--sm">Aucun lieu précis indiqué.</p>
            }
          </div>
        </div>

        @if (item.mayModerate) {
          <section class="fr-mt-4w" aria-labelledby="moderation-title">
            <h2 id="moderation-title" class="fr-h4">Modération</h2>
            <p>
              Rien n’est lu par la mairie avant d’être publié ici. Les données personnelles restent masquées
              pour elle.
            </p>
            <cnt-problem-alert [problem]="moderationProblem()" />
            <div class="fr-input-group">
              <label class="fr-label" for="moderation-masks">
                Passages à masquer en plus, à la publication
                <span class="fr-hint-text">
                  Ce que le repérage automatique a manqué (un nom seul, un surnom…) : un passage par ligne,
                  recopié tel qu’il est écrit.
                </span>
              </label>
              <textarea class="fr-input" id="moderation-masks" rows="2" #masks></textarea>
            </div>
            <div class="fr-input-group">
              <label class="fr-label" for="moderation-note">Motif, si vous ne la retenez pas</label>
              <textarea class="fr-input" id="moderation-note" rows="2" #note></textarea>
            </div>
            <ul class="fr-btns-group fr-btns-group--inline-md">
              <li>
                <button
                  class="fr-btn"
                  type="button"
                  [disabled]="busy()"
                  (click)="moderate(true, note.value, masks.value)"
                >
                  Publier pour traitement
                </button>
              </li>
              <li>
                <button
                  class="fr-btn fr-btn--secondary"
                  type="button"
                  [disabled]="busy()"
                  (click)="moderate(false, note.value, '')"
                >
                  Ne pas retenir
                </button>
              </li>
            </ul>
          </section>
        }
        @if (item.mayTriage) {
          <cnt-triage-panel [proposal]="item" (changed)="changed($event)" />
        }
      } @else if (!proposal.problem()) {
        <p>Chargement de la proposition…</p>
      }
    </div>
  `,
})
export class ProposalPage {
  readonly id = input.required<string>();
  protected readonly session = inject(Session);
  private readonly query = inject(ProposalGQL);
  private readonly moderation = inject(ModerateProposalGQL);

  protected readonly notice = signal<string | null>(
    noticeOf(inject(Router).currentNavigation()?.extras.state),
  );
  protected readonly current = signal<ProposalDetailFragment | null>(null);
  protected readonly busy = signal(false);
  protected readonly moderationProblem = signal<Problem | null>(null);

  protected readonly proposal = liveQuery(
    () => this.id(),
    (id) =>
      this.query.fetch({ variables: { id }, fetchPolicy: 'network-only' }).pipe(
        map((result) => result.data!.proposal),
        tap((item) => this.current.set(item)),
      ),
  );

  protected async moderate(release: boolean, note: string, masks: string): Promise<void> {
    this.busy.set(true);
    this.moderationProblem.set(null);
    try {
      const result = await firstValueFrom(
        this.moderation.mutate({
          variables: {
            id: this.id(),
            release,
            note: note.trim() || null,
            masks: masks
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line !== ''),
          },
        }),
      );
      this.changed(
        result.data!.moderateProposal,
        release ? 'Proposition publiée : la mairie peut la lire et la traiter.' : 'Proposition écartée.',
      );
    } catch (error) {
      this.moderationProblem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected changed(
    item: ProposalDetailFragment,
    message = 'Suite enregistrée : l’auteur la lira par son lien privé.',
  ): void {
    this.current.set(item);
    this.notice.set(message);
    window.scrollTo({ top: 0 });
  }

  protected badge(status: string): string {
    return proposalBadgeClass(status);
  }
}

function noticeOf(state: Record<string, unknown> | undefined): string | null {
  const notice = state?.['notice'];
  return typeof notice === 'string' ? notice : null;
}
