import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { SetMinutesSummaryGQL } from '@continuum/web/data-access';
import { blankToNull } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { actionProblem } from '../shared/problem';
import { Meeting } from './meeting-section';

const MAX = 50000;

/** The general text of the minutes: written by the secretary once the meeting is held, then read. */
@Component({
  selector: 'cnt-minutes-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-6w" aria-labelledby="summary-title" data-testid="minutes-summary">
      <h2 id="summary-title" class="fr-h4">Compte rendu</h2>
      @if (readOnly()) {
        @if (meeting().summary; as summary) {
          <p class="cnt-summary">{{ summary }}</p>
        } @else {
          <p class="cnt-muted">Pas de texte général.</p>
        }
      } @else {
        <form novalidate (submit)="save($event)" aria-label="Texte général du compte rendu">
          <div class="fr-input-group" [class.fr-input-group--error]="error()">
            <label class="fr-label" for="minutes-summary">
              Texte général du compte rendu
              <span class="fr-hint-text"
                >Ce qui a été dit hors des points ; les notes et décisions de chaque point suivent</span
              >
            </label>
            <textarea
              class="fr-input"
              [class.fr-input--error]="error()"
              id="minutes-summary"
              rows="6"
              [attr.maxlength]="max"
              aria-describedby="minutes-summary-messages"
              [attr.aria-invalid]="error() ? true : null"
              [value]="text()"
              (input)="text.set($any($event.target).value)"
            ></textarea>
            <div class="fr-messages-group" id="minutes-summary-messages" aria-live="polite">
              @if (error(); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
          <button
            class="fr-btn fr-btn--sm"
            type="submit"
            [disabled]="busy() || text() === (meeting().summary ?? '')"
          >
            Enregistrer le texte
          </button>
        </form>
      }
    </section>
  `,
  styles: `
    .cnt-summary {
      white-space: pre-line;
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class MinutesSummaryComponent {
  private readonly setSummary = inject(SetMinutesSummaryGQL);

  readonly meeting = input.required<Meeting>();
  readonly readOnly = input(false);
  readonly changed = output<string>();

  protected readonly max = MAX;
  protected readonly text = linkedSignal(() => this.meeting().summary ?? '');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(
        this.setSummary.mutate({ variables: { id: this.meeting().id, summary: blankToNull(this.text()) } }),
      );
      this.changed.emit('Texte du compte rendu enregistré.');
    } catch (error) {
      const problem = actionProblem(error);
      this.error.set(problem.fields['summary'] ?? problem.message);
      document.getElementById('minutes-summary')?.focus();
    } finally {
      this.busy.set(false);
    }
  }
}
