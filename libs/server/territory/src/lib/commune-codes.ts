interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  chefLieu?: string;
  departement?: string;
  /** A municipal arrondissement's commune. */
  commune?: string;
}
interface EtalabDepartement {
  code: string;
  nom: string;
}

/** What a commune code found in a file is, for the département served. */
export type CommuneCodeAnswer =
  /** A commune of the département: its current official code (a former commune's is its successor's). */
  | { kind: 'current'; code: string }
  /** A commune of another département, named so that the refusal says which. */
  | { kind: 'elsewhere'; name: string; departement: string }
  /** No commune has this code. */
  | { kind: 'unknown' };

export interface CommuneCodeBook {
  departementCode: string;
  departementName: string;
  lookup(code: string): CommuneCodeAnswer;
}

const books = new Map<string, CommuneCodeBook>();

/**
 * Every commune code of France as the official geographic code knows it (current communes, and
 * the delegated and associated communes of communes nouvelles, which files written before a merger
 * still use), answered for one département: a code of the département gives its current commune.
 * Read from `@etalab/decoupage-administratif` once per process (8 Mo, required lazily).
 */
export function communeCodeBook(departementCode: string): CommuneCodeBook {
  const cached = books.get(departementCode);
  if (cached) return cached;
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
  const departements =
    require('@etalab/decoupage-administratif/data/departements.json') as EtalabDepartement[];
  const departementNames = new Map(departements.map((d) => [d.code, d.nom]));
  const current = new Map<string, EtalabCommune>();
  for (const commune of communes) if (commune.type === 'commune-actuelle') current.set(commune.code, commune);
  const arrondissements = new Map(
    communes.filter((commune) => commune.type === 'arrondissement-municipal').map((c) => [c.code, c]),
  );
  const successor = new Map<string, string>();
  for (const commune of communes)
    if (commune.type !== 'commune-actuelle' && commune.chefLieu && !current.has(commune.code))
      successor.set(commune.code, commune.chefLieu);

  const book: CommuneCodeBook = {
    departementCode,
    departementName: departementNames.get(departementCode) ?? departementCode,
    lookup(code: string): CommuneCodeAnswer {
      // A municipal arrondissement (Paris, Lyon, Marseille) is a commune of its département here.
      const found = current.get(code) ?? current.get(successor.get(code) ?? '') ?? arrondissements.get(code);
      if (!found) return { kind: 'unknown' };
      if (found.departement === departementCode)
        return { kind: 'current', code: found.commune ?? found.code };
      return {
        kind: 'elsewhere',
        name: found.nom,
        departement: departementNames.get(found.departement ?? '') ?? found.departement ?? '',
      };
    },
  };
  books.set(departementCode, book);
  return book;
}
