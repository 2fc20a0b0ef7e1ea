import { maskedGroups, scaleText, summarizeScale } from './survey';

describe('A survey group’s scale answers as shown (the masking of small groups)', () => {
  it('gives the count, the mean and the distribution of a group large enough', () => {
    const summary = summarizeScale([0, 1, 2, 3, 4], 10, 5);
    expect(summary).toEqual({ count: 10, average: 4, distribution: [0, 1, 2, 3, 4], masked: false });
    expect(scaleText(summary, 5)).toBe('4,00 / 5');
  });

  it('masks a group of fewer respondents than the threshold whole: size, mean and distribution', () => {
    const summary = summarizeScale([0, 0, 1, 2, 1], 4, 5);
    expect(summary).toEqual({ count: null, average: null, distribution: null, masked: true });
    expect(scaleText(summary, 5)).toBe('secret (moins de 5 réponses)');
  });

  it('masks on the group’s respondents, not on the answers to an optional question', () => {
    // Five respondents, three of whom answered: shown (the group is not small).
    const summary = summarizeScale([1, 0, 0, 1, 1], 5, 5);
    expect(summary).toMatchObject({ count: 3, average: 3.33, masked: false });
  });

  it('shows an empty group as such, with no mean', () => {
    const summary = summarizeScale([0, 0, 0, 0, 0], 0, 5);
    expect(summary).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0], masked: false });
    expect(scaleText(summary, 5)).toBe('—');
  });

  it('refuses a distribution that is not five steps long', () => {
    expect(() => summarizeScale([1, 2, 3], 6, 5)).toThrow('cinq valeurs');
  });
});

describe('The groups of a breakdown that are masked (no small group read back by subtraction)', () => {
  const groups = (...sizes: [string, number][]) => sizes.map(([key, respondents]) => ({ key, respondents }));

  it('masks nothing when every group is large enough', () => {
    expect([...maskedGroups(groups(['A', 5], ['B', 12]), 5)]).toEqual([]);
  });

  it('masks a small group, and the smallest shown one with it so that the total gives nothing away', () => {
    expect([...maskedGroups(groups(['A', 12], ['B', 2], ['C', 6], ['D', 9]), 5)].sort()).toEqual(['B', 'C']);
  });

  it('needs no second group when the small ones together reach the threshold', () => {
    expect([...maskedGroups(groups(['A', 12], ['B', 3], ['C', 4]), 5)].sort()).toEqual(['B', 'C']);
  });

  it('masks every group when there is no other way', () => {
    expect([...maskedGroups(groups(['A', 1], ['B', 2]), 5)].sort()).toEqual(['A', 'B']);
  });
});
