import { endOfMonth, lastCompleteMonth, monthLabel, monthsBetween, shiftMonths } from './plan-months';

describe('The months an indicator is counted on', () => {
  it('takes the month before today’s as the last complete one, across a new year too', () => {
    expect(lastCompleteMonth(new Date('2026-12-07T10:00:00Z'))).toBe('2026-11-01');
    expect(lastCompleteMonth(new Date('2027-01-15T10:00:00Z'))).toBe('2026-12-01');
  });

  it('moves by months over year boundaries', () => {
    expect(shiftMonths('2026-11-01', -11)).toBe('2025-12-01');
    expect(shiftMonths('2026-12-01', 1)).toBe('2027-01-01');
    expect(shiftMonths('2026-01-01', -1)).toBe('2025-12-01');
  });

  it('lists the months between two, both included, and none backwards', () => {
    expect(monthsBetween('2025-11-01', '2026-02-01')).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(monthsBetween('2026-03-01', '2026-02-01')).toEqual([]);
  });

  it('gives a month’s last day and its French name', () => {
    expect(endOfMonth('2024-02-01')).toBe('2024-02-29');
    expect(endOfMonth('2026-12-01')).toBe('2026-12-31');
    expect(monthLabel('2026-08-01')).toBe('août 2026');
  });
});
