import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  AnswerSurveyGQL,
  describeProblem,
  liveQuery,
  Problem,
  SurveyAnswerInput,
  SurveyByLinkGQL,
} from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map } from 'rxjs';

interface Draft {
  score: number | null;
  text: string;
}

/**
 * The respondent's page (`/enquetes/reponse/<jeton>`), reached through the personal link of the
 * invitation or a reminder, signed out: the questionnaire, then a confirmation. A link already used,
 * expired or made up is refused by the server with its reason, shown as is.
 */
@Component({
  selector: 'cnt-survey-answer-page',
  imports: [FrDatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <div class="fr-grid-row fr-grid-row--center">
        <div class="fr-col-12 fr-col-lg-8">
          @if (receipt(); as done) {
            <h1>Merci de votre réponse</h1>
            <div class="fr-alert fr-alert--success fr-mb-3w" role="status" data-testid="survey-receipt">
              <h2 class="fr-alert__title">Réponse enregistrée</h2>
              <p>
                Votre réponse à « {{ done.title }} » a été enregistrée le
                {{ done.submittedAt | frDate: 'long' }}. Ce lien ne servira plus.
              </p>
            </div>
            <p>
              Les résultats sont présentés par groupes, sans nom ; vos réponses libres ne sont lues que par le
              cabinet du préfet.
            </p>
          } @else {
            <h1>Enquête de satisfaction</h1>
            <cnt-problem-alert [problem]="linkProblem()" />
            @if (questionnaire.value(); as survey) {
              <h2 class="fr-h4">{{ survey.title }}</h2>
              <p>Bonjour {{ survey.recipientName }}. {{ survey.intro }}</p>
              <p class="fr-text--sm">
                Vous pouvez répondre jusqu’au {{ survey.closesOn | frDate: 'date' }} inclus, une seule fois.
                Les questions sont obligatoires sauf mention contraire.
              </p>
              <cnt-problem-alert [problem]="problem()" />
              <form (submit)="send($event)" novalidate data-testid="survey-form">
                @for (question of survey.questions; track question.id; let i = $index) {
                  @if (question.kind === 'SCALE') {
                    <fieldset
                      class="fr-fieldset"
                      [class.fr-fieldset--error]="errors()[question.position]"
                      [id]="'q-' + question.position"
                      [attr.aria-labelledby]="'q-' + question.position + '-legend'"
                      role="radiogroup"
                    >
                      <legend class="fr-fieldset__legend" [id]="'q-' + question.position + '-legend'">
                        {{ question.position }}. {{ question.label }}
                        @if (!question.required) {
                          <span class="fr-hint-text">Facultatif</span>
                        }
                      </legend>
                      @for (label of survey.scaleLabels; track $index; let score = $index) {
                        <div class="fr-fieldset__element">
                          <div class="fr-radio-group">
                            <input
                              type="radio"
                              [id]="'q-' + question.position + '-' + (score + 1)"
                              [name]="'q-' + question.position"
                              [checked]="drafts()[question.id]?.score === score + 1"
                              (change)="setScore(question.id, score + 1)"
                            />
                            <label class="fr-label" [for]="'q-' + question.position + '-' + (score + 1)"
                              >{{ score + 1 }} — {{ label }}</label
                            >
                          </div>
                        </div>
                      }
                      @if (errors()[question.position]; as message) {
                        <div class="fr-messages-group" aria-live="assertive">
                          <p class="fr-message fr-message--error">{{ message }}</p>
                        </div>
                      }
                    </fieldset>
                  } @else {
                    <div class="fr-input-group" [class.fr-input-group--error]="errors()[question.position]">
                      <label class="fr-label" [for]="'q-' + question.position">
                        {{ question.position }}. {{ question.label }}
                        @if (!question.required) {
                          <span class="fr-hint-text">Facultatif</span>
                        }
                      </label>
                      <textarea
                        class="fr-input"
                        rows="4"
                        maxlength="2000"
                        [id]="'q-' + question.position"
                        [value]="drafts()[question.id]?.text ?? ''"
                        (input)="setText(question.id, $event)"
                        [attr.aria-describedby]="
                          errors()[question.position] ? 'q-' + question.position + '-error' : null
                        "
                      ></textarea>
                      @if (errors()[question.position]; as message) {
                        <p class="fr-error-text" [id]="'q-' + question.position + '-error'">{{ message }}</p>
                      }
                    </div>
                  }
                }
                <button class="fr-btn fr-mt-2w" type="submit" [disabled]="busy()" data-testid="send-answer">
                  Envoyer ma réponse
                </button>
              </form>
            } @else if (!questionnaire.problem()) {
              <p>Chargement du questionnaire…</p>
            }
          }
        </div>
      </div>
    </div>
  `,
})
export class SurveyAnswerPage {
  readonly token = input.required<string>();
  private readonly query = inject(SurveyByLinkGQL);
  private readonly answer = inject(AnswerSurveyGQL);

  protected readonly drafts = signal<Record<string, Draft>>({});
  protected readonly errors = signal<Record<number, string>>({});
  protected readonly problem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  protected readonly receipt = signal<{ title: string; submittedAt: string } | null>(null);

  protected readonly questionnaire = liveQuery(
    () => this.token(),
    (token) =>
      this.query
        .fetch({ variables: { token }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data!.surveyByLink)),
  );

  /** A refused link (used, expired) is refused on the field `token`: its message is the page's. */
  protected readonly linkProblem = computed(() => withTokenMessage(this.questionnaire.problem()));

  protected setScore(id: string, score: number): void {
    this.drafts.update((drafts) => ({ ...drafts, [id]: { text: drafts[id]?.text ?? '', score } }));
  }
  protected setText(id: string, event: Event): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.drafts.update((drafts) => ({ ...drafts, [id]: { score: drafts[id]?.score ?? null, text } }));
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    const survey = this.questionnaire.value();
    if (!survey) return;
    const drafts = this.drafts();
    const missing: Record<number, string> = {};
    for (const question of survey.questions) {
      const draft = drafts[question.id];
      const empty = question.kind === 'SCALE' ? draft?.score == null : !draft?.text.trim();
      if (question.required && empty)
        missing[question.position] =
          question.kind === 'SCALE' ? 'Choisissez une note de 1 à 5.' : 'Une réponse est attendue.';
    }
    this.errors.set(missing);
    this.problem.set(null);
    const first = Object.keys(missing)[0];
    if (first) {
      this.problem.set({
        message: 'Certaines questions attendent une réponse : voyez les messages sous les questions.',
        code: null,
        fields: {},
      });
      setTimeout(() => document.getElementById(`q-${first}`)?.focus());
      return;
    }
    this.busy.set(true);
    try {
      const answers = survey.questions.flatMap((question): SurveyAnswerInput[] => {
        const draft = drafts[question.id];
        if (question.kind === 'SCALE')
          return draft?.score != null ? [{ questionId: question.id, score: draft.score }] : [];
        return draft?.text.trim() ? [{ questionId: question.id, text: draft.text }] : [];
      });
      const result = await firstValueFrom(
        this.answer.mutate({ variables: { token: this.token(), answers } }),
      );
      this.receipt.set(result.data!.answerSurvey);
    } catch (error) {
      const problem = describeProblem(error);
      // A refusal names its question (« Question 2 (« … ») : … »): shown under it too.
      const named = Object.values(problem.fields).find((message) => /^Question \d+/.test(message));
      if (named) this.errors.set({ [Number(/^Question (\d+)/.exec(named)![1])]: named });
      this.problem.set(named ? { ...problem, message: named } : withTokenMessage(problem));
    } finally {
      this.busy.set(false);
    }
  }
}

function withTokenMessage(problem: Problem | null): Problem | null {
  return problem?.fields['token'] ? { ...problem, message: problem.fields['token'] } : problem;
}
