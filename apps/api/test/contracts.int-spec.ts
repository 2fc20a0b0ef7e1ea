import { DueActionsScanner, FanOutService } from '@continuum/server/alerts';
import request from 'supertest';
import { Api, codeOf, type GraphqlResult, ok, Session } from './api-harness';
import { race, unexpected } from './race-outcomes';

const CONTRACT_FIELDS = `id reference status updatedAt mayUpdate mayExport
  progress { total todo inProgress kept notKept overdue keptShare }
  parties { organizationId name role }
  commitments { id text dueOn status overdue ownerName mayUpdateStatus updatedAt actions { id } operations { id } }`;
const CREATE = `mutation ($input: ContractInput!) { createContract(input: $input) { ${CONTRACT_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: ContractInput!, $at: DateTime!) { updateContract(id: $id, input: $input, expectedUpdatedAt: $at) { ${CONTRACT_FIELDS} } }`;
const ADVANCE = `mutation ($id: ID!, $from: ContractStatus!, $to: ContractStatus!) { advanceContract(id: $id, from: $from, to: $to) { id status } }`;
const ADD = `mutation ($id: ID!, $input: CommitmentInput!) { addCommitment(contractId: $id, input: $input) { ${CONTRACT_FIELDS} } }`;
const STATUS = `mutation ($id: ID!, $from: CommitmentStatus!, $to: CommitmentStatus!) { setCommitmentStatus(id: $id, from: $from, to: $to) { id commitments { id status } } }`;
const ONE = `query ($id: ID!) { contract(id: $id) { ${CONTRACT_FIELDS} } }`;
const LIST = `query { contracts { id reference } }`;

interface Contract {
  id: string;
  reference: string;
  status: string;
  updatedAt: string;
  mayUpdate: boolean;
  mayExport: boolean;
  progress: Record<string, number | null>;
  parties: { organizationId: string; name: string; role: string }[];
  commitments: {
    id: string;
    text: string;
    dueOn: string;
    status: string;
    overdue: boolean;
    mayUpdateStatus: boolean;
    updatedAt: string;
  }[];
}

const day = (offset: number) => {
  const date = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(date);
};

describe('Contracts (CSI, PVD): who reads and writes them, bad input, races, the overdue alert', () => {
  let api: Api;
  let claire: Session;
  let claire2: Session;
  let serge: Session;
  let laurent: Session;
  let laurent2: Session;
  let org: Record<string, string>;

  beforeAll(async () => {
    api = await Api.start();
    [claire, claire2, serge, laurent, laurent2] = await Promise.all(
      [
        'claire.martin@prefecture.demo',
        'claire.martin@prefecture.demo',
        'serge.aubert@orleans.demo',
        'laurent.moreau@police.demo',
        'laurent.moreau@police.demo',
      ].map((email) => api.as(email)),
    );
    const rows: { id: string; name: string }[] = await api.dataSource.query(
      'select id, name from organizations',
    );
    org = Object.fromEntries(rows.map((row) => [row.name, row.id]));
  });
  afterAll(() => api.stop());

  const input = (overrides: Record<string, unknown> = {}) => ({
    kind: 'CSI',
    title: `CSI d’Orléans — essai ${Math.random().toString(36).slice(2, 7)}`,
    communeCodes: ['45234'],
    parties: [
      { organizationId: org['Préfecture du Loiret — cabinet'], role: 'STATE' },
      { organizationId: org['Mairie d’Orléans'], role: 'TERRITORY' },
      { organizationId: org['DDPN du Loiret'], role: 'PARTNER' },
    ],
    signedOn: day(-100),
    startsOn: day(-100),
    endsOn: day(700),
    documentReference: 'Délibération n° 1 (essai)',
    ...overrides,
  });
  const create = async (session = claire, overrides: Record<string, unknown> = {}) =>
    ok(await session.gql<{ createContract: Contract }>(CREATE, { input: input(overrides) })).createContract;
  const commitment = (
    owner: string,
    dueOn: string,
    text = 'Mener une opération de sécurisation par mois',
  ) => ({
    ownerOrganizationId: org[owner],
    text,
    dueOn,
  });
  const withCommitment = async (owner = 'DDPN du Loiret', dueOn = day(30)) => {
    const contract = await create();
    return ok(
      await claire.gql<{ addCommitment: Contract }>(ADD, {
        id: contract.id,
        input: commitment(owner, dueOn),
      }),
    ).addCommitment;
  };
  const error = (result: GraphqlResult) => ({
    code: codeOf(result),
    field: result.errors?.[0]?.extensions?.field,
    message: result.errors?.[0]?.message,
  });

  describe('who reads a contract', () => {
    it('lets the cabinet, the commune’s mairie and the parties read it; nobody else learns it exists', async () => {
      const contract = await withCommitment();
      const unknown = error(await claire.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' }));
      expect(unknown.code).toBe('NOT_FOUND');
      for (const email of [
        'claire.martin@prefecture.demo',
        'serge.aubert@orleans.demo',
        'laurent.moreau@police.demo',
      ]) {
        const session = await api.as(email);
        expect(
          ok(await session.gql<{ contract: Contract }>(ONE, { id: contract.id })).contract.reference,
        ).toBe(contract.reference);
        expect(ok(await session.gql<{ contracts: Contract[] }>(LIST)).contracts.map((c) => c.id)).toContain(
          contract.id,
        );
      }
      for (const email of [
        'nadia.fournier@bailleur.demo',
        'thomas.girard@transport.demo',
        'claude.vidal@gien.demo',
        'julie.lefebvre@gendarmerie.demo',
        'paul.durand@pm-orleans.demo',
        'admin@continuum.demo',
      ]) {
        const session = await api.as(email);
        expect({ email, ...error(await session.gql(ONE, { id: contract.id })) }).toEqual({
          email,
          ...unknown,
        });
        expect(
          ok(await session.gql<{ contracts: Contract[] }>(LIST)).contracts.map((c) => c.id),
        ).not.toContain(contract.id);
        const res = await request(api.app.getHttpServer())
          .get(`/exports/contracts/${contract.id}/contrat.pdf`)
          .set('cookie', session.cookie!)
          .set('x-forwarded-for', session.ip);
        expect({ email, status: res.status }).toEqual({ email, status: 404 });
      }
    });

    it('lets the cabinet and the commune’s mairie edit it, a party read only, a stranger not even find it', async () => {
      const contract = await create(serge);
      expect(contract.mayUpdate).toBe(true);
      const laurentView = ok(await laurent.gql<{ contract: Contract }>(ONE, { id: contract.id })).contract;
      expect(laurentView.mayUpdate).toBe(false);
      expect(
        codeOf(await laurent.gql(UPDATE, { id: contract.id, input: input(), at: contract.updatedAt })),
      ).toBe('FORBIDDEN');
      const claude = await api.as('claude.vidal@gien.demo');
      expect(
        codeOf(await claude.gql(UPDATE, { id: contract.id, input: input(), at: contract.updatedAt })),
      ).toBe('NOT_FOUND');
      const refused = error(await claude.gql(CREATE, { input: input() }));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.communeCodes' });
      expect(refused.message).toContain('Orléans');
      const nadia = await api.as('nadia.fournier@bailleur.demo');
      expect(codeOf(await nadia.gql(CREATE, { input: input() }))).toBe('FORBIDDEN');
    });

    it('lets only the owner organisation move a commitment’s status', async () => {
      const contract = await withCommitment();
      const [item] = contract.commitments;
      expect(codeOf(await serge.gql(STATUS, { id: item.id, from: 'TODO', to: 'IN_PROGRESS' }))).toBe(
        'FORBIDDEN',
      );
      const nadia = await api.as('nadia.fournier@bailleur.demo');
      expect(codeOf(await nadia.gql(STATUS, { id: item.id, from: 'TODO', to: 'IN_PROGRESS' }))).toBe(
        'NOT_FOUND',
      );
      const moved = ok(
        await laurent.gql<{ setCommitmentStatus: Contract }>(STATUS, {
          id: item.id,
          from: 'TODO',
          to: 'KEPT',
        }),
      );
      expect(moved.setCommitmentStatus.commitments[0].status).toBe('KEPT');
    });
  });

  describe('bad input is refused, the field named in French, nothing changed', () => {
    const count = async (id: string) =>
      (
        await api.dataSource.query(
          'select count(*)::int as n from contract_commitments where contract_id = $1',
          [id],
        )
      )[0].n;

    it('refuses a commitment without an owner', async () => {
      const contract = await create();
      const result = error(
        await claire.gql(ADD, {
          id: contract.id,
          input: { text: 'Un engagement sans porteur', dueOn: day(10) },
        }),
      );
      expect(result).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.ownerOrganizationId',
        message: 'Choisissez l’organisation qui porte l’engagement.',
      });
      expect(await count(contract.id)).toBe(0);
    });

    it('refuses a commitment owned by an organisation that is not a party', async () => {
      const contract = await create();
      const result = error(
        await claire.gql(ADD, { id: contract.id, input: commitment('Val de Loire Habitat Démo', day(10)) }),
      );
      expect(result).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerOrganizationId' });
      expect(await count(contract.id)).toBe(0);
    });

    it('refuses a deadline before the contract’s start', async () => {
      const contract = await create();
      const result = error(
        await claire.gql(ADD, { id: contract.id, input: commitment('DDPN du Loiret', day(-101)) }),
      );
      expect(result.code).toBe('BAD_USER_INPUT');
      expect(result.field).toBe('input.dueOn');
      expect(result.message).toMatch(
        /^L’échéance ne peut précéder le début du contrat \(le \d\d\/\d\d\/\d{4}\)\.$/,
      );
      expect(await count(contract.id)).toBe(0);
    });

    it('refuses a contract’s status taken backwards, and a commitment’s', async () => {
      const contract = await withCommitment();
      ok(await claire.gql(ADVANCE, { id: contract.id, from: 'PREPARATION', to: 'IN_FORCE' }));
      const back = error(await claire.gql(ADVANCE, { id: contract.id, from: 'IN_FORCE', to: 'SIGNED' }));
      expect(back).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      expect(back.message).toContain('ne revient pas en arrière');
      const [row] = await api.dataSource.query('select status from contracts where id = $1', [contract.id]);
      expect(row.status).toBe('IN_FORCE');
      const [item] = contract.commitments;
      ok(await laurent.gql(STATUS, { id: item.id, from: 'TODO', to: 'KEPT' }));
      const again = error(await laurent.gql(STATUS, { id: item.id, from: 'KEPT', to: 'IN_PROGRESS' }));
      expect(again).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      const [kept] = await api.dataSource.query('select status from contract_commitments where id = $1', [
        item.id,
      ]);
      expect(kept.status).toBe('KEPT');
    });

    it('refuses a party list without the State, and a contract ending before it starts', async () => {
      const noState = error(
        await claire.gql(CREATE, {
          input: input({
            parties: [
              { organizationId: org['Mairie d’Orléans'], role: 'TERRITORY' },
              { organizationId: org['DDPN du Loiret'], role: 'PARTNER' },
            ],
          }),
        }),
      );
      expect(noState).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parties' });
      const backwards = error(
        await claire.gql(CREATE, { input: input({ startsOn: day(10), endsOn: day(5) }) }),
      );
      expect(backwards).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    });
  });

  describe('races: of two writers at once, one wins and the other is told', () => {
    it('moves a contract’s status once', async () => {
      const contract = await create();
      const writers = [claire, claire2, serge, claire, claire2, serge];
      const outcome = await race(writers.length, (i) =>
        writers[i].gql(ADVANCE, { id: contract.id, from: 'PREPARATION', to: i % 2 ? 'SIGNED' : 'IN_FORCE' }),
      );
      expect(outcome.winners).toHaveLength(1);
      expect(
        unexpected(
          outcome.told,
          /^CONFLICT : Ce contrat vient de passer à « (Signé|En cours) » \(.+\) : rechargez la page\.$/,
        ),
      ).toEqual([]);
    });

    it('moves a commitment’s status once', async () => {
      const contract = await withCommitment();
      const [item] = contract.commitments;
      const outcome = await race(6, (i) =>
        (i % 2 ? laurent : laurent2).gql(STATUS, {
          id: item.id,
          from: 'TODO',
          to: i % 3 ? 'KEPT' : 'NOT_KEPT',
        }),
      );
      expect(outcome.winners).toHaveLength(1);
      expect(
        unexpected(
          outcome.told,
          /^CONFLICT : Cet engagement vient de passer à « (Tenu|Non tenu) » \(.+\) : rechargez la page\.$/,
        ),
      ).toEqual([]);
    });

    it('keeps one of two edits made from the same reading', async () => {
      const contract = await create();
      const outcome = await race(4, (i) =>
        (i % 2 ? claire : claire2).gql(UPDATE, {
          id: contract.id,
          input: input({ title: `Titre concurrent ${i}` }),
          at: contract.updatedAt,
        }),
      );
      expect(outcome.winners).toHaveLength(1);
      expect(unexpected(outcome.told, /^CONFLICT : Ce contrat vient d’être modifié/)).toEqual([]);
    });
  });

  describe('an overdue commitment raises an alert to its owner organisation', () => {
    it('alerts the owner’s people once, and nobody else', async () => {
      const contract = await withCommitment('DDPN du Loiret', day(-2));
      const [item] = contract.commitments;
      expect(item.overdue).toBe(true);
      ok(await claire.gql(ADVANCE, { id: contract.id, from: 'PREPARATION', to: 'IN_FORCE' }));
      const scanner = api.app.get(DueActionsScanner);
      await scanner.scan();
      // A second scan before the fan-out: its event finds the alert already raised (same dedupe key).
      await scanner.scan();
      const events: { id: string }[] = await api.dataSource.query(
        `select id from outbox_events where topic = 'commitment.overdue' and payload->>'commitmentId' = $1`,
        [item.id],
      );
      expect(events.length).toBeGreaterThanOrEqual(1);
      const fanOut = api.app.get(FanOutService);
      for (const event of events) await fanOut.handle(event.id);
      const recipients: { email: string; organization: string }[] = await api.dataSource.query(
        `select u.email, o.name as organization from notifications n join alerts a on a.id = n.alert_id
           join users u on u.id = n.user_id join organizations o on o.id = u.organization_id
          where a.dedupe_key = $1 order by u.email`,
        [`commitment:${item.id}:OVERDUE:${item.dueOn}`],
      );
      const owners: { email: string }[] = await api.dataSource.query(
        `select u.email from users u join organizations o on o.id = u.organization_id
          where o.name = 'DDPN du Loiret' and u.disabled_at is null order by u.email`,
      );
      expect(recipients.map((row) => row.email)).toEqual(owners.map((row) => row.email));
      expect(recipients.map((row) => row.email)).toContain('laurent.moreau@police.demo');
      expect(recipients.every((row) => row.organization === 'DDPN du Loiret')).toBe(true);
      const [alert] = await api.dataSource.query(
        `select topic, title, body from alerts where dedupe_key = $1`,
        [`commitment:${item.id}:OVERDUE:${item.dueOn}`],
      );
      expect(alert.topic).toBe('COMMITMENT_OVERDUE');
      expect(alert.body).toContain('était attendu le');
      const [alerts] = await api.dataSource.query(
        `select count(*)::int as n from alerts where dedupe_key = $1`,
        [`commitment:${item.id}:OVERDUE:${item.dueOn}`],
      );
      expect(alerts.n).toBe(1);
      // Kept afterwards: a later scan raises nothing.
      ok(await laurent.gql(STATUS, { id: item.id, from: 'TODO', to: 'KEPT' }));
      expect(await scanner.scan()).toBeGreaterThanOrEqual(0);
      const [after] = await api.dataSource.query(
        `select count(*)::int as n from outbox_events where topic = 'commitment.overdue' and payload->>'commitmentId' = $1`,
        [item.id],
      );
      expect(after.n).toBe(events.length);
    });
  });

  describe('the contract’s page and documents', () => {
    it('shows the progress with overdue commitments first, and exports a journaled PDF and DOCX', async () => {
      const contract = await create();
      ok(
        await claire.gql(ADD, {
          id: contract.id,
          input: commitment('DDPN du Loiret', day(60), 'Engagement à venir'),
        }),
      );
      ok(
        await claire.gql(ADD, {
          id: contract.id,
          input: commitment('Mairie d’Orléans', day(-5), 'Engagement en retard'),
        }),
      );
      const page = ok(await laurent.gql<{ contract: Contract }>(ONE, { id: contract.id })).contract;
      expect(page.commitments.map((c) => c.text)).toEqual(['Engagement en retard', 'Engagement à venir']);
      expect(page.progress).toMatchObject({ total: 2, todo: 2, overdue: 1, keptShare: 0 });
      expect(page.commitments.map((c) => c.mayUpdateStatus)).toEqual([false, true]);
      for (const format of ['pdf', 'docx']) {
        const res = await request(api.app.getHttpServer())
          .get(`/exports/contracts/${contract.id}/contrat.${format}`)
          .set('cookie', laurent.cookie!)
          .set('x-forwarded-for', laurent.ip)
          .buffer(true)
          .parse((stream, done) => {
            const chunks: Buffer[] = [];
            stream.on('data', (chunk: Buffer) => chunks.push(chunk));
            stream.on('end', () => done(null, Buffer.concat(chunks)));
          });
        expect(res.status).toBe(200);
        const body = res.body as Buffer;
        expect(body.subarray(0, 4).toString()).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
      }
      const [journal] = await api.dataSource.query(
        `select count(*)::int as n from audit_entries where action = 'contract.exported' and subject_id = $1`,
        [contract.id],
      );
      expect(journal.n).toBe(2);
    });
  });
});
