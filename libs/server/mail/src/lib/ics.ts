import { createEvent, type EventAttributes } from 'ics';
import type { IcsMethod } from './mail-message.entity';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface MeetingInvitationInput {
  /** Stable across every version of the meeting (e.g. `meeting-<id>@<host>`), so calendars update it. */
  uid: string;
  /** Grows with each change sent (0 for the first invitation); a calendar ignores older ones. */
  sequence: number;
  method: IcsMethod;
  start: Date;
  end: Date;
  title: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  /** DTSTAMP, when the invitation was written; now by default. */
  stamp?: Date;
  /**
   * Whether the attendees' calendars are asked to answer (RSVP=TRUE): only when the organiser's
   * address is one where the answers are received and read. True by default.
   */
  askAnswer?: boolean;
}

const PRODUCT_ID = '-//Continuum//Coordination//FR';

/**
 * An iTIP invitation (RFC 5546) for one meeting: `REQUEST` to invite or to send a change,
 * `CANCEL` to withdraw it. Times are written in UTC, so no time-zone table is needed.
 */
export function meetingInvitation(input: MeetingInvitationInput): string {
  if (!(input.end.getTime() > input.start.getTime()))
    throw new Error('Invitation : la fin de la réunion doit suivre son début.');
  if (!Number.isInteger(input.sequence) || input.sequence < 0)
    throw new Error('Invitation : la séquence est un entier positif ou nul.');
  const cancel = input.method === 'CANCEL';
  const event: EventAttributes = {
    productId: PRODUCT_ID,
    method: input.method,
    uid: input.uid,
    sequence: input.sequence,
    timestamp: (input.stamp ?? new Date()).getTime(),
    start: input.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: oneLine(input.title),
    description: input.description || undefined,
    location: input.location ? oneLine(input.location) : undefined,
    url: input.url || undefined,
    status: cancel ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: cancel ? 'FREE' : 'BUSY',
    organizer: { name: paramText(input.organizer.name), email: input.organizer.email },
    attendees: input.attendees.map((attendee) => ({
      name: paramText(attendee.name),
      email: attendee.email,
      role: 'REQ-PARTICIPANT',
      partstat: 'NEEDS-ACTION',
      rsvp: !cancel && input.askAnswer !== false,
    })),
  } as EventAttributes;
  const { error, value } = createEvent(event);
  if (error || !value)
    throw new Error(`Invitation impossible à écrire : ${error?.message ?? 'résultat vide'}.`);
  return foldOctets(value);
}

/** A parameter value (CN=…) is a quoted string that may contain neither DQUOTE nor control characters. */
function paramText(text: string): string {
  return oneLine(text).replace(/"/g, "'");
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/**
 * RFC 5545 limits a line to 75 octets; `ics` folds at 75 characters, which accented French
 * overruns. Unfold its output and fold it again on octets, never inside a UTF-8 sequence.
 */
export function foldOctets(calendar: string): string {
  const lines = calendar.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let size = 0;
      let limit = 75;
      for (const char of line) {
        const bytes = Buffer.byteLength(char, 'utf8');
        if (size + bytes > limit) {
          parts.push(current);
          current = '';
          size = 0;
          limit = 74; // the continuation's leading space counts
        }
        current += char;
        size += bytes;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
