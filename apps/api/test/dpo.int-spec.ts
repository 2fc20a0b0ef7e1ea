import request from 'supertest';
import { aLocalAccount } from './account-links';
import { Api, codeOf, ok, Session, unique } from './api-harness';
import { aCase } from './case-factory';

/**
 * The data-protection officer (SHARING.md, Roles): reads the whole journal and exports it, answers
 * subject-access requests — the one path by which they read case content, journaled — and reads no
 * case, no list, no search, no meeting otherwise. Nobody else answers subject access.
 */
const MATHILDE = 'mathilde.leroy@prefecture.demo';
const CLAIRE = 'claire.martin@prefecture.demo';
const ALEX = 'admin@continuum.demo';
const LAURENT = 'laurent.moreau@police.demo';

const SEARCH = `query($terms: SubjectAccessTerms!) { subjectAccessSearch(terms: $terms) {
  truncated matches { personId caseId reference title category status sensitivity role fullName birthYear address } } }`;
const JOURNAL = `query($filter: AuditEntryFilter) { auditEntries(first: 50, filter: $filter) {
  totalCount edges { node { action actorName subjectId reason details redacted } } } }`;
const PERSONS = `query($id: ID!) { case(id: $id) { id persons { fullName } } }`;

interface Match {
  caseId: string;
  reference: string;
  sensitivity: string;
  role: string;
  fullName: string;
  birthYear: number | null;
}
interface Journal {
  auditEntries: {
    totalCount: number;
    edges: { node: { action: string; subjectId: string | null; reason: string | null; redacted: boolean } }[];
  };
}

function binary(res: unknown, done: (error: Error | null, body: unknown) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('The data-protection officer', () => {
  let api: Api;
  let mathilde: Session;
  const surname = `Ténèbres${unique()}`;
  let red: { id: string; reference: string };
  beforeAll(async () => {
    api = await Api.start();
    mathilde = await api.as(MATHILDE);
    red = await aCase(api)
      .ownedBy('DDPN du Loiret')
      .sensitivity('RED')
      .sharedWithUser(LAURENT, 'Suivi nominatif')
      .withPerson(`Zoé ${surname}`, 'VICTIME')
      .build();
    await api.dataSource.query(
      `update case_persons set birth_year = 1984, address = '12 rue des Écoles, Orléans' where case_id = $1`,
      [red.id],
    );
    // A named reader reads the persons: the journal keeps it, and the subject-access file tells it.
    const laurent = await api.as(LAURENT);
    ok(await laurent.giveMotive(red.id));
    const read = ok(
      await laurent.gql<{ case: { persons: { fullName: string }[] } }>(PERSONS, { id: red.id }),
    );
    expect(read.case.persons).toEqual([{ fullName: `Zoé ${surname}` }]);
  });
  afterAll(() => api.stop());

  const get = (session: Session, url: string, query: Record<string, string>) =>
    request(api.app.getHttpServer())
      .get(url)
      .query(query)
      .set('cookie', session.cookie!)
      .set('x-forwarded-for', session.ip)
      .buffer(true)
      .parse(binary);
  const lastEntry = async (action: string) =>
    (
      (await api.dataSource.query(
        `select actor_label, subject_type, details from audit_entries where action = $1 order by id desc limit 1`,
        [action],
      )) as { actor_label: string; subject_type: string; details: Record<string, unknown> }[]
    )[0];

  it('is made DPO only once a second administrator approves the grant', async () => {
    const person = await aLocalAccount(api, {
      roles: ['agent'],
      organization: 'Préfecture du Loiret — cabinet',
    });
    const [alex, jeanne] = await Promise.all([api.as(ALEX), api.as('jeanne.riviere@prefecture.demo')]);
    const asked = ok(
      await alex.gql<{ updateUser: { roles: string[] } }>(
        `mutation($id: ID!, $roles: [Role!]!) { updateUser(id: $id, input: { roles: $roles }) { roles } }`,
        { id: person.id, roles: ['AGENT', 'DPO'] },
      ),
    );
    expect(asked.updateUser.roles).toEqual(['AGENT']);
    const [grant] = (await api.dataSource.query(
      `select id, role::text from role_grants where user_id = $1 and status = 'PENDING'`,
      [person.id],
    )) as { id: string; role: string }[];
    expect(grant.role).toBe('dpo');
    ok(await jeanne.gql(`mutation($id: ID!) { approveRoleGrant(id: $id) }`, { id: grant.id }));
    const [{ roles }] = await api.dataSource.query(`select roles::text from users where id = $1`, [
      person.id,
    ]);
    expect(roles).toBe('{agent,dpo}');
  });

  describe('reads no case through any path', () => {
    it('is told a case does not exist, even RED or CLEAR ones her organisation is involved in', async () => {
      const clear = await aCase(api).ownedBy('Préfecture du Loiret — cabinet').sensitivity('CLEAR').build();
      for (const id of [red.id, clear.id])
        expect(codeOf(await mathilde.gql(`query($id: ID!) { case(id: $id) { id title } }`, { id }))).toBe(
          'NOT_FOUND',
        );
      // Nor may she give a motive to read a case's persons: the case does not exist for her.
      expect(codeOf(await mathilde.giveMotive(red.id))).toBe('NOT_FOUND');
    });

    it('lists, counts and finds no case, and reads no meeting', async () => {
      const lists = ok(
        await mathilde.gql<{ all: { totalCount: number }; found: { totalCount: number; edges: unknown[] } }>(
          `query($search: String!) { all: cases(first: 5) { totalCount }
             found: cases(first: 5, filter: { search: $search }) { totalCount edges { node { id } } } }`,
          { search: red.reference },
        ),
      );
      expect(lists.all.totalCount).toBe(0);
      expect(lists.found).toEqual({ totalCount: 0, edges: [] });
      const [meeting] = (await api.dataSource.query(`select id from meetings limit 1`)) as { id: string }[];
      const read = await mathilde.gql(`query($id: ID!) { meeting(id: $id) { id } }`, { id: meeting.id });
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(read));
    });
  });

  describe('the journal', () => {
    it('is read whole by the DPO, while the cabinet gets the RED case’s entries redacted', async () => {
      const filter = { subjectId: red.id };
      const hers = ok(await mathilde.gql<Journal>(JOURNAL, { filter })).auditEntries;
      expect(hers.totalCount).toBeGreaterThan(0);
      expect(hers.edges.every((edge) => edge.node.subjectId === red.id && !edge.node.redacted)).toBe(true);
      expect(hers.edges.map((edge) => edge.node.action)).toContain('case.persons.read');
      const claire = ok(await (await api.as(CLAIRE)).gql<Journal>(JOURNAL, { filter })).auditEntries;
      expect(claire.edges.length).toBe(hers.edges.length);
      expect(claire.edges.every((edge) => edge.node.redacted && edge.node.reason === null)).toBe(true);
    });

    it('is filtered in the query by action, user, organisation and period', async () => {
      const [laurent] = (await api.dataSource.query(
        `select id, organization_id from users where email = $1`,
        [LAURENT],
      )) as { id: string; organization_id: string }[];
      const today = new Date().toISOString().slice(0, 10);
      const narrowed = ok(
        await mathilde.gql<Journal>(JOURNAL, {
          filter: {
            action: 'case.persons.',
            subjectId: red.id,
            actorUserId: laurent.id,
            actorOrganizationId: laurent.organization_id,
            from: '2020-01-01',
            to: '2099-12-31',
          },
        }),
      ).auditEntries;
      expect(narrowed.edges.map((edge) => edge.node.action)).toEqual(['case.persons.read']);
      const before = ok(
        await mathilde.gql<Journal>(JOURNAL, { filter: { subjectId: red.id, to: '2020-01-01' } }),
      );
      expect(before.auditEntries.totalCount).toBe(0);
      const since = ok(await mathilde.gql<Journal>(JOURNAL, { filter: { subjectId: red.id, from: today } }));
      const whole = ok(await mathilde.gql<Journal>(JOURNAL, { filter: { subjectId: red.id } }));
      expect(since.auditEntries.totalCount).toBe(whole.auditEntries.totalCount);
    });

    it('refuses a wrong date, a reversed period and a wrong identifier, naming the field', async () => {
      for (const [filter, field] of [
        [{ from: '2026-02-31' }, 'filter.from'],
        [{ to: '07/12/2026' }, 'filter.to'],
        [{ from: '2026-12-07', to: '2026-01-01' }, 'filter.to'],
        [{ actorUserId: 'pas-un-uuid' }, 'filter.actorUserId'],
      ] as const) {
        const result = await mathilde.gql(JOURNAL, { filter });
        expect([codeOf(result), result.errors?.[0].extensions?.['field']]).toEqual(['BAD_USER_INPUT', field]);
        expect(result.errors?.[0].message).toMatch(/[Dd]ate|[Ii]dentifiant/);
      }
    });

    it('is exported as CSV for Excel in France, filtered, and the export journaled', async () => {
      const res = await get(mathilde, '/exports/journal.csv', { subjectId: red.id });
      expect(res.status).toBe(200);
      const text = (res.body as Buffer).toString('utf8');
      expect(text.startsWith('\uFEFFDate et heure;Action;Auteur;Objet;Identifiant de l’objet;Motif')).toBe(
        true,
      );
      const lines = text.trim().split('\r\n');
      expect(lines.slice(1).every((line) => line.includes(`;Case;${red.id};`))).toBe(true);
      expect(lines.some((line) => line.includes(';case.persons.read;Laurent Moreau'))).toBe(true);
      const entry = await lastEntry('audit.exported');
      expect(entry.actor_label).toMatch(/^Mathilde Leroy/);
      expect(entry.details).toMatchObject({
        format: 'csv',
        filter: { subjectId: red.id },
        rows: lines.length - 1,
      });
    });

    it('is exported by the DPO alone', async () => {
      for (const email of [CLAIRE, ALEX]) {
        const res = await get(await api.as(email), '/exports/journal.csv', {});
        expect([email, res.status]).toEqual([email, 403]);
      }
    });
  });

  describe('subject access', () => {
    it('finds a RED case’s person for the DPO, accents and case ignored, and journals the search', async () => {
      const terms = {
        fullName: `zoe ${surname.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase()}`,
        birthYear: 1984,
      };
      const result = ok(await mathilde.gql<{ subjectAccessSearch: { matches: Match[] } }>(SEARCH, { terms }));
      expect(result.subjectAccessSearch.matches).toEqual([
        expect.objectContaining({
          caseId: red.id,
          reference: red.reference,
          sensitivity: 'RED',
          role: 'VICTIME',
          fullName: `Zoé ${surname}`,
          birthYear: 1984,
        }),
      ]);
      const entry = await lastEntry('subject-access.searched');
      expect(entry).toMatchObject({
        actor_label: expect.stringMatching(/^Mathilde Leroy/),
        subject_type: 'SubjectAccess',
        details: { terms: { fullName: terms.fullName, birthYear: 1984, address: null }, results: 1 },
      });
      const elsewhere = ok(
        await mathilde.gql<{ subjectAccessSearch: { matches: Match[] } }>(SEARCH, {
          terms: { fullName: surname, address: 'avenue inconnue' },
        }),
      );
      expect(elsewhere.subjectAccessSearch.matches).toEqual([]);
    });

    it('is refused to everyone else: the cabinet, the administrator, a named reader of the case', async () => {
      for (const email of [CLAIRE, ALEX, LAURENT]) {
        const session = await api.as(email);
        expect([email, codeOf(await session.gql(SEARCH, { terms: { fullName: surname } }))]).toEqual([
          email,
          'FORBIDDEN',
        ]);
        const res = await get(session, '/exports/subject-access.json', { fullName: surname });
        expect([email, res.status]).toEqual([email, 403]);
      }
    });

    it('refuses an empty name, a birth year of 1800 or in the future, a name of 10,000 characters', async () => {
      const nextYear = new Date().getFullYear() + 1;
      for (const [terms, field] of [
        [{ fullName: '   ' }, 'terms.fullName'],
        [{ fullName: surname, birthYear: 1800 }, 'terms.birthYear'],
        [{ fullName: surname, birthYear: nextYear }, 'terms.birthYear'],
        [{ fullName: 'a'.repeat(10_000) }, 'terms.fullName'],
      ] as const) {
        const result = await mathilde.gql(SEARCH, { terms });
        expect([codeOf(result), result.errors?.[0].extensions?.['field']]).toEqual(['BAD_USER_INPUT', field]);
        expect(result.errors?.[0].message).toMatch(/nom|année de naissance/i);
      }
      const res = await get(mathilde, '/exports/subject-access.pdf', { fullName: '', birthYear: '1800' });
      expect(res.status).toBe(400);
    });

    it('exports everything held on the person as JSON, with who read the case’s persons, journaled', async () => {
      const res = await get(mathilde, '/exports/subject-access.json', {
        fullName: surname,
        birthYear: '1984',
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const file = JSON.parse((res.body as Buffer).toString('utf8'));
      expect(file.terms).toEqual({ fullName: surname, birthYear: 1984, address: null });
      expect(file.matches).toEqual([
        expect.objectContaining({
          reference: red.reference,
          address: '12 rue des Écoles, Orléans',
          role: 'VICTIME',
        }),
      ]);
      expect(file.reads).toEqual([
        expect.objectContaining({ caseId: red.id, reader: expect.stringMatching(/^Laurent Moreau/) }),
      ]);
      expect(await lastEntry('subject-access.exported')).toMatchObject({
        actor_label: expect.stringMatching(/^Mathilde Leroy/),
        details: { format: 'json', results: 1 },
      });
    });

    it('exports it as a readable PDF, journaled', async () => {
      const res = await get(mathilde, '/exports/subject-access.pdf', { fullName: surname });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      expect((res.body as Buffer).length).toBeGreaterThan(2000);
      expect(await lastEntry('subject-access.exported')).toMatchObject({
        details: { format: 'pdf', results: 1 },
      });
    });
  });
});
