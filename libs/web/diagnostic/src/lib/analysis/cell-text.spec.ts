import { cellText, changeText, rateText, shade } from './cell-text';

describe('How the diagnostic’s figures read', () => {
  it('says « < 5 » for a small figure and « secret » for one hidden with it', () => {
    expect(cellText({ count: null, masked: 'SMALL' }, 5)).toBe('< 5');
    expect(cellText({ count: null, masked: 'SECONDARY' }, 5)).toBe('secret');
    expect(cellText({ count: 1234, masked: null }, 5)).toBe('1\u202f234');
    expect(cellText({ count: 40, masked: null, partial: true }, 5)).toBe('≥\u00a040');
  });

  it('writes rates and changes the French way', () => {
    expect(rateText(12.345)).toBe('12,35');
    expect(rateText(null)).toBe('—');
    expect(changeText(-3)).toBe('−3 %');
    expect(changeText(12.5)).toBe('+12,5 %');
  });

  it('shades the largest cell darkest, with white text on it', () => {
    expect(shade(10, 10)).toEqual({ background: 'rgba(0, 0, 145, 0.95)', color: '#ffffff' });
    expect(shade(5, 10)).toEqual({ background: 'rgba(0, 0, 145, 0.35)', color: '#161616' });
    expect(shade(0, 10).background).toBe('transparent');
  });
});
