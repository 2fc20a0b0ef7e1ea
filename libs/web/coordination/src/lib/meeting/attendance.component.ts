import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { Attendance, Problem, RecordAttendanceGQL } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { answerLabel, ATTENDANCE_OPTIONS, attendanceLabel, ofName } from '../shared/coordination-labels';
import { actionProblem } from '../shared/problem';
import { Meeting } from './meeting-section';

interface Row {
  userId: string;
  fullName: string;
  organization: string;
  attendance: string;
  representedBy: string;
  /** The invitee's own answer to the convocation, as a sentence. */
  answer: string;
}

/**
 * Who came: each person convened is present, excused, represented (by whom) or absent. Recorded
 * by the secretary the day of the meeting, until the minutes are approved.
 */
@Component({
  selector: 'cnt-attendance',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-6w" aria-labelledby="attendance-title" data-testid="attendance">
      <h2 id="attendance-title" class="fr-h4">Présences</h2>
      @if (readOnly()) {
        <ul class="cnt-people">
          @for (row of rows(); track row.userId) {
            <li>
              <span class="fr-text--bold">{{ row.fullName }}</span>
              <span class="cnt-muted"> — {{ row.organization }}</span> :
              {{ label(row.attendance) }}
              @if (row.attendance === 'REPRESENTED' && row.representedBy) {
                par {{ row.representedBy }}
              }
            </li>
          }
        </ul>
      } @else {
        <form novalidate (submit)="save($event)" aria-label="Enregistrer les présences">
          <!-- One block per person, not a table: on a phone each select takes the full width. -->
          <ul class="cnt-attendance">
            @for (row of rows(); track row.userId; let index = $index) {
              <li class="cnt-attendance__row" data-testid="attendance-row">
                <div class="cnt-attendance__who">
                  <p class="fr-text--bold fr-mb-0">{{ row.fullName }}</p>
                  <p class="fr-text--xs cnt-muted fr-mb-0">{{ row.organization }}</p>
                  <p class="fr-text--xs fr-mb-0" data-testid="attendance-answer">
                    Réponse à la convocation : {{ row.answer }}
                  </p>
                </div>
                <div class="fr-select-group fr-mb-0">
                  <label class="fr-label" [for]="'attendance-' + row.userId"
                    >Présence {{ of(row.fullName) }}</label
                  >
                  <select
                    class="fr-select"
                    [id]="'attendance-' + row.userId"
                    (change)="set(index, { attendance: $any($event.target).value })"
                  >
                    @for (option of options; track option.value) {
                      <option [value]="option.value" [selected]="option.value === row.attendance">
                        {{ option.label }}
                      </option>
                    }
                  </select>
                </div>
                @if (row.attendance === 'REPRESENTED') {
                  <div class="fr-input-group fr-mb-0" [class.fr-input-group--error]="errors()[row.userId]">
                    <label class="fr-label" [for]="'represented-' + row.userId">Représenté·e par</label>
                    <input
                      class="fr-input"
                      [class.fr-input--error]="errors()[row.userId]"
                      [id]="'represented-' + row.userId"
                      [value]="row.representedBy"
                      [attr.aria-describedby]="'represented-' + row.userId + '-messages'"
                      [attr.aria-invalid]="errors()[row.userId] ? true : null"
                      (input)="set(index, { representedBy: $any($event.target).value })"
                    />
                    <div
                      class="fr-messages-group"
                      [id]="'represented-' + row.userId + '-messages'"
                      aria-live="polite"
                    >
                      @if (errors()[row.userId]; as message) {
                        <p class="fr-message fr-message--error">{{ message }}</p>
                      }
                    </div>
                  </div>
                }
              </li>
            }
          </ul>
          <div #problemBox tabindex="-1" class="cnt-focus-target">
            <cnt-problem-alert [problem]="problem()" />
          </div>
          <button class="fr-btn fr-btn--sm" type="submit" [disabled]="busy()">
            Enregistrer les présences
          </button>
        </form>
      }
    </section>
  `,
  styles: `
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-people {
      list-style: none;
      padding-left: 0;
    }
    .cnt-people li {
      padding: 0.25rem 0;
    }
    .cnt-attendance {
      list-style: none;
      padding-left: 0;
      margin: 0 0 1.5rem;
    }
    .cnt-attendance__row {
      display: grid;
      grid-template-columns: 1fr;
      gap: 0.75rem;
      padding: 1rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    @media (min-width: 48em) {
      .cnt-attendance__row {
        grid-template-columns: 2fr 1.5fr 2fr;
        align-items: end;
      }
    }
    .cnt-focus-target:focus {
      outline: none;
    }
  `,
})
export class AttendanceComponent {
  private readonly recordAttendance = inject(RecordAttendanceGQL);

  readonly meeting = input.required<Meeting>();
  readonly readOnly = input(false);
  readonly changed = output<string>();

  protected readonly options = ATTENDANCE_OPTIONS;
  protected readonly rows = linkedSignal<Row[]>(() =>
    this.meeting().invitees.map((invitee) => ({
      userId: invitee.user.id,
      fullName: invitee.user.fullName,
      organization: invitee.user.organization.name,
      attendance: invitee.attendance,
      representedBy: invitee.representedBy ?? '',
      answer: answerLabel(invitee.answer, invitee.answerRepresentedBy),
    })),
  );
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');

  protected label(value: string): string {
    return attendanceLabel(value);
  }

  protected of(name: string): string {
    return ofName(name);
  }

  protected set(index: number, change: Partial<Row>): void {
    this.rows.update((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const missing = this.rows().filter(
      (row) => row.attendance === 'REPRESENTED' && !row.representedBy.trim(),
    );
    this.errors.set(
      Object.fromEntries(missing.map((row) => [row.userId, `Indiquez qui représente ${row.fullName}.`])),
    );
    if (missing.length > 0) {
      document.getElementById(`represented-${missing[0].userId}`)?.focus();
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.recordAttendance.mutate({
          variables: {
            meetingId: this.meeting().id,
            entries: this.rows().map((row) => ({
              userId: row.userId,
              attendance: row.attendance as Attendance,
              representedBy: row.attendance === 'REPRESENTED' ? row.representedBy.trim() : null,
            })),
          },
        }),
      );
      this.changed.emit('Présences enregistrées.');
    } catch (error) {
      this.problem.set(actionProblem(error));
      // The refusal sits by the button: the focus goes to it, where the eye already is.
      setTimeout(() => this.problemBox()?.nativeElement.focus());
    } finally {
      this.busy.set(false);
    }
  }
}
