import { Api, codeOf, GraphqlResult, ok, Session, unique } from './api-harness';
import { aCase, organizationId } from './case-factory';
import { race } from './race-outcomes';

/**
 * Coordinated operations (issue #15, « Results »): a planned operation exists for its participants
 * only — not the cabinet, not the mairie, not the administrator — in lists, counts, by id and
 * from a linked case; once done the cabinet and the competent mairie read it; each participant
 * enters its own outcome; bad input names its field and changes nothing; parallel state changes,
 * outcome edits and creations have one winner and unique references.
 */

const LAURENT = 'laurent.moreau@police.demo'; // DDPN, organiser
const EMMA = 'emma.bonnet@urssaf.demo'; // URSSAF, participant
const CLAIRE = 'claire.martin@prefecture.demo'; // the cabinet
const MARC = 'marc.petit@orleans.demo'; // Mairie d'Orléans (competent on Orléans)
const PAUL = 'paul.durand@pm-orleans.demo'; // PM d'Orléans, not a participant
const NADIA = 'nadia.fournier@bailleur.demo'; // private partner
const ALEX = 'admin@continuum.demo'; // technical administration
const ORLEANS = '45234';

const FIELDS =
  'id reference status title canUpdate canReport participants { name } linkedCases { id reference }';
const GET = `query($id: ID!) { operation(id: $id) { ${FIELDS} outcomes { organization { name } interpellations version } totals { interpellations verbalisations montantsRecouvres seizures { nature unit quantity } reported } } }`;
const LIST = `query($filter: OperationFilter) { operations(filter: $filter, first: 50) { totalCount edges { node { id } } } }`;
const CASE_OPS = `query($id: ID!) { case(id: $id) { id operations { id } } }`;
const CREATE = `mutation($input: OperationInput!) { createOperation(input: $input) { ${FIELDS} } }`;
const DONE = `mutation($id: ID!) { markOperationDone(id: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelOperation(id: $id) { id status } }`;
const OUTCOME = `mutation($id: ID!, $input: OperationOutcomeInput!) { enterOperationOutcome(operationId: $id, input: $input) { interpellations version organization { name } } }`;

const fieldOf = (result: GraphqlResult) => result.errors?.[0]?.extensions?.field;

describe('Coordinated operations: who sees a planned one, outcomes, bad input and races', () => {
  let api: Api;
  const sessions: Record<string, Session> = {};
  let ddpn: string;
  let urssaf: string;
  let douanes: string;
  /** A year no demo operation falls in, one week per test: a filter on it isolates the test's rows. */
  let week = 0;
  const period = () => {
    week++;
    const start = new Date(Date.UTC(2031, 0, 6 + 7 * week, 8));
    return {
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 4 * 3600_000).toISOString(),
      filter: {
        from: new Date(start.getTime() - 3600_000).toISOString(),
        to: new Date(start.getTime() + 3600_000).toISOString(),
      },
    };
  };

  /** An operation written straight to the tables, in the state a test needs. */
  async function anOperation(status: 'PLANNED' | 'DONE' | 'CANCELLED', caseId?: string) {
    const when = period();
    const [row] = await api.dataSource.query(
      `insert into operations (reference, title, kind, status, starts_at, ends_at, commune_codes, organizer_organization_id)
       values ($1, $2, 'STUPEFIANTS', $3, $4, $5, $6, $7) returning id`,
      [`T-${unique()}`, `Opération test ${unique()}`, status, when.startsAt, when.endsAt, [ORLEANS], ddpn],
    );
    await api.dataSource.query(
      `insert into operation_participants (operation_id, organization_id) values ($1, $2), ($1, $3)`,
      [row.id, ddpn, urssaf],
    );
    if (caseId) await api.dataSource.query('insert into operation_cases values ($1, $2)', [row.id, caseId]);
    return { id: row.id as string, filter: when.filter };
  }

  beforeAll(async () => {
    api = await Api.start();
    for (const email of [LAURENT, EMMA, CLAIRE, MARC, PAUL, NADIA, ALEX])
      sessions[email] = await api.as(email);
    ddpn = await organizationId(api, 'DDPN du Loiret');
    urssaf = await organizationId(api, 'URSSAF Centre-Val de Loire');
    douanes = await organizationId(api, 'Direction régionale des douanes');
  });
  afterAll(async () => {
    await api.dataSource.query(
      `delete from operations where starts_at >= '2031-01-01' or reference like 'T-%'`,
    );
    await api.stop();
  });

  /** Whether `email` sees the operation in the list, in the count, by id and from the linked case. */
  async function seen(email: string, op: { id: string; filter: unknown }, caseId: string) {
    const session = sessions[email];
    const list = ok(
      await session.gql<{ operations: { totalCount: number; edges: { node: { id: string } }[] } }>(LIST, {
        filter: op.filter,
      }),
    );
    const byId = await session.gql(GET, { id: op.id });
    const fromCase = await session.gql<{ case: { operations: { id: string }[] } }>(CASE_OPS, { id: caseId });
    return {
      list: list.operations.edges.some((e) => e.node.id === op.id),
      count: list.operations.totalCount,
      byId: byId.errors ? codeOf(byId) : 'read',
      fromCase: fromCase.errors
        ? codeOf(fromCase)
        : fromCase.data!.case.operations.some((o) => o.id === op.id),
    };
  }

  it('shows a planned operation to its participants only: not the cabinet, the mairie, the admin or anyone else', async () => {
    const linked = await aCase(api)
      .ownedBy('Mairie d’Orléans')
      .sensitivity('GREEN')
      .inCommune(ORLEANS)
      .build();
    const op = await anOperation('PLANNED', linked.id);
    const hidden = { list: false, count: 0, byId: 'NOT_FOUND' };
    for (const email of [CLAIRE, MARC, PAUL, NADIA, ALEX]) {
      const got = await seen(email, op, linked.id);
      expect({ email, ...got, fromCase: got.fromCase === 'NOT_FOUND' ? false : got.fromCase }).toEqual({
        email,
        ...hidden,
        fromCase: false,
      });
    }
    for (const email of [LAURENT, EMMA]) {
      expect(await seen(email, op, linked.id)).toEqual({
        list: true,
        count: 1,
        byId: 'read',
        fromCase: true,
      });
    }
  });

  it('shows a done operation to the cabinet and the competent mairie, a cancelled one to the cabinet only', async () => {
    const linked = await aCase(api)
      .ownedBy('Mairie d’Orléans')
      .sensitivity('GREEN')
      .inCommune(ORLEANS)
      .build();
    const done = await anOperation('DONE', linked.id);
    const cancelled = await anOperation('CANCELLED', linked.id);
    for (const email of [CLAIRE, MARC, PAUL]) {
      expect({ email, ...(await seen(email, done, linked.id)) }).toEqual({
        email,
        list: true,
        count: 1,
        byId: 'read',
        fromCase: true,
      });
    }
    for (const email of [NADIA, ALEX]) {
      expect((await seen(email, done, linked.id)).byId).toBe('NOT_FOUND');
    }
    expect((await seen(CLAIRE, cancelled, linked.id)).byId).toBe('read');
    for (const email of [MARC, PAUL, NADIA, ALEX]) {
      expect({ email, byId: (await seen(email, cancelled, linked.id)).byId }).toEqual({
        email,
        byId: 'NOT_FOUND',
      });
    }
  });

  it('shows only the linked cases the reader may read, and says nothing of the others', async () => {
    const open = await aCase(api).ownedBy('DDPN du Loiret').sensitivity('GREEN').inCommune(ORLEANS).build();
    const red = await aCase(api)
      .ownedBy('DDPN du Loiret')
      .sensitivity('RED')
      .sharedWithUser(LAURENT)
      .inCommune(ORLEANS)
      .build();
    const op = await anOperation('DONE', open.id);
    await api.dataSource.query('insert into operation_cases values ($1, $2)', [op.id, red.id]);
    const laurent = ok(
      await sessions[LAURENT].gql<{ operation: { linkedCases: { id: string }[] } }>(GET, { id: op.id }),
    );
    expect(laurent.operation.linkedCases.map((c) => c.id).sort()).toEqual([open.id, red.id].sort());
    const emma = ok(
      await sessions[EMMA].gql<{ operation: { linkedCases: { id: string }[] } }>(GET, { id: op.id }),
    );
    expect(emma.operation.linkedCases.map((c) => c.id)).toEqual([open.id]);
  });

  it('creates an operation with its organiser among the participants and a reference OP-year-number', async () => {
    const when = period();
    const created = ok(
      await sessions[LAURENT].gql<{
        createOperation: { reference: string; status: string; participants: { name: string }[] };
      }>(CREATE, {
        input: {
          title: `Contrôles ${unique()}`,
          kind: 'CONTROLE_ETABLISSEMENTS',
          startsAt: when.startsAt,
          endsAt: when.endsAt,
          communeCodes: [ORLEANS],
          participantOrganizationIds: [urssaf, douanes],
        },
      }),
    ).createOperation;
    expect(created.reference).toMatch(/^OP-2031-\d{4}$/);
    expect(created.status).toBe('PLANNED');
    expect(created.participants.map((p) => p.name).sort()).toEqual(
      ['DDPN du Loiret', 'Direction régionale des douanes', 'URSSAF Centre-Val de Loire'].sort(),
    );
    const refused = await sessions[NADIA].gql(CREATE, {
      input: {
        title: 'Opération privée',
        kind: 'AUTRE',
        startsAt: when.startsAt,
        endsAt: when.endsAt,
        communeCodes: [ORLEANS],
      },
    });
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });

  it('refuses bad input with the field named, and creates nothing', async () => {
    const when = period();
    const title = `Refusée ${unique()}`;
    const base = {
      title,
      kind: 'RODEOS',
      startsAt: when.startsAt,
      endsAt: when.endsAt,
      communeCodes: [ORLEANS],
    };
    const unreadable = await aCase(api)
      .ownedBy('Val de Loire Habitat Démo')
      .sensitivity('AMBER')
      .inCommune(ORLEANS)
      .build();
    const cases: [Record<string, unknown>, string][] = [
      [{ endsAt: when.startsAt }, 'input.endsAt'],
      [{ communeCodes: [] }, 'input.communeCodes'],
      [{ communeCodes: ['75056'] }, 'input.communeCodes'],
      [{ caseIds: [unreadable.id] }, 'input.caseIds'],
      [
        { participantOrganizationIds: ['00000000-0000-4000-8000-000000000000'] },
        'input.participantOrganizationIds',
      ],
      [{ objectiveLineageIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.objectiveLineageIds'],
      [{ title: 'x' }, 'input.title'],
    ];
    for (const [change, field] of cases) {
      const result = await sessions[LAURENT].gql(CREATE, { input: { ...base, ...change } });
      expect({ field, code: codeOf(result), got: fieldOf(result) }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        got: field,
      });
      expect(result.errors![0].message).toMatch(/[a-zé]/);
    }
    const [{ n }] = await api.dataSource.query('select count(*)::int as n from operations where title = $1', [
      title,
    ]);
    expect(n).toBe(0);
  });

  it('lets each participant enter its own outcome of a done operation only, and adds them up', async () => {
    const op = await anOperation('DONE');
    const input = {
      interpellations: 3,
      verbalisations: 5,
      fermeturesAdministratives: 1,
      montantsRecouvres: 1200.5,
      seizures: [{ nature: 'Résine de cannabis', quantity: 1.2, unit: 'kg' }],
    };
    ok(await sessions[LAURENT].gql(OUTCOME, { id: op.id, input }));
    ok(
      await sessions[EMMA].gql(OUTCOME, {
        id: op.id,
        input: {
          ...input,
          interpellations: 0,
          montantsRecouvres: 8000,
          seizures: [{ nature: 'résine de cannabis', quantity: 0.3, unit: 'kg' }],
        },
      }),
    );
    expect(codeOf(await sessions[PAUL].gql(OUTCOME, { id: op.id, input }))).toBe('FORBIDDEN');
    expect(codeOf(await sessions[CLAIRE].gql(OUTCOME, { id: op.id, input }))).toBe('FORBIDDEN');
    expect(codeOf(await sessions[NADIA].gql(OUTCOME, { id: op.id, input }))).toBe('NOT_FOUND');
    const negative = await sessions[EMMA].gql(OUTCOME, {
      id: op.id,
      input: { ...input, verbalisations: -1 },
    });
    expect([codeOf(negative), fieldOf(negative)]).toEqual(['BAD_USER_INPUT', 'input.verbalisations']);
    const read = ok(
      await sessions[CLAIRE].gql<{ operation: { totals: Record<string, unknown>; outcomes: unknown[] } }>(
        GET,
        { id: op.id },
      ),
    );
    expect(read.operation.totals).toEqual({
      interpellations: 3,
      verbalisations: 10,
      montantsRecouvres: 9200.5,
      seizures: [{ nature: 'Résine de cannabis', unit: 'kg', quantity: 1.5 }],
      reported: 2,
    });
    const planned = await anOperation('PLANNED');
    expect(codeOf(await sessions[LAURENT].gql(OUTCOME, { id: planned.id, input }))).toBe('CONFLICT');
  });

  it('lets the organiser change a planned operation, keeping the links to cases he cannot read', async () => {
    const when = period();
    const hidden = await aCase(api)
      .ownedBy('Val de Loire Habitat Démo')
      .sensitivity('AMBER')
      .inCommune(ORLEANS)
      .build();
    const created = ok(
      await sessions[LAURENT].gql<{ createOperation: { id: string } }>(CREATE, {
        input: {
          title: `À modifier ${unique()}`,
          kind: 'RODEOS',
          startsAt: when.startsAt,
          endsAt: when.endsAt,
          communeCodes: [ORLEANS],
        },
      }),
    ).createOperation;
    await api.dataSource.query('insert into operation_cases values ($1, $2)', [created.id, hidden.id]);
    const UPDATE = `mutation($id: ID!, $input: OperationInput!) { updateOperation(id: $id, input: $input) { title participants { name } } }`;
    const input = {
      title: 'Rodéos : contrôles renforcés',
      kind: 'RODEOS',
      startsAt: when.startsAt,
      endsAt: when.endsAt,
      communeCodes: [ORLEANS],
      participantOrganizationIds: [urssaf],
      caseIds: [],
    };
    const updated = ok(
      await sessions[LAURENT].gql<{ updateOperation: { title: string; participants: { name: string }[] } }>(
        UPDATE,
        { id: created.id, input },
      ),
    );
    expect(updated.updateOperation.title).toBe('Rodéos : contrôles renforcés');
    expect(updated.updateOperation.participants.map((p) => p.name).sort()).toEqual([
      'DDPN du Loiret',
      'URSSAF Centre-Val de Loire',
    ]);
    const [{ n }] = await api.dataSource.query(
      'select count(*)::int as n from operation_cases where operation_id = $1',
      [created.id],
    );
    expect(n).toBe(1);
    expect(codeOf(await sessions[EMMA].gql(UPDATE, { id: created.id, input }))).toBe('FORBIDDEN');
    expect(codeOf(await sessions[CLAIRE].gql(UPDATE, { id: created.id, input }))).toBe('NOT_FOUND');
    ok(await sessions[LAURENT].gql(CANCEL, { id: created.id }));
    const late = await sessions[LAURENT].gql(UPDATE, { id: created.id, input });
    expect([codeOf(late), late.errors?.[0].message]).toEqual([
      'CONFLICT',
      'Cette opération a déjà été annulée : elle ne peut plus être modifiée.',
    ]);
  });

  it('of 10 parallel « mark done » and « cancel », one wins and the others are told in French', async () => {
    const op = await anOperation('PLANNED');
    await api.dataSource.query(
      `update operations set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' where id = $1`,
      [op.id],
    );
    const outcome = await race(10, (i) => sessions[LAURENT].gql(i % 2 ? DONE : CANCEL, { id: op.id }));
    expect(outcome.winners).toHaveLength(1);
    expect(
      outcome.told.every((line) =>
        /^CONFLICT : Cette opération a déjà été (marquée menée|annulée)/.test(line),
      ),
    ).toBe(true);
    const notStarted = await anOperation('PLANNED');
    const early = await sessions[LAURENT].gql(DONE, { id: notStarted.id });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0].message).toContain('n’a pas encore commencé');
    expect(codeOf(await sessions[EMMA].gql(CANCEL, { id: notStarted.id }))).toBe('FORBIDDEN');
  });

  it('of 10 parallel edits of one outcome version, one wins', async () => {
    const op = await anOperation('DONE');
    const input = {
      interpellations: 1,
      verbalisations: 0,
      fermeturesAdministratives: 0,
      montantsRecouvres: 0,
    };
    const first = ok(
      await sessions[EMMA].gql<{ enterOperationOutcome: { version: string } }>(OUTCOME, { id: op.id, input }),
    );
    const outcome = await race(10, (i) =>
      sessions[EMMA].gql(OUTCOME, {
        id: op.id,
        input: { ...input, interpellations: 10 + i, version: first.enterOperationOutcome.version },
      }),
    );
    expect(outcome.winners).toHaveLength(1);
    expect(new Set(outcome.told)).toEqual(
      new Set([
        'CONFLICT : Le bilan de votre organisation a été modifié entre-temps : rechargez-le avant de le modifier.',
      ]),
    );
    const fresh = await sessions[EMMA].gql(OUTCOME, { id: op.id, input });
    expect(codeOf(fresh)).toBe('CONFLICT');
  });

  it('gives 10 operations created at once 10 different references', async () => {
    const when = period();
    const outcome = await race(10, (i) =>
      sessions[LAURENT].gql<{ createOperation: { reference: string } }>(CREATE, {
        input: {
          title: `Parallèle ${i} ${unique()}`,
          kind: 'TRANSPORTS',
          startsAt: when.startsAt,
          endsAt: when.endsAt,
          communeCodes: [ORLEANS],
        },
      }),
    );
    expect(outcome.winners).toHaveLength(10);
    expect(new Set(outcome.winners.map((w) => w.createOperation.reference)).size).toBe(10);
  });
});
