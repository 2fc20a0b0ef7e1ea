import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatMeetingWhen } from '@continuum/web/ui';
import { meetingHeading } from '../shared/coordination-labels';
import { MeetingStatusBadgeComponent } from '../shared/meeting-status-badge.component';
import { Meeting } from './meeting-section';

/**
 * What a meeting is, when and where, where it stands, and its documents: the agenda as DOCX and
 * PDF (each reader gets their own redaction), the minutes too once the meeting is held.
 */
@Component({
  selector: 'cnt-meeting-header',
  imports: [RouterLink, MeetingStatusBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="cnt-head fr-mb-4w" data-testid="meeting-header">
      <div>
        <p class="fr-text--sm fr-mb-1v">
          <a class="fr-link fr-link--sm" [routerLink]="['/instances', meeting().body.id]">{{
            meeting().body.name
          }}</a>
        </p>
        <h1 class="fr-mb-1w">{{ heading() }}</h1>
        <p class="fr-text--lead fr-mb-1w" data-testid="meeting-when">{{ when() }}</p>
        <ul class="cnt-where fr-mb-2w">
          @if (meeting().place) {
            <li>
              <span class="fr-icon-map-pin-2-line fr-icon--sm" aria-hidden="true"></span>
              {{ meeting().place }}
            </li>
          }
          @if (meeting().visioUrl) {
            <li>
              <span class="fr-icon-video-chat-line fr-icon--sm" aria-hidden="true"></span>
              <a class="fr-link" [href]="meeting().visioUrl" target="_blank" rel="noopener"
                >Rejoindre la visioconférence<span class="fr-sr-only"> (nouvelle fenêtre)</span></a
              >
            </li>
          }
        </ul>
        <cnt-meeting-status-badge [status]="meeting().status" />
      </div>
      <div class="cnt-downloads">
        <p class="fr-text--sm fr-text--bold fr-mb-1w">Documents</p>
        <ul class="fr-links-group" data-testid="downloads">
          <li>
            <a class="fr-link fr-link--download" [href]="exportUrl('agenda.pdf')" download
              >Ordre du jour <span class="fr-link__detail">PDF</span></a
            >
          </li>
          <li>
            <a class="fr-link fr-link--download" [href]="exportUrl('agenda.docx')" download
              >Ordre du jour <span class="fr-link__detail">DOCX, modifiable</span></a
            >
          </li>
          @if (held()) {
            <li>
              <a class="fr-link fr-link--download" [href]="exportUrl('minutes.pdf')" download
                >Compte rendu <span class="fr-link__detail">PDF</span></a
              >
            </li>
            <li>
              <a class="fr-link fr-link--download" [href]="exportUrl('minutes.docx')" download
                >Compte rendu <span class="fr-link__detail">DOCX, modifiable</span></a
              >
            </li>
          }
        </ul>
      </div>
    </header>
  `,
  styles: `
    .cnt-head {
      display: flex;
      flex-wrap: wrap;
      gap: 1.5rem;
      justify-content: space-between;
      align-items: flex-start;
    }
    .cnt-where {
      list-style: none;
      padding-left: 0;
    }
    .cnt-downloads {
      min-width: 16rem;
      padding: 1rem 1.5rem 0.5rem;
      background: var(--background-alt-grey);
    }
  `,
})
export class MeetingHeaderComponent {
  readonly meeting = input.required<Meeting>();

  protected readonly heading = computed(() => meetingHeading(this.meeting()));
  protected readonly when = computed(() => formatMeetingWhen(this.meeting().startsAt, this.meeting().endsAt));
  protected readonly held = computed(() => ['HELD', 'MINUTES_APPROVED'].includes(this.meeting().status));

  protected exportUrl(document: string): string {
    return `/exports/meetings/${this.meeting().id}/${document}`;
  }
}
