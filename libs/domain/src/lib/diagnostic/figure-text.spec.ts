import { cellText, changeText, rateText } from './figure-text';

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
});
