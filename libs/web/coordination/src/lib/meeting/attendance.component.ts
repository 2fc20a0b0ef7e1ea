import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { Attendance, Problem, RecordAttendanceGQL } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { ATTENDANCE_OPTIONS, attendanceLabel } from '../shared/coordination-labels';
import { actionProblem } from '../shared/problem';
import { Meeting } from './meeting-section';

interface Row {
  userId: string;
  fullName: string;
  organization: string;
  attendance: string;
  representedBy: string;
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
      <cnt-problem-alert [problem]="problem()" />
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
          <div class="fr-table fr-table--sm fr-table--no-caption">
            <div class="fr-table__wrapper">
              <div class="fr-table__container" tabindex="0">
                <div class="fr-table__content">
                  <table>
                    <caption>
                      Présence des personnes convoquées
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Personne</th>
                        <th scope="col">Présence</th>
                        <th scope="col">Représentée par</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (row of rows(); track row.userId; let index = $index) {
                        <tr data-testid="attendance-row">
                          <th scope="row">
                            {{ row.fullName }}<br /><span class="fr-text--xs cnt-muted">{{
                              row.organization
                            }}</span>
                          </th>
                          <td>
                            <label class="fr-sr-only" [for]="'attendance-' + row.userId"
                              >Présence de {{ row.fullName }}</label
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
                          </td>
                          <td>
                            @if (row.attendance === 'REPRESENTED') {
                              <div
                                class="fr-input-group fr-mb-0"
                                [class.fr-input-group--error]="errors()[row.userId]"
                              >
                                <label class="fr-label fr-sr-only" [for]="'represented-' + row.userId"
                                  >{{ row.fullName }} est représenté(e) par</label
                                >
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
                            } @else {
                              <span class="cnt-muted">—</span>
                            }
                          </td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
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
    })),
  );
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected label(value: string): string {
    return attendanceLabel(value);
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
    } finally {
      this.busy.set(false);
    }
  }
}
