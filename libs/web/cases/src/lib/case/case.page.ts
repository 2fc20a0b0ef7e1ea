import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { CaseDetailGQL, liveQuery, Session } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { SensitivityBadgeComponent, StatusBadgeComponent } from '../shared/case-badges.component';
import { CaseActionsComponent } from './case-actions.component';
import { CaseAttachmentsComponent } from './case-attachments.component';
import { CaseBodyComponent } from './case-body.component';
import { CaseCommentsComponent } from './case-comments.component';
import { CaseLinksComponent } from './case-links.component';
import { CasePersonsComponent } from './case-persons.component';
import { CaseReferralsComponent } from './case-referrals.component';
import { CaseSharingComponent } from './case-sharing.component';
import { CaseStatusComponent } from './case-status.component';
import { CaseSummaryComponent } from './case-summary.component';
import { CaseTimelineComponent } from './case-timeline.component';

/**
 * One case (`/dossiers/:id`): its summary and SARA status, referrals, actions, persons (or why they
 * are withheld), comments, files, its coordination body, links, history and sharing. Each section
 * offers only what `viewerCan` allows; the server decides again. A case one may not read is
 * « introuvable », exactly as one that does not exist.
 */
@Component({
  selector: 'cnt-case-page',
  imports: [
    RouterLink,
    ProblemAlertComponent,
    SensitivityBadgeComponent,
    StatusBadgeComponent,
    CaseSummaryComponent,
    CaseStatusComponent,
    CaseReferralsComponent,
    CaseActionsComponent,
    CasePersonsComponent,
    CaseCommentsComponent,
    CaseAttachmentsComponent,
    CaseLinksComponent,
    CaseTimelineComponent,
    CaseSharingComponent,
    CaseBodyComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <nav role="navigation" class="fr-breadcrumb fr-mt-0" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/mes-dossiers">Mes dossiers</a></li>
          <li><a class="fr-breadcrumb__link" routerLink="/dossiers">Dossiers</a></li>
          <li>
            <a class="fr-breadcrumb__link" aria-current="page">{{
              detail.value()?.reference ?? 'Dossier'
            }}</a>
          </li>
        </ol>
      </nav>

      @if (notFound()) {
        <h1>Dossier introuvable</h1>
        <p class="fr-text--lead">Ce dossier n’existe pas, ou il ne vous est pas accessible.</p>
        <p>Si quelqu’un vous en a donné le lien, demandez-lui de le partager avec votre organisation.</p>
        <p>
          <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/dossiers"
            >Retour aux dossiers</a
          >
        </p>
      } @else if (detail.value(); as item) {
        <div class="cnt-head fr-mb-3w">
          <div>
            <p class="fr-text--sm fr-mb-1v cnt-kicker" data-testid="case-reference">{{ item.reference }}</p>
            <h1 class="fr-mb-1w">{{ item.title }}</h1>
            <ul class="fr-badges-group">
              <li><cnt-status-badge [status]="item.status" /></li>
              <li><cnt-sensitivity-badge [sensitivity]="item.sensitivity" /></li>
              @if (item.priority === 'URGENT' || item.priority === 'HIGH') {
                <li>
                  <p class="fr-badge fr-badge--warning">
                    Priorité {{ item.priority === 'URGENT' ? 'urgente' : 'haute' }}
                  </p>
                </li>
              }
            </ul>
          </div>
          @if (item.viewerCan.update) {
            <a class="fr-btn fr-btn--secondary" [routerLink]="['/dossiers', item.id, 'modifier']"
              >Modifier le dossier</a
            >
          }
        </div>

        @if (notice(); as message) {
          <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status" data-testid="flash">
            <p>{{ message }}</p>
          </div>
        }
        <cnt-problem-alert [problem]="detail.problem()" />

        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-lg-8">
            <cnt-case-summary [case]="item" />
            <cnt-case-status [case]="item" (changed)="changed($event)" />
            <cnt-case-referrals [case]="item" (changed)="changed($event)" />
            <cnt-case-actions [case]="item" (changed)="changed($event)" />
            <cnt-case-persons [case]="item" (changed)="changed($event)" />
            <cnt-case-comments [case]="item" (changed)="changed($event)" />
            <cnt-case-attachments [case]="item" (changed)="changed($event)" />
          </div>
          <div class="fr-col-12 fr-col-lg-4">
            @if (item.viewerCan.share || item.viewerCan.changeSensitivity) {
              <cnt-case-sharing [case]="item" (changed)="changed($event)" />
            }
            <cnt-case-body [case]="item" (changed)="changed($event)" />
            <cnt-case-links [case]="item" (changed)="changed($event)" />
            <cnt-case-timeline [case]="item" />
          </div>
        </div>
      } @else {
        <cnt-problem-alert [problem]="detail.problem()" />
        @if (!detail.problem()) {
          <p>Chargement du dossier…</p>
        }
      }
    </div>
  `,
  styles: `
    .cnt-head {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      justify-content: space-between;
      align-items: flex-start;
    }
    .cnt-kicker {
      color: var(--text-mention-grey);
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class CasePage {
  private readonly caseQuery = inject(CaseDetailGQL);
  private readonly title = inject(Title);
  protected readonly session = inject(Session);

  /** Route parameter. */
  readonly id = input.required<string>();
  /** A confirmation brought by the navigation (« Dossier … ouvert. » after the form). */
  protected readonly notice = signal<string | null>(
    noticeOf(inject(Router).currentNavigation()?.extras.state),
  );

  protected readonly detail = liveQuery(
    () => this.id(),
    (id) =>
      this.caseQuery
        .fetch({ variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.case ?? null)),
  );
  protected readonly notFound = computed(() => this.detail.problem()?.code === 'NOT_FOUND');

  constructor() {
    // Another case (a linked one): the confirmation of the previous one no longer applies.
    let shownId: string | null = null;
    effect(() => {
      const id = this.id();
      if (shownId !== null && shownId !== id) untracked(() => this.notice.set(null));
      shownId = id;
    });
    effect(() => {
      const item = this.detail.value();
      if (item) this.title.setTitle(`${item.reference} — ${item.title} — Continuum`);
      else if (this.notFound()) this.title.setTitle('Dossier introuvable — Continuum');
    });
  }

  protected changed(message: string): void {
    this.notice.set(message);
    this.detail.reload();
  }
}

function noticeOf(state: Record<string, unknown> | undefined): string | null {
  const notice = state?.['notice'];
  return typeof notice === 'string' ? notice : null;
}
