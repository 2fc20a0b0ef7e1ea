import { DiagnosticImportProcessor } from '@continuum/server/diagnostic';
import request from 'supertest';
import { Api, codeOf, ok, Session } from './api-harness';
import { anIncidentsFile, GIEN_CENTRE, type IncidentsFileBuilder, MAPPING } from './incident-files';

const DIAGNOSTIC = `query($year: Int!, $communeCode: String) { diagnostic(year: $year, communeCode: $communeCode) {
  year areaLabel communeCodes minCell lastMonth
  categoryMonths { category label months { count masked partial } }
  hourWeekday { weekday label hours { count masked partial } }
  placeTypes { key label count masked partial }
  communes { code name population dwellings incidents { count masked } ratePerThousand burglaries { count masked } burglaryRatePerThousandDwellings }
  profiles { dimension label cells { key count masked partial } }
  trend { category current previous partial changePercent }
  comparison { category basis areaRate departementRate } } }`;
const HOTSPOTS = `query($year: Int!, $resolution: Int!, $communeCode: String) {
  diagnosticHotspots(year: $year, resolution: $resolution, communeCode: $communeCode) {
    resolution threshold cells { h3 count z significant } predictionAccuracy { hitRate areaShare index hotspotCells } } }`;

interface Cell {
  count: number | null;
  masked: 'SMALL' | 'SECONDARY' | null;
  partial?: boolean;
}
interface Diagnostic {
  areaLabel: string;
  communeCodes: string[];
  minCell: number | null;
  lastMonth: number;
  categoryMonths: { category: string; months: Cell[] }[];
  hourWeekday: { hours: Cell[] }[];
  placeTypes: (Cell & { key: string })[];
  communes: { code: string; population: number; incidents: Cell; ratePerThousand: number | null }[];
  profiles: { dimension: string; cells: (Cell & { key: string })[] }[];
  trend: { category: string; current: number; previous: number; partial: boolean }[];
  comparison: { category: string; areaRate: number | null; departementRate: number | null }[];
}

const GIEN = '45155';
const ORLEANS = '45234';
const row = (d: Diagnostic, category: string) => d.categoryMonths.find((one) => one.category === category)!;
const visible = (cells: Cell[]) => cells.reduce((sum, cell) => sum + (cell.count ?? 0), 0);
/** Every figure of an answer, wherever it sits. */
const allCounts = (value: unknown): number[] =>
  Array.isArray(value)
    ? value.flatMap(allCounts)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) =>
          key === 'count' && typeof inner === 'number' ? [inner] : allCounts(inner),
        )
      : [];

describe('The diagnostic’s breakdowns, and who reads what of them', () => {
  let api: Api;
  let claire: Session;
  let gienMayor: Session;

  const importFile = async (file: IncidentsFileBuilder) => {
    const upload = await request(api.app.getHttpServer())
      .post('/diagnostic/imports/faits')
      .set('cookie', claire.cookie ?? '')
      .set('x-forwarded-for', claire.ip)
      .attach('file', file.build(), { filename: 'faits.csv', contentType: 'text/csv' });
    ok(
      await claire.gql(
        `mutation($id: ID!, $mapping: IncidentMappingInput!) { startIncidentImport(id: $id, mapping: $mapping) { id } }`,
        { id: upload.body.id, mapping: MAPPING },
      ),
    );
    await api.app.get(DiagnosticImportProcessor).process(upload.body.id);
  };
  const diagnostic = async (session: Session, year: number, communeCode?: string) =>
    ok(await session.gql<{ diagnostic: Diagnostic }>(DIAGNOSTIC, { year, communeCode })).diagnostic;

  /** 2019 and 2020 in Gien are this suite's: the demo starts in late 2023, and a run leaves nothing. */
  const clearOwnYears = async () => {
    await api.dataSource.query(
      `delete from incidents where commune_code = $1 and starts_at >= '2019-01-01' and starts_at < '2021-01-01'`,
      [GIEN],
    );
    await api.dataSource.query(
      `delete from incident_monthly_counts where commune_code = $1 and month >= '2019-01-01' and month < '2021-01-01'`,
      [GIEN],
    );
    await api.dataSource.query(
      `delete from incident_yearly_breakdowns where commune_code = $1 and year in (2019, 2020)`,
      [GIEN],
    );
  };

  beforeAll(async () => {
    api = await Api.start();
    await clearOwnYears();
    claire = await api.as('claire.martin@prefecture.demo');
    gienMayor = await api.as('claude.vidal@gien.demo');
    // Gien in 2019, a year the demo leaves empty: burglaries 10 in January, 3 in February (a small
    // cell), 12 in March, at home; 8 assaults in January in the street; one fact in December 2020.
    const file = anIncidentsFile();
    const add = (count: number, date: string, category: string, place: string) => {
      for (let i = 0; i < count; i++) file.incident({ date, category, place, commune: GIEN, ...GIEN_CENTRE });
    };
    add(10, '15/01/2019', 'Cambriolages de logement', 'Domicile');
    add(3, '15/02/2019', 'Cambriolages de logement', 'Domicile');
    add(12, '15/03/2019', 'Cambriolages de logement', 'Domicile');
    add(8, '20/01/2019', 'Violences physiques hors cadre familial', 'Voie publique');
    add(1, '10/12/2020', 'Cambriolages de logement', 'Domicile');
    await importFile(file);
  });
  afterAll(async () => {
    await clearOwnYears();
    await api.stop();
  });

  describe('the prefect’s cabinet', () => {
    it('reads the département’s figures as they are, which add up to the facts recorded', async () => {
      const d = await diagnostic(claire, 2025);
      expect([d.areaLabel, d.minCell]).toEqual(['Loiret', null]);
      const [{ count }] = await api.dataSource.query(
        `select count(*)::int from incidents where starts_at >= '2025-01-01T00:00:00+01:00' and starts_at < '2026-01-01T00:00:00+01:00'`,
      );
      const gridTotal = d.categoryMonths.reduce((sum, one) => sum + visible(one.months), 0);
      expect(gridTotal).toBe(count);
      expect(visible(d.placeTypes)).toBe(count);
      expect(d.profiles.map((profile) => visible(profile.cells))).toEqual([count, count, count, count]);
      expect(allCounts(d).some((figure) => figure > 0 && figure < 5)).toBe(true);
      expect(JSON.stringify(d)).not.toContain('SMALL');
    });

    it('reads a commune with its rate per 1,000 inhabitants and the département beside it', async () => {
      const d = await diagnostic(claire, 2025, ORLEANS);
      const [orleans] = d.communes;
      expect(orleans.code).toBe(ORLEANS);
      expect(orleans.ratePerThousand).toBeCloseTo(
        ((orleans.incidents.count ?? 0) / orleans.population) * 1000,
        2,
      );
      const burglaries = d.comparison.find((one) => one.category === 'CAMBRIOLAGES')!;
      expect(burglaries.departementRate).not.toBeNull();
      expect(burglaries.areaRate).not.toBeNull();
    });

    it('reads Gien’s small February as it is, and the same months of the year before in the trend', async () => {
      expect(row(await diagnostic(claire, 2019, GIEN), 'CAMBRIOLAGES').months.slice(0, 3)).toEqual([
        { count: 10, masked: null, partial: false },
        { count: 3, masked: null, partial: false },
        { count: 12, masked: null, partial: false },
      ]);
      const trend = (await diagnostic(claire, 2020, GIEN)).trend.find(
        (one) => one.category === 'CAMBRIOLAGES',
      );
      expect(trend).toMatchObject({ current: 1, previous: 25, partial: false });
    });
  });

  describe('a mayor (Gien)', () => {
    it('reads their commune only, masked, with no figure from 1 to 4 anywhere', async () => {
      for (const year of [2019, 2025]) {
        const d = await diagnostic(gienMayor, year);
        expect([d.areaLabel, d.communeCodes, d.minCell]).toEqual(['Gien', [GIEN], 5]);
        expect(allCounts(d).filter((figure) => figure > 0 && figure < 5)).toEqual([]);
      }
    });

    it('is shown « < 5 » where 3 burglaries were, and a second cell hidden with it', async () => {
      const burglaries = row(await diagnostic(gienMayor, 2019), 'CAMBRIOLAGES').months.slice(0, 3);
      expect(burglaries).toEqual([
        { count: null, masked: 'SECONDARY', partial: false },
        { count: null, masked: 'SMALL', partial: false },
        { count: 12, masked: null, partial: false },
      ]);
    });

    it('cannot get the small cell back as a total minus the visible cells (differencing attack)', async () => {
      const d = await diagnostic(gienMayor, 2019);
      // the true totals the other tables give: 33 facts, 25 of them at home (all the burglaries)
      const total = visible(d.placeTypes);
      const atHome = d.placeTypes.find((cell) => cell.key === 'DOMICILE')!.count!;
      expect([total, atHome]).toEqual([33, 25]);
      const shown = d.categoryMonths.reduce((sum, one) => sum + visible(one.months), 0);
      const burglariesShown = visible(row(d, 'CAMBRIOLAGES').months);
      // what is left is two cells together (10 + 3), never the 3 alone
      expect([total - shown, atHome - burglariesShown]).toEqual([13, 13]);
    });

    it('cannot get it back through the trend of the next year either (two periods)', async () => {
      const trend = (await diagnostic(gienMayor, 2020)).trend.find((one) => one.category === 'CAMBRIOLAGES');
      expect(trend).toMatchObject({ current: 0, previous: 12, partial: true });
    });

    it('compares with the département from every commune’s visible figures, never a true total', async () => {
      const d = await diagnostic(gienMayor, 2019);
      const burglaries = d.comparison.find((one) => one.category === 'CAMBRIOLAGES')!;
      const cabinet = (await diagnostic(claire, 2019, GIEN)).comparison.find(
        (one) => one.category === 'CAMBRIOLAGES',
      )!;
      // Gien holds every 2019 burglary: the true département rate would be Gien's own total (25)
      expect(burglaries.areaRate).toBeNull();
      expect(burglaries.departementRate).not.toBeNull();
      expect(burglaries.departementRate!).toBeLessThan(cabinet.departementRate!);
    });

    it('is told another commune, and the hotspots, do not exist for them', async () => {
      expect((await diagnostic(gienMayor, 2019, GIEN)).communeCodes).toEqual([GIEN]);
      const other = await gienMayor.gql(DIAGNOSTIC, { year: 2019, communeCode: ORLEANS });
      expect([codeOf(other), other.errors?.[0].message]).toEqual(['NOT_FOUND', 'Commune introuvable.']);
      const hotspots = await gienMayor.gql(HOTSPOTS, { year: 2025, resolution: 9 });
      expect(codeOf(hotspots)).toBe('NOT_FOUND');
    });
  });

  describe('a partner (a landlord, four communes)', () => {
    it('reads its whole competence territory masked, no single commune of it, no comparison', async () => {
      const nadia = await api.as('nadia.fournier@bailleur.demo');
      const d = await diagnostic(nadia, 2025);
      expect(d.areaLabel).toBe('Territoire de compétence (4 communes)');
      expect([...d.communeCodes].sort()).toEqual(['45147', '45208', ORLEANS, '45285']);
      expect(d.comparison).toEqual([]);
      expect(allCounts(d).filter((figure) => figure > 0 && figure < 5)).toEqual([]);
      // a part of the territory could be differenced against the whole: not offered
      expect(codeOf(await nadia.gql(DIAGNOSTIC, { year: 2025, communeCode: ORLEANS }))).toBe('NOT_FOUND');
      expect(codeOf(await nadia.gql(DIAGNOSTIC, { year: 2025, communeCode: GIEN }))).toBe('NOT_FOUND');
    });
  });

  it('gives back no masked figure when a territory is redrawn and the two readings differenced', async () => {
    // what a partner's manager may do (updateOrganization): its competence with Gien, then without
    const nadia = await api.as('nadia.fournier@bailleur.demo');
    const [{ id }] = await api.dataSource.query(
      `select id from organizations where name = 'Val de Loire Habitat Démo'`,
    );
    const before: { commune_code: string }[] = await api.dataSource.query(
      'select commune_code from organization_competence_communes where organization_id = $1',
      [id],
    );
    const setCompetence = async (codes: string[]) => {
      await api.dataSource.query('delete from organization_competence_communes where organization_id = $1', [
        id,
      ]);
      for (const code of codes)
        await api.dataSource.query(
          'insert into organization_competence_communes (organization_id, commune_code) values ($1, $2)',
          [id, code],
        );
    };
    try {
      await setCompetence([ORLEANS, GIEN]);
      const withGien = row(await diagnostic(nadia, 2019), 'CAMBRIOLAGES').months;
      await setCompetence([ORLEANS]);
      const withoutGien = row(await diagnostic(nadia, 2019), 'CAMBRIOLAGES').months;
      const difference = withGien.map((cell, i) => (cell.count ?? 0) - (withoutGien[i].count ?? 0));
      // Gien's visible burglaries only (12 in March): not its 3 of February, nor the 10 hidden with them
      expect(difference.slice(0, 3)).toEqual([0, 0, 12]);
      expect(withGien[1]).toEqual({ count: null, masked: 'SMALL', partial: false });
    } finally {
      await setCompetence(before.map((one) => one.commune_code));
    }
  });

  it('gives the technical administration no diagnostic at all', async () => {
    const admin = await api.as('admin@continuum.demo');
    const answer = await admin.gql(DIAGNOSTIC, { year: 2025 });
    expect([answer.data, codeOf(answer), answer.errors?.[0].message]).toEqual([
      null,
      'NOT_FOUND',
      'Diagnostic introuvable.',
    ]);
    expect(codeOf(await admin.gql(HOTSPOTS, { year: 2025, resolution: 8 }))).toBe('NOT_FOUND');
  });

  it('gives the cabinet the hotspots of a year at both resolutions, with last year’s PAI', async () => {
    for (const resolution of [8, 9]) {
      const { diagnosticHotspots: h } = ok(
        await claire.gql<{
          diagnosticHotspots: {
            threshold: number;
            cells: { count: number; z: number | null; significant: boolean }[];
            predictionAccuracy: { index: number | null; hotspotCells: number };
          };
        }>(HOTSPOTS, { year: 2025, resolution }),
      );
      expect(h.threshold).toBe(1.96);
      const hot = h.cells.filter((cell) => cell.significant && (cell.z ?? 0) > 0);
      expect(hot.length).toBeGreaterThan(0);
      expect(Math.max(...hot.map((cell) => cell.count))).toBeGreaterThan(0);
      expect(h.predictionAccuracy.hotspotCells).toBeGreaterThan(0);
      expect(h.predictionAccuracy.index).toBeGreaterThan(1);
    }
    const bad = await claire.gql(HOTSPOTS, { year: 2025, resolution: 7 });
    expect([codeOf(bad), bad.errors?.[0].message]).toEqual([
      'BAD_USER_INPUT',
      'La résolution doit être 8 ou 9.',
    ]);
  });
});

describe('The masking threshold, configured (CONTINUUM_DIAGNOSTIC_MIN_CELL)', () => {
  let api: Api;
  afterAll(() => api.stop());

  it('masks what counts fewer facts than the threshold set', async () => {
    api = await Api.start({ diagnosticMinCell: 30 });
    const mayor = await api.as('claude.vidal@gien.demo');
    const { diagnostic } = ok(await mayor.gql<{ diagnostic: Diagnostic }>(DIAGNOSTIC, { year: 2025 }));
    expect(diagnostic.minCell).toBe(30);
    expect(allCounts(diagnostic).filter((figure) => figure > 0 && figure < 30)).toEqual([]);
  });
});
