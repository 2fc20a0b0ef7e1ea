import { nameList } from './name-list';

describe('a list of names in a message', () => {
  it('names them all when there are few', () => {
    expect(nameList(['Orléans', 'Olivet'])).toBe('Orléans, Olivet');
  });

  it('names the first ones and counts the others when there are many', () => {
    const names = Array.from({ length: 300 }, (_, i) => `Commune ${i + 1}`);
    expect(nameList(names)).toBe(
      'Commune 1, Commune 2, Commune 3, Commune 4, Commune 5, Commune 6, Commune 7, Commune 8 et 292 autres',
    );
    expect(nameList(['A', 'B', 'C'], 2)).toBe('A, B et 1 autre');
  });
});
