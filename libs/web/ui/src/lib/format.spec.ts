import {
  foldText,
  formatCoordinates,
  formatDate,
  formatDuration,
  formatInteger,
  formatMeetingWhen,
  formatTime,
  formatWeekday,
  fromParisLocal,
  matchesSearch,
  plural,
  toParisLocal,
} from './format';

describe('French formatting', () => {
  it('shows instants in Europe/Paris whatever the machine time zone', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Paris (UTC+1 in winter).
    expect(formatDate('2024-12-31T23:30:00Z')).toBe('1er janvier 2025 à 0 h 30');
    // Summer time (UTC+2).
    expect(formatDate('2025-07-14T08:00:00Z', 'short')).toBe('14/07/2025 à 10 h 00');
    expect(formatDate('2025-07-14T08:00:00Z', 'date')).toBe('14 juillet 2025');
  });

  it('writes the first of the month « 1er », the hours « 14 h 30 », never « 14:30 »', () => {
    expect(formatDate('2026-06-01T12:30:00Z')).toBe('1er juin 2026 à 14 h 30');
    expect(formatDate('2026-06-01T12:30:00Z', 'date')).toBe('1er juin 2026');
    expect(formatDate('2026-06-11T12:30:00Z', 'date')).toBe('11 juin 2026');
    expect(formatDate('2026-06-21T12:30:00Z', 'date')).toBe('21 juin 2026');
    expect(formatWeekday('2026-06-01T12:30:00Z')).toBe('lundi 1er juin 2026');
    expect(formatMeetingWhen('2026-12-01T13:00:00Z', '2026-12-01T15:00:00Z')).toBe(
      'mardi 1er décembre 2026, 14 h 00 – 16 h 00',
    );
    for (const style of ['long', 'short'] as const) {
      expect(formatDate('2026-06-01T12:30:00Z', style)).not.toMatch(/\d:\d/);
    }
  });

  it('shows nothing for a missing or invalid date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('pas une date')).toBe('');
  });

  it('writes coordinates with the decimal comma, never « 47.45967 N »', () => {
    expect(formatCoordinates({ latitude: 47.45967, longitude: 1.9 })).toBe('47,45967 N, 1,9 E');
    expect(formatCoordinates({ latitude: -21.1151, longitude: -55.53641 })).toBe('21,1151 S, 55,53641 O');
    expect(formatCoordinates(null)).toBe('');
  });

  it('groups thousands the French way', () => {
    expect(formatInteger(116238).replace(/\s/g, ' ')).toBe('116 238');
  });

  it('agrees nouns with their count', () => {
    expect(plural(1, 'personne')).toBe('1 personne');
    expect(plural(3, 'personne')).toBe('3 personnes');
    expect(plural(0, 'personne', 'personnes', 'aucune personne')).toBe('aucune personne');
  });
});

describe('search ignoring accents', () => {
  it('folds accents, case and apostrophes', () => {
    expect(foldText('  Saint-Jean-de-Braye ')).toBe('saint jean de braye');
    expect(foldText('Mairie d’Orléans')).toBe('mairie d orleans');
  });

  it('finds « Val de Loire Habitat Démo » when typing without accents, in any word order', () => {
    expect(matchesSearch('habitat demo', 'Val de Loire Habitat Démo')).toBe(true);
    expect(matchesSearch('loire val', 'Val de Loire Habitat Démo')).toBe(true);
    expect(matchesSearch('orleans', 'Val de Loire Habitat Démo')).toBe(false);
  });

  it('matches everything when the search is empty', () => {
    expect(matchesSearch('  ', 'Gien')).toBe(true);
  });
});

describe('meeting times in French', () => {
  it('says the day, then the hours the French way', () => {
    expect(formatMeetingWhen('2026-12-10T13:00:00Z', '2026-12-10T15:00:00Z')).toBe(
      'jeudi 10 décembre 2026, 14 h 00 – 16 h 00',
    );
    // Summer time: 12:30 UTC is 14 h 30 in Paris.
    expect(formatMeetingWhen('2026-06-18T12:30:00Z')).toBe('jeudi 18 juin 2026, 14 h 30');
  });

  it('names both days when a meeting ends the next day', () => {
    expect(formatMeetingWhen('2026-12-10T21:00:00Z', '2026-12-11T00:30:00Z')).toBe(
      'jeudi 10 décembre 2026, 22 h 00 – vendredi 11 décembre 2026, 1 h 30',
    );
  });

  it('writes durations in hours and minutes', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(75)).toBe('1 h 15');
    expect(formatDuration(125)).toBe('2 h 05');
    expect(formatDuration(null)).toBe('');
  });

  it('turns a Paris wall-clock time into the instant and back, in winter and in summer', () => {
    expect(fromParisLocal('2026-12-10T14:00')?.toISOString()).toBe('2026-12-10T13:00:00.000Z');
    expect(fromParisLocal('2026-06-18T14:30')?.toISOString()).toBe('2026-06-18T12:30:00.000Z');
    expect(toParisLocal('2026-06-18T12:30:00Z')).toBe('2026-06-18T14:30');
    expect(fromParisLocal('demain')).toBeNull();
  });

  it('writes an hour with « h »', () => {
    expect(formatTime('2026-12-10T08:05:00Z')).toBe('9 h 05');
  });
});
