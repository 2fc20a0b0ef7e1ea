import { communeCodeBook } from './commune-codes';

describe('The commune code book of a département', () => {
  const loiret = communeCodeBook('45');

  it('answers a current commune with its own code', () => {
    expect(loiret.lookup('45234')).toEqual({ kind: 'current', code: '45234' });
    expect(loiret.departementName).toBe('Loiret');
  });

  it('gives a former commune’s successor (an associated commune of Gien’s neighbourhood, a delegated one)', () => {
    expect(loiret.lookup('45007')).toEqual({ kind: 'current', code: '45155' });
    expect(loiret.lookup('45057')).toEqual({ kind: 'current', code: '45191' });
  });

  it('names the commune and département of a code from elsewhere, and says when no commune has it', () => {
    expect(loiret.lookup('18033')).toEqual({ kind: 'elsewhere', name: 'Bourges', departement: 'Cher' });
    expect(loiret.lookup('45999')).toEqual({ kind: 'unknown' });
  });
});

describe('Municipal arrondissements', () => {
  it('are communes of another département for the Loiret', () => {
    expect(communeCodeBook('45').lookup('75101')).toEqual({
      kind: 'elsewhere',
      name: 'Paris 1er Arrondissement',
      departement: 'Paris',
    });
  });
});
