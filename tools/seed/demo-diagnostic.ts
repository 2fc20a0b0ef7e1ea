import { DiagnosticImportKind } from '@continuum/domain/diagnostic';
import { importDirectly } from '@continuum/server/diagnostic';
import { DataSource } from 'typeorm';
import { DEMO_ZONES } from './demo-data';
import { DEMO_INCIDENT_MAPPING, type CommunePlace, generateDemoIncidents } from './demo-incidents';
import {
  DEMO_SSMSI_FILENAME,
  DEMO_SSMSI_LEVELS_FILENAME,
  generateDemoSsmsi,
  generateDemoSsmsiLevels,
} from './demo-ssmsi';

/** Three years of incidents, ending with the month before the seed first runs. */
const MONTHS = 36;
const LABEL = 'Jeu de démonstration (données fictives)';

/**
 * The diagnostic's demo data, both labelled fictional: three years of recorded incidents across the
 * Loiret and an edition of the SSMSI's communal base, generated deterministically and loaded through
 * the import's own parsers, checks and COPY (`importDirectly`). Idempotent: nothing is added once a
 * fictional import of each kind exists (the period is fixed by the first run).
 */
export async function seedDemoDiagnostic(
  ds: DataSource,
  departementCode: string,
  timeZone: string,
  log: (message: string) => void,
): Promise<void> {
  const present: { kind: DiagnosticImportKind; filename: string }[] = await ds.query(
    `select distinct kind, filename from diagnostic_imports where fictional and status = 'IMPORTED'`,
  );
  const has = (kind: DiagnosticImportKind, filename?: string) =>
    present.some((row) => row.kind === kind && (!filename || row.filename === filename));
  const rows: { code: string; population: number; outline: string }[] = await ds.query(
    `select code, population, ST_AsGeoJSON(outline, 6) as outline from communes
      where departement_code = $1 and outline is not null order by code`,
    [departementCode],
  );
  const communes = new Map<string, CommunePlace>(
    rows.map((row) => [
      row.code,
      { code: row.code, population: row.population, polygons: JSON.parse(row.outline).coordinates },
    ]),
  );

  if (has(DiagnosticImportKind.INCIDENTS)) log('Faits de démonstration déjà présents : aucun ajout.');
  else {
    const started = Date.now();
    const today = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
    }).formatToParts(new Date());
    const year = Number(today.find((part) => part.type === 'year')?.value);
    const month = Number(today.find((part) => part.type === 'month')?.value);
    const first = { year: year - 3, month };
    const zones = new Map(
      DEMO_ZONES.filter((zone) => zone.geometry.type === 'Polygon').map((zone) => [
        zone.name,
        (zone.geometry.coordinates as [number, number][][])[0],
      ]),
    );
    const { csv, count } = generateDemoIncidents({ communes, zones }, first, MONTHS);
    const result = await importDirectly(ds, {
      kind: DiagnosticImportKind.INCIDENTS,
      filename: `faits-enregistres-FICTIFS-loiret-${first.year}-${String(first.month).padStart(2, '0')}.csv`,
      content: csv,
      fictional: true,
      uploadedByLabel: LABEL,
      mapping: DEMO_INCIDENT_MAPPING,
      departementCode,
      timeZone,
    });
    log(
      result
        ? `Faits enregistrés fictifs : ${result.imported} sur ${count} générés, en ${((Date.now() - started) / 1000).toFixed(1)} s.`
        : 'Faits de démonstration déjà présents : aucun ajout.',
    );
  }

  if (has(DiagnosticImportKind.SSMSI, DEMO_SSMSI_FILENAME))
    log('Statistiques SSMSI de démonstration déjà présentes : aucun ajout.');
  else {
    const result = await importDirectly(ds, {
      kind: DiagnosticImportKind.SSMSI,
      filename: DEMO_SSMSI_FILENAME,
      content: generateDemoSsmsi([...communes.values()]),
      fictional: true,
      uploadedByLabel: LABEL,
      departementCode,
      timeZone,
    });
    log(
      result
        ? `Statistiques SSMSI fictives : ${result.imported} chiffres.`
        : 'Statistiques SSMSI de démonstration déjà présentes.',
    );
  }

  // The national and départemental levels (fictional too): what the département is compared with.
  if (has(DiagnosticImportKind.SSMSI, DEMO_SSMSI_LEVELS_FILENAME))
    log('Taux nationaux SSMSI de démonstration déjà présents : aucun ajout.');
  else {
    const result = await importDirectly(ds, {
      kind: DiagnosticImportKind.SSMSI,
      filename: DEMO_SSMSI_LEVELS_FILENAME,
      content: generateDemoSsmsiLevels([...communes.values()], departementCode),
      fictional: true,
      uploadedByLabel: LABEL,
      departementCode,
      timeZone,
    });
    log(
      result
        ? `Taux nationaux et départementaux SSMSI fictifs : ${result.imported} chiffres.`
        : 'Taux nationaux SSMSI de démonstration déjà présents.',
    );
  }
}
