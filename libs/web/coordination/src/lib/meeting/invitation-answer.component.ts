import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { AnswerInvitationGQL, Attendance, describeProblem, Problem } from '@continuum/web/data-access';
import { formatDate, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { ANSWER_OPTIONS, answerLabel } from '../shared/coordination-labels';
import { actionProblem } from '../shared/problem';
import { Meeting } from './meeting-section';

/**
 * The « réponse » the convocation mail promises at its link: a person convened says whether they
 * will be present, excused, or represented (by whom), until the meeting is declared held. The
 * secretary sees the answers beside the invitees and the attendance.
 */
@Component({
  selector: 'cnt-invitation-answer',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-6w cnt-answer" aria-labelledby="answer-title" data-testid="invitation-answer">
      <h2 id="answer-title" class="fr-h4">Ma réponse à la convocation</h2>
      @if (current(); as mine) {
        <p class="fr-text--sm" data-testid="my-answer">
          Votre réponse : <strong>{{ mine.label }}</strong>
          @if (mine.on) {
            (le {{ mine.on }})
          }
          . Vous pouvez la changer jusqu’à la séance.
        </p>
      }
      <form novalidate (submit)="send($event)" aria-labelledby="answer-title">
        <fieldset class="fr-fieldset" aria-describedby="answer-messages">
          <legend class="fr-fieldset__legend fr-text--regular">Serez-vous à la séance ?</legend>
          @for (option of options; track option.value) {
            <div class="fr-fieldset__element">
              <div class="fr-radio-group">
                <input
                  type="radio"
                  name="invitation-answer"
                  [id]="'answer-' + option.value"
                  [value]="option.value"
                  [checked]="choice() === option.value"
                  (change)="choice.set(option.value)"
                />
                <label class="fr-label" [for]="'answer-' + option.value">{{ option.label }}</label>
              </div>
            </div>
          }
          <div class="fr-messages-group" id="answer-messages" aria-live="polite">
            @if (errors()['answer']; as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </fieldset>
        @if (choice() === 'REPRESENTED') {
          <div class="fr-input-group" [class.fr-input-group--error]="errors()['representedBy']">
            <label class="fr-label" for="answer-represented-by">Qui vous représentera ?</label>
            <input
              #representative
              class="fr-input"
              id="answer-represented-by"
              maxlength="200"
              aria-describedby="answer-represented-by-messages"
              [attr.aria-invalid]="errors()['representedBy'] ? true : null"
              [value]="representedBy()"
              (input)="representedBy.set($any($event.target).value)"
            />
            <div class="fr-messages-group" id="answer-represented-by-messages" aria-live="polite">
              @if (errors()['representedBy']; as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
        }
        <div #problemBox tabindex="-1" class="cnt-focus-target">
          <cnt-problem-alert [problem]="problem()" />
        </div>
        <button class="fr-btn" type="submit" [disabled]="busy()">Envoyer ma réponse</button>
      </form>
    </section>
  `,
  styles: `
    .cnt-answer {
      padding: 1.5rem;
      background: var(--background-alt-blue-france);
    }
    .cnt-focus-target:focus {
      outline: none;
    }
  `,
})
export class InvitationAnswerComponent {
  private readonly answerInvitation = inject(AnswerInvitationGQL);

  readonly meeting = input.required<Meeting>();
  /** The reader, who is one of the people convened. */
  readonly userId = input.required<string>();
  readonly changed = output<string>();

  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly representative = viewChild<ElementRef<HTMLInputElement>>('representative');

  protected readonly options = ANSWER_OPTIONS;
  private readonly mine = computed(() =>
    this.meeting().invitees.find((invitee) => invitee.user.id === this.userId()),
  );
  protected readonly current = computed(() => {
    const mine = this.mine();
    return mine?.answer
      ? {
          label: answerLabel(mine.answer, mine.answerRepresentedBy),
          on: mine.answeredAt ? formatDate(mine.answeredAt, 'date') : null,
        }
      : null;
  });
  protected readonly choice = linkedSignal<string>(() => this.mine()?.answer ?? '');
  protected readonly representedBy = linkedSignal<string>(() => this.mine()?.answerRepresentedBy ?? '');
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    this.problem.set(null);
    if (!this.choice()) {
      this.errors.set({ answer: 'Choisissez votre réponse.' });
      document.getElementById(`answer-${this.options[0].value}`)?.focus();
      return;
    }
    if (this.choice() === 'REPRESENTED' && !this.representedBy().trim()) {
      this.errors.set({ representedBy: 'Indiquez qui vous représentera.' });
      this.representative()?.nativeElement.focus();
      return;
    }
    this.errors.set({});
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.answerInvitation.mutate({
          variables: {
            meetingId: this.meeting().id,
            input: {
              answer: this.choice() as Attendance,
              representedBy: this.choice() === 'REPRESENTED' ? this.representedBy().trim() : null,
            },
          },
        }),
      );
      this.changed.emit('Réponse envoyée : le secrétariat de l’instance la voit.');
    } catch (error) {
      const problem = describeProblem(error);
      const fields = problem.fields as Record<string, string>;
      if (fields['input.representedBy']) this.errors.set({ representedBy: fields['input.representedBy'] });
      this.problem.set(actionProblem(error));
      setTimeout(() => this.problemBox()?.nativeElement.focus());
    } finally {
      this.busy.set(false);
    }
  }
}
