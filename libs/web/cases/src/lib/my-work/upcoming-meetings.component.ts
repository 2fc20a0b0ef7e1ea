import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS, MeetingKind, MeetingStatus } from '@continuum/domain';
import { liveQuery, MeetingSummaryFragment, UpcomingMeetingsGQL } from '@continuum/web/data-access';
import { formatMeetingWhen, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';

/**
 * « Mes prochaines séances » on the home page: the meetings I am convened to or that my
 * organisation sits in, the nearest first, each a link to the meeting (its agenda as I may read it).
 */
@Component({
  selector: 'cnt-upcoming-meetings',
  imports: [RouterLink, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-6w" aria-labelledby="meetings-title" data-testid="my-meetings">
      <h2 id="meetings-title">Mes prochaines séances</h2>
      <cnt-problem-alert [problem]="meetings.problem()" />
      @if (meetings.value(); as rows) {
        <ul class="cnt-meetings">
          @for (meeting of rows; track meeting.id) {
            <li data-testid="my-meeting">
              <a class="fr-link" [routerLink]="['/seances', meeting.id]">{{ when(meeting) }}</a>
              <p class="fr-text--sm fr-mb-0 cnt-muted">
                {{ what(meeting) }} — {{ meeting.body.name }}
                @if (meeting.place) {
                  · {{ meeting.place }}
                }
                · {{ status(meeting) }}
              </p>
            </li>
          } @empty {
            <li>Aucune séance prévue pour vous.</li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .cnt-meetings {
      list-style: none;
      padding-left: 0;
    }
    .cnt-meetings li {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class UpcomingMeetingsComponent {
  private readonly upcoming = inject(UpcomingMeetingsGQL);

  protected readonly meetings = liveQuery(
    () => null,
    () =>
      this.upcoming
        .fetch({ fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.upcomingMeetings ?? [])),
  );

  protected when(meeting: MeetingSummaryFragment): string {
    return formatMeetingWhen(meeting.startsAt, meeting.endsAt);
  }

  protected what(meeting: MeetingSummaryFragment): string {
    const kind = MEETING_KIND_LABELS[meeting.kind as MeetingKind] ?? meeting.kind;
    return meeting.workingGroup ? `${kind} « ${meeting.workingGroup.name} »` : kind;
  }

  protected status(meeting: MeetingSummaryFragment): string {
    return (MEETING_STATUS_LABELS[meeting.status as MeetingStatus] ?? meeting.status).toLowerCase();
  }
}
