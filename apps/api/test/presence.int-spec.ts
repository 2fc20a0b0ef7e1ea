import { Api, codeOf, GraphqlResult, ok, Session } from './api-harness';

/**
 * Visible presence (issue #15): each organisation enters its own hours per ISO week, setting and
 * place; a cell entered again replaces the first figure; bad input names its field and changes
 * nothing; lines are read by their organisation and the cabinet; the summary follows the reader's
 * territory (the admin reads nothing); a CSV file reports every rejected line, is imported whole or
 * not at all at its sender's choice, and the same bytes sent twice are the same import.
 */

const LAURENT = 'laurent.moreau@police.demo';
const EMMA = 'emma.bonnet@urssaf.demo';
const CLAIRE = 'claire.martin@prefecture.demo';
const MARC = 'marc.petit@orleans.demo';
const ALEX = 'admin@continuum.demo';
const ORLEANS = '45234';
const MONTARGIS = '45208';
// A past year no demo figure uses (weeks must have begun): its Mondays below.
const YEAR = 2021;

const RECORD = `mutation($input: PresenceInput!) { recordPresence(input: $input) { id weekStart hours agents organizationName } }`;
const LIST = `query($filter: PresenceFilter!) { presenceRecords(filter: $filter, first: 100) { totalCount nodes { id organizationName hours communeCode weekStart } } }`;
const SUMMARY = `query($year: Int!, $commune: String) { presenceSummary(year: $year, communeCode: $commune) { weekStart setting organizationType hours agents } }`;
const UPLOAD = `mutation($input: PresenceImportInput!) { uploadPresenceFile(input: $input) { id status lineCount validCount importedCount rejections { line reason } } }`;
const DECIDE = `mutation($id: ID!, $decision: PresenceImportDecision!) { decidePresenceImport(id: $id, decision: $decision) { id status importedCount } }`;

const fieldOf = (result: GraphqlResult) => result.errors?.[0]?.extensions?.field;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('Visible presence: entry, who reads it, the summary and the CSV import', () => {
  let api: Api;
  const s: Record<string, Session> = {};
  const count = async () =>
    (
      await api.dataSource.query(
        `select count(*)::int as n from presence_records where extract(year from week_start) = $1`,
        [YEAR],
      )
    )[0].n as number;

  beforeAll(async () => {
    api = await Api.start();
    for (const email of [LAURENT, EMMA, CLAIRE, MARC, ALEX]) s[email] = await api.as(email);
    await api.dataSource.query('delete from presence_records where extract(year from week_start) = $1', [
      YEAR,
    ]);
  });
  afterAll(async () => {
    await api.dataSource.query('delete from presence_records where extract(year from week_start) = $1', [
      YEAR,
    ]);
    await api.dataSource.query(`delete from presence_imports where file_name like 'test-%'`);
    await api.stop();
  });

  it('records a week of hours, and replaces it when the same cell is entered again', async () => {
    const input = {
      weekStart: `${YEAR}-01-04`,
      setting: 'VOIE_PUBLIQUE',
      communeCode: ORLEANS,
      agents: 4,
      hours: 120,
    };
    ok(await s[LAURENT].gql(RECORD, { input }));
    const again = ok(
      await s[LAURENT].gql<{ recordPresence: { hours: number } }>(RECORD, {
        input: { ...input, hours: 150.5 },
      }),
    );
    expect(again.recordPresence.hours).toBe(150.5);
    expect(await count()).toBe(1);
  });

  it('refuses a week that is not a Monday, more than 24 hours a day per agent, a commune elsewhere — field named, nothing changed', async () => {
    const before = await count();
    const input = {
      weekStart: `${YEAR}-01-11`,
      setting: 'TRANSPORTS',
      communeCode: ORLEANS,
      agents: 2,
      hours: 40,
    };
    const tuesday = await s[LAURENT].gql(RECORD, { input: { ...input, weekStart: `${YEAR}-01-12` } });
    expect([codeOf(tuesday), fieldOf(tuesday)]).toEqual(['BAD_USER_INPUT', 'input.weekStart']);
    expect(tuesday.errors![0].message).toContain('lundi');
    const tooMany = await s[LAURENT].gql(RECORD, { input: { ...input, hours: 337 } });
    expect([codeOf(tooMany), fieldOf(tooMany)]).toEqual(['BAD_USER_INPUT', 'input.hours']);
    expect(tooMany.errors![0].message).toContain('plus de 24 heures par jour et par agent');
    const elsewhere = await s[LAURENT].gql(RECORD, { input: { ...input, communeCode: '75056' } });
    expect([codeOf(elsewhere), fieldOf(elsewhere)]).toEqual(['BAD_USER_INPUT', 'input.communeCode']);
    const noAgent = await s[LAURENT].gql(RECORD, { input: { ...input, agents: 0 } });
    expect([codeOf(noAgent), fieldOf(noAgent)]).toEqual(['BAD_USER_INPUT', 'input.agents']);
    expect(await count()).toBe(before);
  });

  it('shows the lines to their organisation and the cabinet only; the summary by territory, nothing to the admin', async () => {
    ok(
      await s[EMMA].gql(RECORD, {
        input: {
          weekStart: `${YEAR}-02-01`,
          setting: 'VOIE_PUBLIQUE',
          communeCode: MONTARGIS,
          agents: 1,
          hours: 7,
        },
      }),
    );
    const names = async (email: string) =>
      ok(
        await s[email].gql<{ presenceRecords: { nodes: { organizationName: string }[] } }>(LIST, {
          filter: { year: YEAR },
        }),
      )
        .presenceRecords.nodes.map((n) => n.organizationName)
        .sort();
    expect(await names(LAURENT)).toEqual(['DDPN du Loiret']);
    expect(await names(EMMA)).toEqual(['URSSAF Centre-Val de Loire']);
    expect(await names(CLAIRE)).toEqual(['DDPN du Loiret', 'URSSAF Centre-Val de Loire']);
    expect(await names(MARC)).toEqual([]);
    expect(await names(ALEX)).toEqual([]);
    const summary = async (email: string, commune?: string) =>
      ok(
        await s[email].gql<{ presenceSummary: { organizationType: string; hours: number }[] }>(SUMMARY, {
          year: YEAR,
          commune,
        }),
      ).presenceSummary;
    expect((await summary(CLAIRE)).map((r) => r.organizationType).sort()).toEqual([
      'POLICE_NATIONALE',
      'URSSAF',
    ]);
    // The mairie d'Orléans: Orléans only, not Montargis.
    expect(await summary(MARC)).toEqual([
      expect.objectContaining({ organizationType: 'POLICE_NATIONALE', hours: 150.5 }),
    ]);
    expect(await summary(MARC, MONTARGIS)).toEqual([]);
    expect(await summary(ALEX)).toEqual([]);
  });

  it('reports every rejected line of a file, imports the valid ones or nothing, and takes the same bytes as the same import', async () => {
    const csv = [
      'semaine;cadre;commune;zone;agents;heures',
      `${YEAR}-03-01;voie publique;Orléans;;3;60`,
      `${YEAR}-03-02;voie publique;${ORLEANS};;3;60`,
      `${YEAR}-03-08;transports;${ORLEANS};;1;200`,
      `${YEAR}-03-08;métro;${ORLEANS};;1;20`,
      `${YEAR}-03-15;transports;${MONTARGIS};;2;35,5`,
    ].join('\n');
    const before = await count();
    const report = ok(
      await s[LAURENT].gql<{
        uploadPresenceFile: {
          id: string;
          status: string;
          lineCount: number;
          validCount: number;
          rejections: { line: number; reason: string }[];
        };
      }>(UPLOAD, { input: { fileName: 'test-presence.csv', contentBase64: base64(csv) } }),
    ).uploadPresenceFile;
    expect(report).toMatchObject({ status: 'PENDING', lineCount: 5, validCount: 2 });
    expect(report.rejections.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(report.rejections[0].reason).toContain('lundi');
    expect(report.rejections[1].reason).toContain('plus de 24 heures par jour et par agent');
    expect(report.rejections[2].reason).toContain('Cadre');
    expect(await count()).toBe(before);
    const again = ok(
      await s[LAURENT].gql<{ uploadPresenceFile: { id: string } }>(UPLOAD, {
        input: { fileName: 'test-autre-nom.csv', contentBase64: base64(csv) },
      }),
    ).uploadPresenceFile;
    expect(again.id).toBe(report.id);
    expect(codeOf(await s[EMMA].gql(DECIDE, { id: report.id, decision: 'IMPORT_VALID' }))).toBe('NOT_FOUND');
    const decided = ok(
      await s[LAURENT].gql<{ decidePresenceImport: { status: string; importedCount: number } }>(DECIDE, {
        id: report.id,
        decision: 'IMPORT_VALID',
      }),
    );
    expect(decided.decidePresenceImport).toMatchObject({ status: 'IMPORTED', importedCount: 2 });
    expect(await count()).toBe(before + 2);
    expect(codeOf(await s[LAURENT].gql(DECIDE, { id: report.id, decision: 'DISCARD' }))).toBe('CONFLICT');

    const discarded = ok(
      await s[LAURENT].gql<{ uploadPresenceFile: { id: string } }>(UPLOAD, {
        input: { fileName: 'test-rien.csv', contentBase64: base64(`${csv}\n`) },
      }),
    ).uploadPresenceFile;
    ok(await s[LAURENT].gql(DECIDE, { id: discarded.id, decision: 'DISCARD' }));
    expect(await count()).toBe(before + 2);
    const latin1 = await s[LAURENT].gql(UPLOAD, {
      input: {
        fileName: 'test-latin1.csv',
        contentBase64: Buffer.from(
          'semaine;cadre;commune;zone;agents;heures\n2021-03-02;voie publique;Orl\xe9ans;;1;1',
          'latin1',
        ).toString('base64'),
      },
    });
    expect([codeOf(latin1), fieldOf(latin1)]).toEqual(['BAD_USER_INPUT', 'input.contentBase64']);
  });
});
