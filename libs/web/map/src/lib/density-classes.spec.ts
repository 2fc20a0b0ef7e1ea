import { densityClasses } from './density-classes';

describe('The density classes of the hex map', () => {
  it('bounds five classes by 5, 15, 30, 60 and 100 % of the densest cell, labelled in French', () => {
    const classes = densityClasses([{ density: 0 }, { density: 12 }, { density: 200 }, {}]);
    expect(classes.map((one) => one.max)).toEqual([10, 30, 60, 120, 200]);
    expect(classes.map((one) => one.label)).toEqual([
      'Jusqu’à 10 faits/km²',
      'De 10 à 30 faits/km²',
      'De 30 à 60 faits/km²',
      'De 60 à 120 faits/km²',
      'Plus de 120 faits/km² (au plus 200)',
    ]);
  });

  it('gives no class when no cell has a density', () => {
    expect(densityClasses([{ density: 0 }, {}])).toEqual([]);
  });
});
