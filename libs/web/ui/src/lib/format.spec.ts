import { foldText, formatDate, formatInteger, matchesSearch, plural } from './format';

describe('French formatting', () => {
  it('shows instants in Europe/Paris whatever the machine time zone', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Paris (UTC+1 in winter).
    expect(formatDate('2024-12-31T23:30:00Z')).toBe('1 janvier 2025 à 00:30');
    // Summer time (UTC+2).
    expect(formatDate('2025-07-14T08:00:00Z', 'short')).toBe('14/07/2025 10:00');
    expect(formatDate('2025-07-14T08:00:00Z', 'date')).toBe('14 juillet 2025');
  });

  it('shows nothing for a missing or invalid date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('pas une date')).toBe('');
  });

  it('groups thousands the French way', () => {
    expect(formatInteger(116238).replace(/\s/g, ' ')).toBe('116 238');
  });

  it('agrees nouns with their count', () => {
    expect(plural(1, 'personne')).toBe('1 personne');
    expect(plural(3, 'personne')).toBe('3 personnes');
    expect(plural(0, 'personne', 'personnes', 'aucune personne')).toBe('aucune personne');
  });
});

describe('search ignoring accents', () => {
  it('folds accents, case and apostrophes', () => {
    expect(foldText('  Saint-Jean-de-Braye ')).toBe('saint jean de braye');
    expect(foldText('Mairie d’Orléans')).toBe('mairie d orleans');
  });

  it('finds « Val de Loire Habitat Démo » when typing without accents, in any word order', () => {
    expect(matchesSearch('habitat demo', 'Val de Loire Habitat Démo')).toBe(true);
    expect(matchesSearch('loire val', 'Val de Loire Habitat Démo')).toBe(true);
    expect(matchesSearch('orleans', 'Val de Loire Habitat Démo')).toBe(false);
  });

  it('matches everything when the search is empty', () => {
    expect(matchesSearch('  ', 'Gien')).toBe(true);
  });
});
