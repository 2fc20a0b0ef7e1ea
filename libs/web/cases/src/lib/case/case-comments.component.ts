import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { AddCaseCommentGQL, CaseCommentsMoreGQL, describeProblem, Problem } from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { CaseDetail } from './case-section';
import { olderPages } from './older-pages';

/**
 * The conversation of the organisations working the case, the latest first, by pages of ten
 * (« Voir plus » for the older ones); who may comment adds.
 */
@Component({
  selector: 'cnt-case-comments',
  imports: [FrDatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = case();
    <section class="fr-mb-5w" aria-labelledby="comments-title" data-testid="case-comments">
      <h2 id="comments-title" class="fr-h4">Commentaires ({{ item.commentPage.totalCount }})</h2>
      @for (comment of comments(); track comment.id) {
        <article class="cnt-comment" data-testid="case-comment">
          <p class="fr-text--sm fr-mb-1v cnt-muted">
            <span class="fr-text--bold">{{ comment.authorLabel }}</span> ·
            {{ comment.createdAt | frDate: 'short' }}
          </p>
          <p class="fr-mb-0 cnt-body">{{ comment.body }}</p>
        </article>
      } @empty {
        <p>Aucun commentaire pour l’instant.</p>
      }
      <cnt-problem-alert [problem]="pages.problem()" />
      @if (pages.hasMore()) {
        <button
          type="button"
          class="fr-btn fr-btn--sm fr-btn--tertiary"
          data-testid="comments-more"
          [disabled]="pages.busy()"
          (click)="pages.more()"
        >
          Voir plus de commentaires ({{ comments().length }} sur {{ item.commentPage.totalCount }})
        </button>
      }
      @if (item.viewerCan.comment) {
        <form class="fr-mt-2w" novalidate (submit)="send($event)" aria-label="Ajouter un commentaire">
          <cnt-problem-alert [problem]="general()" />
          <div class="fr-input-group" [class.fr-input-group--error]="bodyError()">
            <label class="fr-label" for="comment-body">
              Ajouter un commentaire
              <span class="fr-hint-text"
                >Visible de toutes les organisations qui peuvent lire le dossier</span
              >
            </label>
            <textarea
              class="fr-input"
              id="comment-body"
              rows="3"
              maxlength="10000"
              [class.fr-input--error]="bodyError()"
              aria-describedby="comment-body-messages"
              [attr.aria-invalid]="bodyError() ? true : null"
              [value]="body()"
              (input)="body.set($any($event.target).value)"
            ></textarea>
            <div class="fr-messages-group" id="comment-body-messages" aria-live="polite">
              @if (bodyError(); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
          <button class="fr-btn fr-btn--sm" type="submit" [disabled]="busy()">Publier le commentaire</button>
        </form>
      }
    </section>
  `,
  styles: `
    .cnt-comment {
      padding: 0.75rem 1rem;
      margin-bottom: 0.75rem;
      background: var(--background-alt-grey);
      border-left: 3px solid var(--border-default-blue-france);
    }
    .cnt-body {
      white-space: pre-line;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class CaseCommentsComponent {
  private readonly addComment = inject(AddCaseCommentGQL);
  private readonly moreQuery = inject(CaseCommentsMoreGQL);

  readonly case = input.required<CaseDetail>();
  readonly changed = output<string>();

  protected readonly pages = olderPages(
    computed(() => this.case().commentPage),
    async (after) => {
      const result = await firstValueFrom(
        this.moreQuery.fetch({ variables: { id: this.case().id, after }, fetchPolicy: 'network-only' }),
      );
      return result.data?.case?.commentPage ?? null;
    },
  );
  protected readonly comments = computed(() => [...this.case().commentPage.nodes, ...this.pages.older()]);

  protected readonly body = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly missing = signal(false);
  protected readonly bodyError = computed(() =>
    this.missing() ? 'Saisissez le commentaire.' : (this.problem()?.fields['body'] ?? null),
  );
  protected readonly general = computed(() => {
    const problem = this.problem();
    return problem && !problem.fields['body'] ? problem : null;
  });

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    this.problem.set(null);
    this.missing.set(!this.body().trim());
    if (this.missing()) {
      document.getElementById('comment-body')?.focus();
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.addComment.mutate({ variables: { caseId: this.case().id, body: this.body().trim() } }),
      );
      this.body.set('');
      this.changed.emit('Commentaire publié.');
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
