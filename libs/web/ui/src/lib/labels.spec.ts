import { resultsPageLabel } from './labels';

describe('the results page’s name', () => {
  it('is « my commune » for a mairie and its municipal services', () => {
    expect(resultsPageLabel('MAIRIE', false)).toBe('Résultats de ma commune');
    expect(resultsPageLabel('POLICE_MUNICIPALE', false)).toBe('Résultats de ma commune');
    expect(resultsPageLabel('GARDE_CHAMPETRE', false)).toBe('Résultats de ma commune');
  });

  it('is « the communes » for the cabinet and the département’s services', () => {
    expect(resultsPageLabel('PREFECTURE', true)).toBe('Résultats des communes');
    expect(resultsPageLabel('POLICE_NATIONALE', false)).toBe('Résultats des communes');
    expect(resultsPageLabel(undefined, false)).toBe('Résultats des communes');
  });
});
