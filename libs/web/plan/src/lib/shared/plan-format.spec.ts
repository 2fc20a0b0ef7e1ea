import {
  countByProgress,
  figureText,
  formatDay,
  formatNumber,
  formatPeriod,
  numberForInput,
  parseFrenchNumber,
  progressBadgeClass,
  shareText,
  yearOf,
  yearOptions,
} from './plan-format';

const NARROW = '\u202f';

describe('the plan’s French figures and days', () => {
  it('writes numbers with a narrow no-break space between thousands and a decimal comma', () => {
    expect(formatNumber(1250)).toBe(`1${NARROW}250`);
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(4994.333)).toBe(`4${NARROW}994,33`);
    expect(formatNumber(null)).toBe('—');
  });

  it('writes a day in words, the first of the month as « 1er », whatever the browser’s zone', () => {
    expect(formatDay('2025-12-31')).toBe('31 décembre 2025');
    expect(formatDay('2026-03-01')).toBe('1er mars 2026');
    expect(formatDay('not a day')).toBe('');
  });

  it('writes a computed point as its month, a value entered by hand as its day', () => {
    expect(formatPeriod('2026-11')).toBe('novembre 2026');
    expect(formatPeriod('2026-02-15')).toBe('15 février 2026');
  });

  it('says « masqué » for a figure under the diffusion threshold, never a number', () => {
    expect(figureText(null, true)).toBe('masqué');
    expect(figureText(3, true)).toBe('masqué');
    expect(figureText(1200, false)).toBe(`1${NARROW}200`);
    expect(figureText(null, false)).toBe('—');
  });

  it('writes the share of the way as a percentage with a no-break space', () => {
    expect(shareText(0.4)).toBe('40\u00a0%');
    expect(shareText(null)).toBe('');
  });

  it('colours an off-track objective as a warning and a reached one as a success', () => {
    expect(progressBadgeClass('OFF_TRACK')).toBe('fr-badge--warning');
    expect(progressBadgeClass('REACHED')).toBe('fr-badge--success');
    expect(progressBadgeClass('NO_DATA')).toBe('');
  });

  it('counts objectives by progress, what needs attention first, zeros included', () => {
    const objectives = ['ON_TRACK', 'OFF_TRACK', 'OFF_TRACK', 'REACHED'].map((progress) => ({
      indicator: { progress },
    }));
    expect(countByProgress(objectives)).toEqual([
      { progress: 'OFF_TRACK', count: 2 },
      { progress: 'NO_DATA', count: 0 },
      { progress: 'ON_TRACK', count: 1 },
      { progress: 'REACHED', count: 1 },
    ]);
  });
});

describe('the year selector', () => {
  it('offers the years around this one, every year with a plan and the one asked for, newest first', () => {
    const years = yearOptions(2026, [2019, 2026, 2034], 2033);
    expect(years[0]).toBe(2034);
    expect(years).toContain(2033);
    expect(years).toContain(2023);
    expect(years).toContain(2031);
    expect(years).not.toContain(2019);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('reads the year of the address, this year when it is missing or absurd', () => {
    expect(yearOf('2031', 2026)).toBe(2031);
    expect(yearOf(undefined, 2026)).toBe(2026);
    expect(yearOf('deux mille', 2026)).toBe(2026);
    expect(yearOf('1999', 2026)).toBe(2026);
  });
});

describe('numbers typed in French', () => {
  it('reads spaces between thousands, a decimal comma and a minus sign', () => {
    expect(parseFrenchNumber('1 250')).toBe(1250);
    expect(parseFrenchNumber('12,5')).toBe(12.5);
    expect(parseFrenchNumber(`1${NARROW}250,75`)).toBe(1250.75);
    expect(parseFrenchNumber('−3')).toBe(-3);
    expect(parseFrenchNumber('12.5')).toBe(12.5);
  });

  it('is null when empty and NaN when it is not a number', () => {
    expect(parseFrenchNumber('  ')).toBeNull();
    expect(parseFrenchNumber(null)).toBeNull();
    expect(parseFrenchNumber('douze')).toBeNaN();
    expect(parseFrenchNumber('1,2,3')).toBeNaN();
  });

  it('gives a stored value back with its decimal comma for editing', () => {
    expect(numberForInput(12.5)).toBe('12,5');
    expect(numberForInput(null)).toBe('');
  });
});
