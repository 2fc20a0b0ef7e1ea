import { matchOutlines } from './commune-outlines';

describe('Matching 2018 outlines to the current communes', () => {
  it('gives a commune nouvelle the outlines of its former communes, and lists what matches nothing', () => {
    const { parts, unmatched } = matchOutlines(
      ['45191', '45234'],
      [
        { code: '45191', type: 'commune-actuelle' },
        { code: '45003', type: 'commune-associee', chefLieu: '45191' },
        { code: '45125', type: 'commune-deleguee', chefLieu: '45191' },
        { code: '45234', type: 'commune-actuelle' },
      ],
      ['45191', '45003', '45125', '45234', '45287'],
    );
    expect(parts.get('45191')).toEqual(['45191', '45003', '45125']);
    expect(parts.get('45234')).toEqual(['45234']);
    expect(unmatched).toEqual(['45287']);
  });

  it('leaves a current commune with no outline of its own nor of a former commune out of the parts', () => {
    const { parts } = matchOutlines(['45999'], [{ code: '45999', type: 'commune-actuelle' }], ['45234']);
    expect(parts.has('45999')).toBe(false);
  });
});
