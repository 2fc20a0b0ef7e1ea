import { frenchDateTime } from './alert-time';

describe('times in alerts', () => {
  const at = new Date('2026-12-14T13:30:00Z'); // 14 h 30 in Paris (winter)

  it('writes « 14 h 30 », never « 14:30 »', () => {
    expect(frenchDateTime(at, 'Europe/Paris', 'full')).toBe('lundi 14 décembre 2026 à 14 h 30');
    expect(frenchDateTime(at, 'Europe/Paris', 'short')).toBe('14/12/2026 14 h 30');
  });

  it('writes the hour without a leading zero and keeps the minutes on two digits', () => {
    expect(frenchDateTime(new Date('2026-07-01T07:05:00Z'), 'Europe/Paris', 'short')).toBe(
      '01/07/2026 9 h 05',
    );
  });
});
