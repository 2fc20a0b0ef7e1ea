import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MeetingKind, Problem, UpdateMeetingGQL } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { answerLabel, attendanceLabel, minutesBetween } from '../shared/coordination-labels';
import { actionProblem } from '../shared/problem';
import { Meeting, Preparation } from './meeting-section';

interface Candidate {
  id: string;
  fullName: string;
  organization: string;
}

/**
 * Who is convened. While the meeting is prepared the secretary adds or removes people: those of the
 * body's member organisations, or the restricted group's members for a group meeting.
 */
@Component({
  selector: 'cnt-meeting-invitees',
  imports: [ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-6w" aria-labelledby="invitees-title" data-testid="invitees">
      <h2 id="invitees-title" class="fr-h4">Personnes convoquées ({{ meeting().invitees.length }})</h2>
      @if (editable()) {
        <p class="fr-text--sm">
          Par défaut,
          {{
            meeting().workingGroup ? 'les membres du groupe restreint' : 'les membres nommés de l’instance'
          }}. Chacun reçoit la convocation par courriel avec l’invitation au calendrier, et ne lit de l’ordre
          du jour que les points qu’il peut lire.
        </p>
      }
      <cnt-problem-alert [problem]="problem()" />
      <ul class="cnt-people">
        @for (invitee of meeting().invitees; track invitee.user.id) {
          <li data-testid="invitee">
            <div>
              <span class="fr-text--bold">{{ invitee.user.fullName }}</span>
              <span class="cnt-muted"> — {{ invitee.user.organization.name }}</span>
              @if (meeting().status === 'CONVENED') {
                <span class="fr-text--sm" data-testid="invitee-answer">
                  · {{ answer(invitee.answer, invitee.answerRepresentedBy) }}
                </span>
              }
              @if (showAttendance()) {
                <span class="fr-text--sm">
                  · {{ attendance(invitee.attendance) }}
                  @if (invitee.representedBy) {
                    par {{ invitee.representedBy }}
                  }
                </span>
              }
            </div>
            @if (editable()) {
              <button
                type="button"
                class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline fr-icon-close-line fr-btn--icon-left"
                [disabled]="busy()"
                [attr.aria-label]="'Retirer ' + invitee.user.fullName + ' de la convocation'"
                (click)="save(without(invitee.user.id), invitee.user.fullName + ' n’est plus convoqué(e).')"
              >
                Retirer
              </button>
            }
          </li>
        } @empty {
          <li>Personne n’est convoqué pour l’instant.</li>
        }
      </ul>
      @if (editable() && candidates().length > 0) {
        <form class="cnt-add fr-mt-2w" novalidate (submit)="add($event)" aria-label="Convoquer une personne">
          <div class="fr-select-group fr-mb-1w" [class.fr-select-group--error]="choiceError()">
            <label class="fr-label" for="invitee-add">Convoquer aussi</label>
            <select
              class="fr-select"
              id="invitee-add"
              aria-describedby="invitee-add-messages"
              [value]="choice()"
              (change)="choice.set($any($event.target).value)"
            >
              <option value="">Choisissez une personne</option>
              @for (group of candidatesByOrganization(); track group.organization) {
                <optgroup [label]="group.organization">
                  @for (person of group.people; track person.id) {
                    <option [value]="person.id">{{ person.fullName }}</option>
                  }
                </optgroup>
              }
            </select>
            <div class="fr-messages-group" id="invitee-add-messages" aria-live="polite">
              @if (choiceError(); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
          <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit" [disabled]="busy()">
            Convoquer
          </button>
        </form>
      }
    </section>
  `,
  styles: `
    .cnt-people {
      list-style: none;
      padding-left: 0;
    }
    .cnt-people li {
      display: flex;
      gap: 1rem;
      justify-content: space-between;
      align-items: center;
      padding: 0.375rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-add {
      padding: 1rem;
      background: var(--background-alt-grey);
    }
  `,
})
export class MeetingInviteesComponent {
  private readonly updateMeeting = inject(UpdateMeetingGQL);

  readonly meeting = input.required<Meeting>();
  /** The secretary's extra reading; without it the list is read-only. */
  readonly preparation = input<Preparation | null>(null);
  readonly editable = input(false);
  readonly changed = output<string>();

  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly choice = signal('');
  protected readonly choiceError = signal<string | null>(null);

  /** Before the meeting everyone is « convoqué »: attendance says something once it was held. */
  protected readonly showAttendance = computed(() =>
    ['HELD', 'MINUTES_APPROVED'].includes(this.meeting().status),
  );

  /** People who may be convened and are not yet. */
  protected readonly candidates = computed<Candidate[]>(() => {
    const preparation = this.preparation();
    if (!preparation) return [];
    const invited = new Set(this.meeting().invitees.map((invitee) => invitee.user.id));
    const people: Candidate[] = preparation.workingGroup
      ? preparation.workingGroup.members.map((member) => ({
          id: member.user.id,
          fullName: member.user.fullName,
          organization: member.user.organization.name,
        }))
      : preparation.body.memberOrganizations.flatMap((org) =>
          org.members
            .filter((person) => !person.disabled)
            .map((person) => ({ id: person.id, fullName: person.fullName, organization: org.name })),
        );
    return people.filter((person) => !invited.has(person.id));
  });

  protected readonly candidatesByOrganization = computed(() => {
    const groups = new Map<string, Candidate[]>();
    for (const person of this.candidates()) {
      groups.set(person.organization, [...(groups.get(person.organization) ?? []), person]);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'fr'))
      .map(([organization, people]) => ({
        organization,
        people: people.sort((a, b) => a.fullName.localeCompare(b.fullName, 'fr')),
      }));
  });

  protected answer(answer: string | null | undefined, representedBy: string | null | undefined): string {
    return answerLabel(answer, representedBy);
  }

  protected attendance(value: string): string {
    return attendanceLabel(value);
  }

  protected without(userId: string): string[] {
    return this.meeting()
      .invitees.map((invitee) => invitee.user.id)
      .filter((id) => id !== userId);
  }

  protected add(event: Event): void {
    event.preventDefault();
    const id = this.choice();
    if (!id) {
      this.choiceError.set('Choisissez la personne à convoquer.');
      document.getElementById('invitee-add')?.focus();
      return;
    }
    this.choiceError.set(null);
    const person = this.candidates().find((candidate) => candidate.id === id);
    void this.save(
      [...this.meeting().invitees.map((invitee) => invitee.user.id), id],
      `${person?.fullName ?? 'La personne'} est convoqué(e).`,
    );
  }

  /** The invitees go with the meeting's other fields, unchanged (the API takes the whole meeting). */
  protected async save(inviteeUserIds: string[], message: string): Promise<void> {
    const meeting = this.meeting();
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(
        this.updateMeeting.mutate({
          variables: {
            id: meeting.id,
            input: {
              kind: meeting.kind as MeetingKind,
              workingGroupId: meeting.workingGroup?.id ?? null,
              startsAt: meeting.startsAt,
              durationMinutes: minutesBetween(meeting.startsAt, meeting.endsAt),
              place: meeting.place,
              visioUrl: meeting.visioUrl,
              inviteeUserIds,
            },
          },
        }),
      );
      this.choice.set('');
      this.changed.emit(message);
    } catch (error) {
      this.problem.set(actionProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
