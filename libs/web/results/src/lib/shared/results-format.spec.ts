import {
  compareToDepartement,
  factCount,
  formatHours,
  formatRate,
  formatValue,
  ofCommune,
  progressBadge,
  visibleTotal,
} from './results-format';

/** Intl writes the French thousands separator as a narrow no-break space. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('the results page’s French figures', () => {
  it('writes rates with a decimal comma and one decimal, a dash when there is none', () => {
    expect(formatRate(12.345)).toBe('12,3');
    expect(formatRate(3)).toBe('3');
    expect(formatRate(null)).toBe('—');
    expect(formatRate(Number.NaN)).toBe('—');
  });

  it('writes an indicator’s value with up to two decimals and thousands spaced', () => {
    expect(plain(formatValue(1234.567))).toBe('1 234,57');
    expect(formatValue(undefined)).toBe('—');
  });

  it('writes presence hours rounded, in hours', () => {
    expect(plain(formatHours(1234.6))).toBe('1 235 h');
  });

  it('shows a masked count as « < threshold », never the figure', () => {
    expect(factCount({ count: null, masked: true }, 5)).toBe('< 5');
    expect(factCount({ count: null, masked: true }, 11)).toBe('< 11');
    expect(plain(factCount({ count: 1520, masked: false }, 5))).toBe('1 520');
    expect(factCount({ count: null, masked: false }, null)).toBe('—');
  });

  it('says the visible total is a minimum when some figures are masked', () => {
    expect(plain(visibleTotal(1234, true))).toBe('au moins 1 234 faits');
    expect(visibleTotal(1, false)).toBe('1 fait');
    expect(visibleTotal(0, false)).toBe('0 fait');
  });

  it('compares a rate to the département’s, within 5 % being the same', () => {
    expect(compareToDepartement(12, 10)).toBe('au-dessus du département');
    expect(compareToDepartement(8, 10)).toBe('en dessous du département');
    expect(compareToDepartement(10.4, 10)).toBe('comme le département');
    expect(compareToDepartement(0, 0)).toBe('comme le département');
    expect(compareToDepartement(null, 10)).toBe('');
  });

  it('colours an objective’s progress: reached and on track, off track, no data', () => {
    expect(progressBadge('REACHED')).toBe('fr-badge--success');
    expect(progressBadge('ON_TRACK')).toBe('fr-badge--info');
    expect(progressBadge('OFF_TRACK')).toBe('fr-badge--error');
    expect(progressBadge('NO_DATA')).toBe('');
  });

  it('elides « de » before a commune whose name starts with a vowel', () => {
    expect(ofCommune('Orléans')).toBe('d’Orléans');
    expect(ofCommune('Ingré')).toBe('d’Ingré');
    expect(ofCommune('Gien')).toBe('de Gien');
  });
});
