import { DiagnosticImportProcessor } from '@continuum/server/diagnostic';
import request from 'supertest';
import { Api, ok, Session } from './api-harness';
import { SSMSI_HEADER } from './incident-files';

const NATIONAL = `query($year: Int!, $communeCode: String) { diagnostic(year: $year, communeCode: $communeCode) {
  areaLabel national { year rows { indicator countingUnit basis nationalRate departementRate departementSource unknownCommunes } } } }`;

interface National {
  year: number;
  rows: {
    indicator: string;
    countingUnit: string;
    basis: string;
    nationalRate: number | null;
    departementRate: number | null;
    departementSource: string | null;
    unknownCommunes: number;
  }[];
}

/** 2013 is this suite's: the demo's SSMSI editions start in 2016, and no other suite writes it. */
const YEAR = 2013;

describe('The département against the national SSMSI rates', () => {
  let api: Api;
  let claire: Session;

  const clear = () =>
    api.dataSource.query(`delete from ssmsi_statistics where year = $1`, [YEAR]).then(() =>
      api.dataSource.query(
        `delete from diagnostic_imports i where i.kind = 'SSMSI' and i.filename = 'donnee-france-dep-2013.csv'
            and not exists (select 1 from ssmsi_statistics s where s.import_id = i.id)`,
      ),
    );
  const national = async (session: Session, communeCode?: string) =>
    ok(
      await session.gql<{ diagnostic: { areaLabel: string; national: National | null } }>(NATIONAL, {
        year: YEAR,
        communeCode,
      }),
    ).diagnostic;

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
    await clear();
    // France and the Loiret for burglaries; France only for vehicle thefts and assaults, with every
    // Loiret commune's figure — all published for vehicle thefts, one secret (ndiff) for assaults;
    // the Cher's own line is another département's, left aside.
    const communes: { code: string; population: number }[] = await api.dataSource.query(
      `select code, population from communes where departement_code = '45' order by code`,
    );
    const line = (
      code: string,
      indicator: string,
      unit: string,
      count: string,
      rate: string,
      diffusion: string,
      pop: number,
    ) =>
      `"${code}";"${YEAR}";"${indicator}";"${unit}";${count};${rate};"${diffusion}";"${pop}";"2010";"${Math.round(pop / 2)}";"2010";NA;NA`;
    const lines = [
      `\ufeff${SSMSI_HEADER}`,
      line('FRANCE', 'Cambriolages de logement', 'Infraction', '"200000"', '"5,60"', 'diff', 65_000_000),
      line('45', 'Cambriolages de logement', 'Infraction', '"2100"', '"6,40"', 'diff', 660_000),
      line('18', 'Cambriolages de logement', 'Infraction', '"900"', '"4,10"', 'diff', 310_000),
      line('FRANCE', 'Vols de véhicule', 'Véhicule', '"130000"', '"2,00"', 'diff', 65_000_000),
      line(
        'FRANCE',
        'Violences physiques hors cadre familial',
        'Victime',
        '"160000"',
        '"2,46"',
        'diff',
        65_000_000,
      ),
      ...communes.map((c) => line(c.code, 'Vols de véhicule', 'Véhicule', '"2"', 'NA', 'diff', c.population)),
      ...communes.map((c, i) =>
        i === 0
          ? line(
              c.code,
              'Violences physiques hors cadre familial',
              'Victime',
              'NA',
              'NA',
              'ndiff',
              c.population,
            )
          : line(
              c.code,
              'Violences physiques hors cadre familial',
              'Victime',
              '"5"',
              'NA',
              'diff',
              c.population,
            ),
      ),
    ];
    const response = await request(api.app.getHttpServer())
      .post('/diagnostic/imports/ssmsi')
      .set('cookie', claire.cookie!)
      .set('x-forwarded-for', claire.ip)
      .attach('file', Buffer.from(lines.join('\n'), 'utf8'), {
        filename: 'donnee-france-dep-2013.csv',
        contentType: 'text/csv',
      });
    expect(response.status).toBe(201);
    await api.app.get(DiagnosticImportProcessor).process(response.body.id);
    const [stored] = await api.dataSource.query(
      `select count(*) filter (where commune_code is null)::int as supra,
              count(*) filter (where published_code = '18')::int as cher from ssmsi_statistics where year = $1`,
      [YEAR],
    );
    expect(stored).toEqual({ supra: 4, cher: 0 });
  });
  afterAll(async () => {
    await clear();
    await api.stop();
  });

  it('gives the cabinet, on the whole département, each national indicator beside the département’s rate', async () => {
    const d = await national(claire);
    expect(d.national?.year).toBe(YEAR);
    const rows = new Map(d.national!.rows.map((row) => [row.indicator, row]));
    expect(rows.get('Cambriolages de logement')).toEqual({
      indicator: 'Cambriolages de logement',
      countingUnit: 'Infraction',
      basis: 'pour 1 000 logements',
      nationalRate: 5.6,
      departementRate: 6.4,
      departementSource: 'DEPARTEMENT',
      unknownCommunes: 0,
    });
    // every commune published: the département's rate is their sum over their population
    const population: number = (
      await api.dataSource.query(
        `select sum(population)::int as p from communes where departement_code = '45'`,
      )
    )[0].p;
    const communes: number = (
      await api.dataSource.query(`select count(*)::int as n from communes where departement_code = '45'`)
    )[0].n;
    expect(rows.get('Vols de véhicule')).toMatchObject({
      nationalRate: 2,
      departementRate: Math.round(((2 * communes) / population) * 1e6) / 1000,
      departementSource: 'COMMUNES',
      unknownCommunes: 0,
    });
  });

  it('leaves the département’s rate unknown when one commune’s figure is secret — never summed as 0', async () => {
    const row = (await national(claire)).national!.rows.find(
      (one) => one.indicator === 'Violences physiques hors cadre familial',
    );
    expect(row).toMatchObject({ nationalRate: 2.46, departementRate: null, unknownCommunes: 1 });
  });

  it('is the département’s view only: not a commune’s, not a mayor’s nor a partner’s', async () => {
    expect((await national(claire, '45234')).national).toBeNull();
    expect((await national(await api.as('claude.vidal@gien.demo'))).national).toBeNull();
    expect((await national(await api.as('nadia.fournier@bailleur.demo'))).national).toBeNull();
  });
});
