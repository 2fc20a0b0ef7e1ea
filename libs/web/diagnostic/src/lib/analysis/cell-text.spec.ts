import { shade } from './cell-text';

describe('How the diagnostic’s heat tables are shaded', () => {
  it('shades the largest cell darkest, with white text on it', () => {
    expect(shade(10, 10)).toEqual({ background: 'rgba(0, 0, 145, 0.95)', color: '#ffffff' });
    expect(shade(5, 10)).toEqual({ background: 'rgba(0, 0, 145, 0.35)', color: '#161616' });
    expect(shade(0, 10).background).toBe('transparent');
  });
});
