import { foldOctets, meetingInvitation, type MeetingInvitationInput } from './ics';

/** The calendar's content lines, unfolded, as `{ name, params, value }`. */
function parse(calendar: string): { name: string; params: string; value: string }[] {
  return calendar
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([A-Z-]+)((?:;(?:[^":]|"[^"]*")*)*):(.*)$/.exec(line);
      if (!match) throw new Error(`ligne illisible : ${line}`);
      return { name: match[1], params: match[2], value: match[3] };
    });
}

function values(calendar: string, name: string): string[] {
  return parse(calendar)
    .filter((line) => line.name === name)
    .map((line) => line.value);
}

const cellule: MeetingInvitationInput = {
  uid: 'meeting-7b0c@continuum.example',
  sequence: 0,
  method: 'REQUEST',
  // 14:30 in Paris in winter is 13:30 UTC.
  start: new Date('2026-01-15T13:30:00Z'),
  end: new Date('2026-01-15T15:00:00Z'),
  title: 'Cellule de veille — quartier de la Source',
  description: 'Ordre du jour :\n1. Points de deal ; rodéos\n2. Questions diverses',
  location: 'Mairie d’Orléans, salle du conseil',
  url: 'https://continuum.example/reunions/7b0c',
  organizer: { name: 'Secrétariat du CLSPD', email: 'clspd@orleans.example' },
  attendees: [
    { name: 'Cdt Martin', email: 'martin@police.example' },
    { name: 'Léa "LD" Durand', email: 'durand@bailleur.example' },
  ],
  stamp: new Date('2026-01-02T08:00:00Z'),
};

describe('meetingInvitation', () => {
  it('writes a REQUEST a calendar can add: method, UID, sequence and UTC times', () => {
    const calendar = meetingInvitation(cellule);

    expect(values(calendar, 'METHOD')).toEqual(['REQUEST']);
    expect(values(calendar, 'UID')).toEqual(['meeting-7b0c@continuum.example']);
    expect(values(calendar, 'SEQUENCE')).toEqual(['0']);
    expect(values(calendar, 'DTSTART')).toEqual(['20260115T133000Z']);
    expect(values(calendar, 'DTEND')).toEqual(['20260115T150000Z']);
    expect(values(calendar, 'DTSTAMP')).toEqual(['20260102T080000Z']);
    expect(values(calendar, 'STATUS')).toEqual(['CONFIRMED']);
    expect(values(calendar, 'SUMMARY')).toEqual(['Cellule de veille — quartier de la Source']);
    expect(values(calendar, 'DESCRIPTION')).toEqual([
      'Ordre du jour :\\n1. Points de deal \\; rodéos\\n2. Questions diverses',
    ]);
    expect(values(calendar, 'LOCATION')).toEqual(['Mairie d’Orléans\\, salle du conseil']);
  });

  it('names the organizer and asks every attendee for an answer', () => {
    const lines = parse(meetingInvitation(cellule));

    const organizer = lines.filter((line) => line.name === 'ORGANIZER');
    expect(organizer).toHaveLength(1);
    expect(organizer[0].params).toContain('CN="Secrétariat du CLSPD"');
    expect(organizer[0].value.toLowerCase()).toBe('mailto:clspd@orleans.example');

    const attendees = lines.filter((line) => line.name === 'ATTENDEE');
    expect(attendees.map((line) => line.value.toLowerCase())).toEqual([
      'mailto:martin@police.example',
      'mailto:durand@bailleur.example',
    ]);
    for (const attendee of attendees) {
      expect(attendee.params).toContain('RSVP=TRUE');
      expect(attendee.params).toMatch(/PARTSTAT="?NEEDS-ACTION"?/);
    }
    // A double quote cannot appear inside a quoted parameter value.
    expect(attendees[1].params).toContain(`CN="Léa 'LD' Durand"`);
  });

  it('cancels the same event with a higher sequence', () => {
    const calendar = meetingInvitation({ ...cellule, method: 'CANCEL', sequence: 3 });

    expect(values(calendar, 'METHOD')).toEqual(['CANCEL']);
    expect(values(calendar, 'UID')).toEqual([cellule.uid]);
    expect(values(calendar, 'SEQUENCE')).toEqual(['3']);
    expect(values(calendar, 'STATUS')).toEqual(['CANCELLED']);
    for (const attendee of parse(calendar).filter((line) => line.name === 'ATTENDEE'))
      expect(attendee.params).not.toContain('RSVP=TRUE');
  });

  it('keeps every line within 75 octets, even in accented French', () => {
    const calendar = meetingInvitation({
      ...cellule,
      title:
        'Réunion exceptionnelle élargie : sécurité des écoles, été après été, à l’échelle de l’agglomération',
    });

    for (const line of calendar.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(values(calendar, 'SUMMARY')).toEqual([
      'Réunion exceptionnelle élargie : sécurité des écoles\\, été après été\\, à l’échelle de l’agglomération',
    ]);
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(calendar.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  it('refuses a meeting that ends before it starts', () => {
    expect(() => meetingInvitation({ ...cellule, end: cellule.start })).toThrow(/fin de la réunion/);
  });
});

describe('foldOctets', () => {
  it('never cuts a multi-byte character', () => {
    const folded = foldOctets(`SUMMARY:${'é'.repeat(100)}\r\n`);
    const lines = folded.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(100)}\r\n`);
  });
});
