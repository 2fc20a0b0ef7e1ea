import type { MeetingSubject } from '@continuum/domain';
import { forbidden, requestLoader } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { MeetingEntity } from './entities/meeting.entities';
import { MeetingsService } from './meetings.service';

/** The policy's view of a meeting, one query for every meeting of the request. */
export function meetingSubject(req: object, meetings: MeetingsService, meeting: MeetingEntity) {
  return requestLoader<string, MeetingSubject>(
    req,
    'meeting.subject',
    (ids) => meetings.subjects(ids) as Promise<MeetingSubject[]>,
  ).load(meeting.id);
}

/** Refuses whoever does not prepare the meeting (its body's secretariat). */
export async function assertPrepares(
  req: object,
  meetings: MeetingsService,
  meeting: MeetingEntity,
  principal: RequestPrincipal,
): Promise<void> {
  if (!principal.ability.can('prepare', await meetingSubject(req, meetings, meeting)))
    throw forbidden('Réservé au secrétariat de l’instance.');
}
