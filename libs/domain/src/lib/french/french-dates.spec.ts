import { capitalizeFirst, frenchDateTime, frenchDay, frenchShortDateTime, frenchTime } from './french-dates';

const PARIS = 'Europe/Paris';

describe('dates written the French way', () => {
  it('writes the first of the month « 1er », and only the first', () => {
    expect(frenchDay(new Date('2026-01-01T10:00:00Z'), PARIS)).toBe('1er janvier 2026');
    expect(frenchDay(new Date('2026-01-11T10:00:00Z'), PARIS)).toBe('11 janvier 2026');
    expect(frenchDay(new Date('2026-01-21T10:00:00Z'), PARIS)).toBe('21 janvier 2026');
    expect(frenchDay(new Date('2026-01-31T10:00:00Z'), PARIS)).toBe('31 janvier 2026');
    expect(frenchDay(new Date('2027-06-01T10:00:00Z'), PARIS, { weekday: true })).toBe('mardi 1er juin 2027');
  });

  it('reads the day in the given zone: 23:30 UTC on 31 December is New Year’s Day in Paris', () => {
    expect(frenchDay(new Date('2025-12-31T23:30:00Z'), PARIS)).toBe('1er janvier 2026');
    expect(frenchDay(new Date('2025-12-31T23:30:00Z'), 'UTC')).toBe('31 décembre 2025');
  });

  it('writes hours « 14 h 30 », never « 14:30 »', () => {
    const winter = new Date('2026-12-14T13:30:00Z');
    expect(frenchTime(winter, PARIS)).toBe('14 h 30');
    expect(frenchTime(new Date('2026-12-14T08:05:00Z'), PARIS)).toBe('9 h 05');
    expect(frenchTime(new Date('2026-12-14T08:05:00Z'), PARIS, '\u00a0', true)).toBe('09\u00a0h\u00a005');
    expect(frenchDateTime(winter, PARIS)).toBe('14 décembre 2026 à 14 h 30');
    expect(frenchShortDateTime(winter, PARIS)).toBe('14/12/2026 à 14 h 30');
    expect(frenchShortDateTime(winter, PARIS)).not.toContain(':');
  });

  it('keeps the weekday in lower case inside a sentence, capitalised only at its start', () => {
    const when = frenchDateTime(new Date('2026-12-14T13:30:00Z'), PARIS, { weekday: true });
    expect(when).toBe('lundi 14 décembre 2026 à 14 h 30');
    expect(`Vous êtes convoqué(e) : ${when}.`).toBe(
      'Vous êtes convoqué(e) : lundi 14 décembre 2026 à 14 h 30.',
    );
    expect(capitalizeFirst(when)).toBe('Lundi 14 décembre 2026 à 14 h 30');
    expect(capitalizeFirst('été')).toBe('Été');
  });
});
