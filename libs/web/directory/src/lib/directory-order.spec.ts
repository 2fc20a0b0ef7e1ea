import { sortByType, typeCounts } from './directory-order';

const org = (name: string, type: string, typeLabel: string) => ({ name, type, typeLabel });

describe('directory order', () => {
  const organizations = [
    org('Val de Loire Habitat Démo', 'BAILLEUR', 'Bailleur'),
    org('Mairie de Gien', 'MAIRIE', 'Mairie'),
    org('Préfecture du Loiret — cabinet', 'PREFECTURE', 'Préfecture'),
    org('Mairie d’Orléans', 'MAIRIE', 'Mairie'),
    org('Écoles du Loiret', 'MAIRIE', 'Mairie'),
  ];

  it('puts State services before municipalities and private partners, names in French order', () => {
    expect(sortByType(organizations).map((item) => item.name)).toEqual([
      'Préfecture du Loiret — cabinet',
      'Écoles du Loiret',
      'Mairie d’Orléans',
      'Mairie de Gien',
      'Val de Loire Habitat Démo',
    ]);
  });

  it('counts the organisations of each type, in the same order', () => {
    expect(typeCounts(organizations)).toEqual([
      { type: 'PREFECTURE', label: 'Préfecture', count: 1 },
      { type: 'MAIRIE', label: 'Mairie', count: 3 },
      { type: 'BAILLEUR', label: 'Bailleur', count: 1 },
    ]);
  });
});
