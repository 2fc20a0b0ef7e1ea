import { gridDisk, latLngToCell } from 'h3-js';
import { Api, codeOf, ok, Session, unique } from './api-harness';
import { race } from './race-outcomes';

const PROPOSALS = `query($year: Int!, $resolution: Int!, $communeCode: String) {
  priorityZoneProposals(year: $year, resolution: $resolution, communeCode: $communeCode) {
    year resolution threshold rule
    proposals { key incidents previousIncidents areaKm2 communes overlappingZones geometry
                cells { h3 count previousCount z previousZ } } } }`;
const HOTSPOTS = `query($year: Int!, $resolution: Int!) { diagnosticHotspots(year: $year, resolution: $resolution) {
  cells { h3 count z density significant } } }`;
const CONFIRM = `mutation($input: ConfirmPriorityZoneInput!) {
  confirmPriorityZone(input: $input) { id name kind kindLabel communes { code } } }`;

interface Proposal {
  key: string;
  incidents: number;
  previousIncidents: number;
  areaKm2: number;
  communes: string[];
  overlappingZones: string[];
  geometry: { type: string };
  cells: { h3: string; count: number; previousCount: number; z: number; previousZ: number }[];
}
interface Proposals {
  threshold: number;
  rule: string;
  proposals: Proposal[];
}

/** 2024 and 2025 are whole years of the demo's fictional incidents. */
const YEAR = 2025;
/** A cell of a hamlet of the Sologne, far from every hotspot of the demo. */
const QUIET_CELL = latLngToCell(47.62, 2.2, 8);

describe('Priority zones proposed from persistent hotspots, and their confirmation', () => {
  let api: Api;
  let claire: Session;
  let smallest: Proposal;
  const created: string[] = [];
  const zoneCount = async () => Number((await api.dataSource.query(`select count(*) from zones`))[0].count);
  const proposals = async (session: Session, year = YEAR, resolution = 8) =>
    ok(await session.gql<{ priorityZoneProposals: Proposals }>(PROPOSALS, { year, resolution }))
      .priorityZoneProposals;
  const confirm = (session: Session, input: Record<string, unknown>) =>
    session.gql<{
      confirmPriorityZone: { id: string; name: string; kind: string; communes: { code: string }[] };
    }>(CONFIRM, { input: { year: YEAR, resolution: 8, kind: 'PRIORITY_ZONE', ...input } });

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
  });
  afterAll(async () => {
    if (created.length) await api.dataSource.query(`delete from zones where id = any($1)`, [created]);
    await api.stop();
  });

  it('gives the cabinet the persistent hotspots of the demo, grouped, each cell hot both years', async () => {
    const answer = await proposals(claire);
    expect(answer.threshold).toBe(1.96);
    expect(answer.rule).toContain(
      `en ${YEAR} et en ${YEAR - 1}, à la même résolution, sur les faits du territoire lu (Loiret)`,
    );
    expect(answer.proposals.length).toBeGreaterThan(0);
    const [current, previous] = await Promise.all(
      [YEAR, YEAR - 1].map(async (year) => {
        const { diagnosticHotspots } = ok(
          await claire.gql<{
            diagnosticHotspots: { cells: { h3: string; z: number | null; significant: boolean }[] };
          }>(HOTSPOTS, { year, resolution: 8 }),
        );
        return new Set(
          diagnosticHotspots.cells.filter((c) => c.significant && (c.z ?? 0) > 0).map((c) => c.h3),
        );
      }),
    );
    for (const proposal of answer.proposals) {
      expect(proposal.cells.every((cell) => current.has(cell.h3) && previous.has(cell.h3))).toBe(true);
      expect(proposal.cells.every((cell) => cell.z >= 1.96 && cell.previousZ >= 1.96)).toBe(true);
      expect(proposal.incidents).toBe(proposal.cells.reduce((sum, cell) => sum + cell.count, 0));
      expect(proposal.geometry.type).toBe('MultiPolygon');
      expect(proposal.communes.length).toBeGreaterThan(0);
    }
    // the demo's Orléans La Source is one of them, and already lies in the demo's QRR
    expect(answer.proposals.flatMap((p) => p.overlappingZones)).toContain('QRR La Source');
    smallest = [...answer.proposals].sort((a, b) => a.cells.length - b.cells.length)[0];
  });

  it('computes them on one commune when the cabinet reads one (Orléans: La Source, L’Argonne…)', async () => {
    const { priorityZoneProposals: orleans } = ok(
      await claire.gql<{ priorityZoneProposals: Proposals }>(PROPOSALS, {
        year: YEAR,
        resolution: 8,
        communeCode: '45234',
      }),
    );
    expect(orleans.rule).toContain('sur les faits du territoire lu (Orléans)');
    expect(orleans.proposals.length).toBeGreaterThan(0);
    expect(orleans.proposals.every((p) => p.communes.includes('Orléans'))).toBe(true);
  });

  it('gives every hotspot cell a kernel density, highest where the facts are', async () => {
    const { diagnosticHotspots } = ok(
      await claire.gql<{
        diagnosticHotspots: { cells: { count: number; density: number; significant: boolean }[] };
      }>(HOTSPOTS, { year: YEAR, resolution: 8 }),
    );
    const cells = diagnosticHotspots.cells;
    expect(cells.every((cell) => cell.density >= 0)).toBe(true);
    // facts per km² over the year, smoothed: the densest cell is among the hottest, and holds facts
    const densest = cells.reduce((a, b) => (b.density > a.density ? b : a));
    expect(densest.count).toBeGreaterThan(0);
    expect(densest.significant).toBe(true);
    expect(densest.density).toBeGreaterThan(1);
  });

  describe.each([
    ['a mayor', 'serge.aubert@orleans.demo'],
    ['a private partner', 'nadia.fournier@bailleur.demo'],
    ['the police (a public authority)', 'laurent.moreau@police.demo'],
    ['the technical administration', 'admin@continuum.demo'],
  ])('%s', (_who, email) => {
    let session: Session;
    beforeAll(async () => {
      session = await api.as(email);
    });

    it('is told there are no proposals, exactly as for a year without any', async () => {
      const real = await session.gql(PROPOSALS, { year: YEAR, resolution: 8 });
      const none = await session.gql(PROPOSALS, { year: 2001, resolution: 8 });
      expect(real.data).toBeNull();
      expect([codeOf(real), real.errors?.[0].message]).toEqual(['NOT_FOUND', 'Propositions introuvables.']);
      expect(none).toEqual(real);
    });

    it('cannot confirm one, and is told the same for a real proposal as for invented cells', async () => {
      const before = await zoneCount();
      const real = await confirm(session, { cells: smallest.cells.map((c) => c.h3), name: 'Zone usurpée' });
      const invented = await confirm(session, { cells: [QUIET_CELL], name: 'Zone usurpée' });
      expect(real.data).toBeNull();
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(real));
      expect(invented.errors?.map((e) => [e.extensions?.code, e.message])).toEqual(
        real.errors?.map((e) => [e.extensions?.code, e.message]),
      );
      expect(await zoneCount()).toBe(before);
    });
  });

  describe('refuses bad input in French, naming the field, and changes nothing', () => {
    let before: number;
    beforeAll(async () => {
      before = await zoneCount();
    });
    afterAll(async () => {
      expect(await zoneCount()).toBe(before);
    });

    it.each([
      [
        'a cell that is no H3 cell',
        { cells: ['pas-une-cellule'] },
        'input.cells',
        /Cellule H3 inconnue à la résolution 8 : pas-une-cellule/,
      ],
      [
        'a cell of the other resolution',
        { cells: [latLngToCell(47.845, 1.94, 9)] },
        'input.cells',
        /inconnue à la résolution 8/,
      ],
      ['no cell', { cells: [] }, 'input.cells', /Indiquez au moins une cellule/],
      ['an empty name', { name: '' }, 'input.name', /Le nom de la zone doit compter de 2 à 200 caractères/],
      [
        'a name of spaces',
        { name: '    ' },
        'input.name',
        /Le nom de la zone doit compter de 2 à 200 caractères/,
      ],
      [
        'an unknown kind',
        { kind: 'CASTLE' },
        'input.kind',
        /« CASTLE » n’est pas une valeur possible pour input.kind/,
      ],
      ['a resolution of 7', { resolution: 7 }, 'input.resolution', /La résolution doit être 8 ou 9/],
    ])('%s', async (_what, change, field, message) => {
      const answer = await confirm(claire, {
        cells: smallest.cells.map((c) => c.h3),
        name: 'Zone test',
        ...change,
      });
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.[0].extensions?.field).toBe(field);
      expect(answer.errors?.[0].message).toMatch(message);
    });

    it('a cell that is not a persistent hotspot', async () => {
      const answer = await confirm(claire, { cells: [QUIET_CELL], name: 'Zone calme' });
      expect([codeOf(answer), answer.errors?.[0].extensions?.field]).toEqual([
        'BAD_USER_INPUT',
        'input.cells',
      ]);
      expect(answer.errors?.[0].message).toBe(
        `Ces cellules ne sont pas (ou plus) des points chauds persistants en ${YEAR - 1} et ${YEAR} : ${QUIET_CELL}.`,
      );
    });

    it('cells in two pieces', async () => {
      const far = gridDisk(QUIET_CELL, 3).find((h3) => !gridDisk(QUIET_CELL, 1).includes(h3))!;
      const answer = await confirm(claire, { cells: [QUIET_CELL, far], name: 'Zone éclatée' });
      expect([codeOf(answer), answer.errors?.[0].extensions?.field]).toEqual([
        'BAD_USER_INPUT',
        'input.cells',
      ]);
      expect(answer.errors?.[0].message).toMatch(/doivent se toucher/);
    });
  });

  it('confirms a proposal once when it is confirmed four times at once; the others are told who won', async () => {
    const before = await zoneCount();
    const cells = smallest.cells.map((c) => c.h3);
    const word = unique();
    const outcome = await race(4, (i) =>
      confirm(claire, { cells, name: `Zone ${word} ${i}`, kind: 'PRIORITY_ZONE' }),
    );
    expect(outcome.winners).toHaveLength(1);
    const zone = outcome.winners[0].confirmPriorityZone;
    created.push(zone.id);
    expect(outcome.told).toEqual(
      Array(3).fill(
        `CONFLICT : Ces cellules viennent d’être confirmées comme zone « ${zone.name} » : rechargez la page.`,
      ),
    );
    expect(await zoneCount()).toBe(before + 1);
    expect(zone.kind).toBe('PRIORITY_ZONE');
    expect(zone.communes.length).toBeGreaterThan(0);

    // a valid geometry inside the département, covering the hexagons that lie in it
    const [shape] = await api.dataSource.query(
      `select ST_IsValid(z.shape) as valid, ST_GeometryType(z.shape) as type,
              ST_Area(ST_Difference(z.shape, d.g)::geography) as outside
         from zones z, (select ST_Union(outline) as g from communes where departement_code = '45') d where z.id = $1`,
      [zone.id],
    );
    expect(shape.valid).toBe(true);
    expect(shape.type).toBe('ST_MultiPolygon');
    expect(shape.outside).toBeLessThan(1);

    // no longer proposed; confirmed again later, the same answer
    expect((await proposals(claire)).proposals.map((p) => p.key)).not.toContain(smallest.key);
    const again = await confirm(claire, { cells, name: 'Encore' });
    expect(again.errors?.[0].message).toMatch(/déjà|viennent d’être confirmées/);

    // a zone of the territory: listed for everyone, and a case may be placed in it
    const mayor = await api.as('serge.aubert@orleans.demo');
    const { zones } = ok(await mayor.gql<{ zones: { id: string }[] }>(`{ zones { id } }`));
    expect(zones.map((z) => z.id)).toContain(zone.id);
    const placed = await claire.gql<{ createCase: { zone: { id: string } | null } }>(
      `mutation($input: CreateCaseInput!) { createCase(input: $input) { zone { id } } }`,
      {
        input: {
          title: `Regroupements ${word}`,
          category: 'OCCUPATION_HALLS',
          communeCode: zone.communes[0].code,
          zoneId: zone.id,
          sensitivity: 'GREEN',
        },
      },
    );
    expect(ok(placed).createCase.zone?.id).toBe(zone.id);
  });
});
