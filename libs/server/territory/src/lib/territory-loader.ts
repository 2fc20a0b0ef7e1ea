import { DataSource } from 'typeorm';
import { DEFAULT_OUTLINES_DIR, loadCommuneOutlines, type OutlinesReport } from './commune-outlines';

interface EtalabCommune {
  code: string;
  chefLieu?: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  population?: number;
  codesPostaux?: string[];
}
interface EtalabEpci {
  code: string;
  nom: string;
  type: string;
  membres: { code: string }[];
}
interface EtalabDepartement {
  code: string;
  nom: string;
  region: string;
  chefLieu: string;
}

export interface TerritoryLoadReport {
  departement: string;
  communes: number;
  epcis: number;
  outlines: OutlinesReport;
}

/**
 * Loads a département's communes and EPCIs from `@etalab/decoupage-administratif` (the official
 * geographic code), and their outlines from `outlinesDir` (see commune-outlines.ts). Idempotent:
 * rows are upserted, so a second run changes nothing. The package's index reads `./data`
 * relative to the working directory, hence the direct JSON requires.
 */
export async function loadTerritory(
  dataSource: DataSource,
  departementCode: string,
  outlinesDir: string = process.env['CONTINUUM_OUTLINES_DIR'] || DEFAULT_OUTLINES_DIR,
): Promise<TerritoryLoadReport> {
  const departements =
    require('@etalab/decoupage-administratif/data/departements.json') as EtalabDepartement[];
  const departement = departements.find((d) => d.code === departementCode);
  if (!departement) {
    throw new Error(`Département inconnu : « ${departementCode} ». Donnez un code INSEE (45, 2A, 971…).`);
  }
  const allCommunes = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
  const communes = allCommunes.filter(
    (c) => c.type === 'commune-actuelle' && c.departement === departementCode,
  );
  const codes = new Set(communes.map((c) => c.code));
  const allEpcis = require('@etalab/decoupage-administratif/data/epci.json') as EtalabEpci[];
  const epcis = allEpcis.filter((e) => e.membres.some((m) => codes.has(m.code)));
  const epciOf = new Map<string, string>();
  for (const epci of epcis)
    for (const member of epci.membres) if (codes.has(member.code)) epciOf.set(member.code, epci.code);

  const links = allCommunes.filter((c) => c.departement === departementCode);
  let outlines: OutlinesReport | undefined;
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `insert into departements (code, name, region_code, chef_lieu) values ($1, $2, $3, $4)
       on conflict (code) do update set name = excluded.name, region_code = excluded.region_code, chef_lieu = excluded.chef_lieu
       where (departements.name, departements.region_code, departements.chef_lieu) is distinct from (excluded.name, excluded.region_code, excluded.chef_lieu)`,
      [departement.code, departement.nom, departement.region, departement.chefLieu],
    );
    await manager.query(
      `insert into epcis (siren, name, nature)
       select * from unnest($1::varchar[], $2::text[], $3::varchar[])
       on conflict (siren) do update set name = excluded.name, nature = excluded.nature
       where (epcis.name, epcis.nature) is distinct from (excluded.name, excluded.nature)`,
      [epcis.map((e) => e.code), epcis.map((e) => e.nom), epcis.map((e) => e.type)],
    );
    await manager.query(
      `insert into communes (code, name, departement_code, population, epci_siren, postcodes)
       select c.code, c.name, $2, c.population, c.epci, string_to_array(c.postcodes, ',')
         from unnest($1::varchar[], $3::text[], $4::int[], $5::varchar[], $6::text[])
              as c(code, name, population, epci, postcodes)
       on conflict (code) do update set name = excluded.name, departement_code = excluded.departement_code,
              population = excluded.population, epci_siren = excluded.epci_siren, postcodes = excluded.postcodes
       where (communes.name, communes.departement_code, communes.population, communes.epci_siren, communes.postcodes)
             is distinct from (excluded.name, excluded.departement_code, excluded.population, excluded.epci_siren, excluded.postcodes)`,
      [
        communes.map((c) => c.code),
        departementCode,
        communes.map((c) => c.nom),
        communes.map((c) => c.population ?? 0),
        communes.map((c) => epciOf.get(c.code) ?? null),
        communes.map((c) => (c.codesPostaux ?? []).join(',')),
      ],
    );
    outlines = await loadCommuneOutlines(
      manager,
      departementCode,
      communes.map((c) => c.code),
      links,
      outlinesDir,
    );
  });
  return {
    departement: `${departement.code} ${departement.nom}`,
    communes: communes.length,
    epcis: epcis.length,
    outlines: outlines!,
  };
}
