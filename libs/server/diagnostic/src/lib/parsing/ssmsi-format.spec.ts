import { CaseCategory } from '@continuum/domain';
import { parse } from 'csv-parse/sync';
import { type Cell, csvOptions, TextCheck } from './csv-text';
import { parseSsmsiRecord, ssmsiLayout, type SsmsiLayout } from './ssmsi-format';

const CURRENT_HEADER =
  '"CODGEO_2025";"annee";"indicateur";"unite_de_compte";"nombre";"taux_pour_mille";"est_diffuse";"insee_pop";"insee_pop_millesime";"insee_log";"insee_log_millesime";"complement_info_nombre";"complement_info_taux"';
const LEGACY_HEADER =
  'CODGEO_2023;annee;classe;unité.de.compte;valeur.publiée;faits;tauxpourmille;complementinfoval;complementinfotaux;POP;millPOP;LOG;millLOG';

/** The file's text through the same CSV settings as an import, as cells per line. */
function cells(text: string): Cell[][] {
  return (parse(text, { ...csvOptions(';'), info: false }) as Cell[][]).map((record) => record);
}

function layoutOf(header: string): SsmsiLayout {
  const layout = ssmsiLayout(cells(header)[0]);
  if (!layout.ok) throw new Error(layout.reason);
  return layout.value;
}

describe('The SSMSI communal base, current generation', () => {
  const layout = layoutOf(`\ufeff${CURRENT_HEADER}`);

  it('reads the geography’s year from the header, after a byte-order mark', () => {
    expect(layout.generation).toBe('CURRENT');
    expect(layout.geographyYear).toBe(2025);
  });

  it('reads a published figure, every field quoted, decimals with a comma', () => {
    const [line] = cells(
      '"38185";"2025";"Cambriolages de logement";"Infraction";"6";"2,4823480";"diff";"4210";"2022";"2417";"2022";NA;NA',
    );
    expect(parseSsmsiRecord(line, layout, 2026)).toEqual({
      ok: true,
      value: {
        level: 'COMMUNE',
        publishedCode: '38185',
        year: 2025,
        indicator: 'Cambriolages de logement',
        category: CaseCategory.CAMBRIOLAGES,
        countingUnit: 'Infraction',
        published: true,
        count: 6,
        ratePerThousand: '2.4823480',
        population: 4210,
        populationYear: 2022,
        dwellings: 2417,
        dwellingsYear: 2022,
        complementCount: null,
        complementRate: null,
      },
    });
  });

  it('stores a secret figure (ndiff) as unknown — never 0 — and keeps its complements as published', () => {
    const [line] = cells(
      '"45001";"2024";"Vols de véhicule";"Véhicule";NA;NA;"ndiff";"612";"2021";"301";"2021";"2,05";"3,1012"',
    );
    const row = parseSsmsiRecord(line, layout, 2026);
    expect(row.ok && row.value).toMatchObject({
      published: false,
      count: null,
      ratePerThousand: null,
      complementCount: '2.05',
      complementRate: '3.1012',
    });
  });

  it('withholds a secret row’s figure even when the cell holds one', () => {
    const [line] = cells(
      '"45001";"2024";"Vols de véhicule";"Véhicule";"3";"4,9";"ndiff";"612";"2021";"301";"2021";NA;NA',
    );
    const row = parseSsmsiRecord(line, layout, 2026);
    expect(row.ok && [row.value.count, row.value.ratePerThousand]).toEqual([null, null]);
  });

  it('reads NA as « no value », unquoted as the base writes it (or quoted)', () => {
    const [line] = cells(
      '"45001";"2024";"Vols de véhicule";"Véhicule";"NA";NA;"diff";NA;"2021";"301";"2021";NA;NA',
    );
    const row = parseSsmsiRecord(line, layout, 2026);
    expect(row.ok && [row.value.count, row.value.ratePerThousand, row.value.population]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('refuses a line with a wrong number of fields, saying how many', () => {
    const [line] = cells('"45001";"2024";"Vols de véhicule";"Véhicule";"3"');
    expect(parseSsmsiRecord(line, layout, 2026)).toEqual({ ok: false, reason: '5 champs au lieu de 13.' });
  });

  it('says every problem of a line at once, in French', () => {
    const [line] = cells(
      '"4501";"2031";"Vols de bicyclettes";"Victime";"trois";"2,4";"publié";"612";"2021";"301";"2021";NA;NA',
    );
    const row = parseSsmsiRecord(line, layout, 2026);
    expect(row).toEqual({
      ok: false,
      reason:
        'Code géographique « 4501 » invalide (attendu : une commune, un département ou « FRANCE ») ; année « 2031 » invalide (attendue entre 2000 et 2026) ; ' +
        'indicateur inconnu « Vols de bicyclettes » ; diffusion « publié » inconnue (attendue : diff ou ndiff) ; ' +
        '« nombre » « trois » n’est pas un nombre.',
    });
  });
});

describe('National and départemental figures in the communal format', () => {
  const layout = layoutOf(CURRENT_HEADER);

  it('reads a line of France (« FRANCE », whatever its case) as the national level', () => {
    const [line] = cells(
      '"France";"2025";"Cambriolages de logement";"Infraction";"219500";"5,80";"diff";"68070000";"2022";"37800000";"2022";NA;NA',
    );
    const row = parseSsmsiRecord(line, layout, 2026);
    expect(row.ok && row.value).toMatchObject({
      level: 'NATIONAL',
      publishedCode: 'FRANCE',
      count: 219500,
      ratePerThousand: '5.80',
      dwellings: 37800000,
    });
  });

  it('reads a département’s code as the départemental level, Corsica and overseas included', () => {
    for (const code of ['45', '2A', '974']) {
      const [line] = cells(
        `"${code}";"2025";"Vols de véhicule";"Véhicule";"812";"1,17";"diff";"690000";"2022";"330000";"2022";NA;NA`,
      );
      const row = parseSsmsiRecord(line, layout, 2026);
      expect(row.ok && [row.value.level, row.value.publishedCode]).toEqual(['DEPARTEMENT', code]);
    }
  });

  it('keeps a secret national figure unknown, never 0', () => {
    const [line] = cells(
      '"FRANCE";"2025";"Vols avec armes";"Infraction";"0";"0";"ndiff";"68070000";"2022";"37800000";"2022";NA;NA',
    );
    const row = parseSsmsiRecord(line, layout, 2026);
    expect(row.ok && [row.value.count, row.value.ratePerThousand]).toEqual([null, null]);
  });

  it('refuses a code that is neither a commune, a département nor France', () => {
    const [line] = cells(
      '"EUROPE";"2025";"Vols avec armes";"Infraction";"1";"0";"diff";"1";"2022";"1";"2022";NA;NA',
    );
    expect(parseSsmsiRecord(line, layout, 2026)).toEqual({
      ok: false,
      reason: 'Code géographique « EUROPE » invalide (attendu : une commune, un département ou « FRANCE »).',
    });
  });
});

describe('The SSMSI communal base, previous generation', () => {
  const layout = layoutOf(LEGACY_HEADER);

  it('is recognised by its « classe » column, with the geography of its header', () => {
    expect([layout.generation, layout.geographyYear]).toEqual(['LEGACY', 2023]);
  });

  it('reads two-digit years and its own column names', () => {
    const [line] = cells('45234;16;Vols avec armes;victime;diff;12;0,10321;NA;NA;116269;16;62231;16');
    const row = parseSsmsiRecord(line, layout, 2026);
    expect(row.ok && row.value).toMatchObject({
      publishedCode: '45234',
      year: 2016,
      category: CaseCategory.VOLS_AVEC_ARMES,
      countingUnit: 'victime',
      published: true,
      count: 12,
      ratePerThousand: '0.10321',
      population: 116269,
    });
  });

  it('keeps a secret row unknown, and its complement values', () => {
    const [line] = cells('45001;22;Vols de véhicules;véhicule;ndiff;NA;NA;1,36;2,217;612;19;301;19');
    const row = parseSsmsiRecord(line, layout, 2026);
    expect(row.ok && row.value).toMatchObject({ published: false, count: null, complementCount: '1.36' });
  });
});

describe('Files that are not a base of the SSMSI', () => {
  it('refuses a header of neither generation, showing both', () => {
    const layout = ssmsiLayout(cells('code;date;nature')[0]);
    expect(layout.ok).toBe(false);
    expect(!layout.ok && layout.reason).toMatch(
      /^Ligne 1 : ce fichier n’est pas une base communale du SSMSI/,
    );
  });

  it('names the missing column of a header', () => {
    const header = CURRENT_HEADER.replace(';"taux_pour_mille"', '');
    const layout = ssmsiLayout(cells(header)[0]);
    expect(layout).toEqual({
      ok: false,
      reason: 'Ligne 1 : colonne absente de l’en-tête : « taux_pour_mille ».',
    });
  });

  it('refuses Latin-1 text with the line and byte that show it (never decoded by guess)', () => {
    const check = new TextCheck();
    check.push(Buffer.from(`${CURRENT_HEADER}\n`, 'utf8'));
    check.push(Buffer.from('"45001";"2024";"Vols de véhicule";', 'latin1'));
    expect(check.end()).toEqual({
      line: 2,
      message:
        'Ligne 2 : le fichier n’est pas en UTF-8 : l’octet 0xE9 n’en est pas (« é » en Latin-1 ou Windows-1252 ?). ' +
        'Enregistrez-le en UTF-8 (dans un tableur : « CSV UTF-8 ») puis envoyez-le de nouveau.',
    });
  });

  it('accepts UTF-8 cut in the middle of a character between two chunks', () => {
    const bytes = Buffer.from('"Vols de véhicule"\n', 'utf8');
    const split = bytes.indexOf(0xc3) + 1;
    const check = new TextCheck();
    check.push(bytes.subarray(0, split));
    check.push(bytes.subarray(split));
    expect(check.end()).toBeNull();
  });
});
