import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Api, GraphqlResult, Session, unique } from './api-harness';

/**
 * Bad input that used to reach PostgreSQL, class-transformer or Node's parser and come back as a
 * 500, an English sentence or an empty page: each is refused at the edge as a client error with a
 * stable code, the field at fault and a French message.
 */
describe('Hostile inputs', () => {
  let api: Api;
  let claire: Session;
  let admin: Session;
  let paulId: string;
  /** A working group that exists: the member's id is what reached PostgreSQL. */
  let argonneId: string;
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    api = await Api.start();
    [claire, admin] = await Promise.all([
      api.as('claire.martin@prefecture.demo'),
      api.as('admin@continuum.demo'),
    ]);
    [{ id: argonneId }] = await api.dataSource.query(`select id from working_groups where name = 'Argonne'`);
    [{ id: paulId }] = await api.dataSource.query(
      `select id from users where email = 'paul.durand@pm-orleans.demo'`,
    );
  });
  afterAll(() => api.stop());

  const refused = (
    response: request.Response,
    status: number,
    code: string,
    field: string,
    message: string,
  ) => {
    const result = response.body as GraphqlResult;
    expect({ status: response.status, errors: result.errors, data: result.data }).toEqual({
      status,
      errors: [expect.objectContaining({ message, extensions: { code, field } })],
      data: status === 200 ? null : undefined,
    });
  };

  describe('an id that is not a UUID (PostgreSQL: « invalid input syntax for type uuid »)', () => {
    const refusedId = (response: request.Response, field: string) =>
      refused(response, 400, 'BAD_USER_INPUT', field, `${field} : identifiant invalide.`);

    it.each([
      ['empty', ''],
      ['a word', 'abc'],
      ['a number', '42'],
      ['an injection', "' or '1'='1"],
      ['a UUID in braces', `{${randomUUID()}}`],
      ['36 dashes', '-'.repeat(36)],
    ])('is refused on removeWorkingGroupMember(userId: %s), naming the argument', async (_, userId) => {
      refusedId(
        await claire.post({
          query: `mutation($g: ID!, $u: ID!) { removeWorkingGroupMember(workingGroupId: $g, userId: $u) { id } }`,
          variables: { g: argonneId, u: userId },
        }),
        'userId',
      );
    });

    it('is refused on shareCase(userId: "") and addCaseComment(addressedToOrganizationId: ""), and nothing is written', async () => {
      const [{ id: caseId }] = await api.dataSource.query(`select id from cases order by id limit 1`);
      const [{ count: shares }] = await api.dataSource.query(`select count(*)::int from case_shares`);
      refusedId(
        await claire.post({
          query: `mutation($id: ID!) { shareCase(id: $id, userId: "", reason: "test") { id } }`,
          variables: { id: caseId },
        }),
        'userId',
      );
      const body = `Commentaire ${unique()}`;
      refusedId(
        await claire.post({
          query: `mutation($id: ID!, $body: String!, $to: ID) { addCaseComment(caseId: $id, body: $body, addressedToOrganizationId: $to) { id } }`,
          variables: { id: caseId, body, to: '' },
        }),
        'addressedToOrganizationId',
      );
      expect(await api.dataSource.query(`select 1 from case_comments where body = $1`, [body])).toEqual([]);
      expect((await api.dataSource.query(`select count(*)::int from case_shares`))[0].count).toBe(shares);
    });

    it('is refused inside input objects and lists, inline or in variables, by its path', async () => {
      refusedId(
        await claire.post({
          query: `mutation($input: ManualAlertInput!) { sendAlert(input: $input) { id } }`,
          variables: {
            input: {
              title: 'Essai',
              body: 'Essai',
              severity: 'INFO',
              audienceTypes: ['PREFECTURE'],
              zoneIds: [randomUUID(), 'zone-9'],
            },
          },
        }),
        'input.zoneIds.1',
      );
      refusedId(
        await claire.post({ query: `{ cases(filter: { zoneId: "12" }) { totalCount } }` }),
        'filter.zoneId',
      );
      refusedId(
        await claire.post({ query: `{ a: user(id: "${paulId}") { id } b: case(id: 7) { id } }` }),
        'id',
      );
    });

    it('is refused the same way for anyone, signed in or not: the answer says nothing of what exists', async () => {
      const query = `{ organization(id: "pas-un-uuid") { id } }`;
      const [visitor, signedIn] = await Promise.all([api.visitor().post({ query }), admin.post({ query })]);
      refusedId(visitor, 'id');
      expect(signedIn.body).toEqual(visitor.body);
    });

    it('lets a UUID through in capitals, as PostgreSQL reads it', async () => {
      const result = await admin.gql<{ user: { id: string } }>(`query($id: ID!) { user(id: $id) { id } }`, {
        id: paulId.toUpperCase(),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.user.id).toBe(paulId);
    });
  });

  describe('a JSON value nested 3,000 levels deep (class-transformer: « Maximum call stack size exceeded »)', () => {
    const deep = (levels: number): unknown => {
      let value: unknown = [1, 2];
      for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
      return value;
    };
    const TOO_DEEP = 'valeur JSON trop imbriquée (32 niveaux au plus).';
    const subscription = { scope: 'AREA', minSeverity: 'INFO', inApp: true, emailMode: 'NONE' };

    it.each([
      [
        'createZone.geometry',
        `mutation($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
        (v: unknown) => ({ input: { name: 'Zone', kind: 'OTHER', communeCodes: ['45234'], geometry: v } }),
        'input.geometry',
      ],
      [
        'sendAlert.area',
        `mutation($input: ManualAlertInput!) { sendAlert(input: $input) { id } }`,
        (v: unknown) => ({
          input: { title: 'Essai', body: 'Essai', severity: 'INFO', audienceTypes: ['PREFECTURE'], area: v },
        }),
        'input.area',
      ],
      [
        'saveMyAlertSubscription.area',
        `mutation($input: AlertSubscriptionInput!) { saveMyAlertSubscription(input: $input) { scope } }`,
        (v: unknown) => ({ input: { ...subscription, area: v } }),
        'input.area',
      ],
      [
        'saveOrganizationAlertSubscription.area',
        `mutation($o: ID!, $input: AlertSubscriptionInput!) { saveOrganizationAlertSubscription(organizationId: $o, input: $input) { scope } }`,
        (v: unknown) => ({ o: randomUUID(), input: { ...subscription, area: v } }),
        'input.area',
      ],
    ])('is refused on %s in a variable, naming it', async (_, query, variables, field) => {
      const body = JSON.stringify({ query, variables: variables(deep(3000)) });
      expect(body.length).toBeLessThan(20_000);
      refused(await claire.post(JSON.parse(body)), 400, 'BAD_USER_INPUT', field, `${field} : ${TOO_DEEP}`);
    });

    const inline = (levels: number) =>
      claire.post({
        query: `mutation { sendAlert(input: { title: "x", body: "x", severity: INFO, audienceTypes: [PREFECTURE], area: ${JSON.stringify(
          deep(levels),
        ).replace(/"a"/g, 'a')} }) { id } }`,
      });

    it('is refused written inline, naming the argument, as a document GraphQL finds invalid', async () => {
      refused(await inline(100), 400, 'GRAPHQL_VALIDATION_FAILED', 'input.area', `input.area : ${TOO_DEEP}`);
    });

    it('written inline 3,000 levels deep, is a document too deep to parse, said in French', async () => {
      const response = await inline(3000);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        {
          message: 'Requête trop imbriquée pour être lue : une valeur y emboîte trop de listes ou d’objets.',
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
      ]);
    });

    it('lets a value 32 levels deep reach the resolver, which judges the geometry', async () => {
      const result = await claire.gql(
        `mutation($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
        {
          input: { name: `Zone ${unique()}`, kind: 'OTHER', communeCodes: ['45234'], geometry: deep(31) },
        },
      );
      expect(result.errors?.[0].message).not.toMatch(/imbriquée|Erreur interne/);
    });
  });

  it('says in French that updateUser takes 4 roles at most (not « roles must contain no more than 4 elements »)', async () => {
    const roles = () => api.dataSource.query(`select roles::text from users where id = $1`, [paulId]);
    const before = await roles();
    const result = await admin.gql(
      `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }`,
      {
        id: paulId,
        input: { roles: Array.from({ length: 10_000 }, () => 'AGENT') },
      },
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'roles : 4 éléments au plus.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.roles' },
      }),
    ]);
    expect(await roles()).toEqual(before);
  });

  describe('an export whose query string passes Node’s 16 ko of headers', () => {
    /** A filter the cases query accepts (under 20,000 characters of JSON), but past 16 ko once in an address. */
    const longFilter = JSON.stringify({
      communeCode: Array.from({ length: 400 }, () => '45234'),
      category: Array.from({ length: 700 }, () => 'RODEOS_URBAINS'),
      search: 'é'.repeat(200),
    });
    const csvOf = (response: request.Response) => String(response.text ?? response.body);

    it('answers 431 with a French message instead of an empty body', async () => {
      expect(longFilter.length).toBeLessThan(20_000);
      expect(new URLSearchParams({ filter: longFilter }).toString().length).toBeGreaterThan(16_384);
      const response = await http()
        .get('/exports/cases.csv')
        .set('cookie', claire.cookie!)
        .query({ filter: longFilter });
      expect(response.status).toBe(431);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/^Requête trop longue : .*16 ko.*formulaire \(POST\)/),
      });
    });

    it('is exported when its parameters are posted as a form to the same address', async () => {
      const posted = await http()
        .post('/exports/cases.csv')
        .set('cookie', claire.cookie!)
        .type('form')
        .send({ filter: longFilter, orderBy: 'REFERENCE_ASC' });
      expect(posted.status).toBe(200);
      expect(posted.headers['content-type']).toMatch(/^text\/csv/);
      // The same list as the address gives for the same filter, when the address is short enough.
      const short = JSON.stringify({ communeCode: ['45234'], category: ['RODEOS_URBAINS'] });
      const [viaGet, viaPost] = await Promise.all([
        http()
          .get('/exports/cases.csv')
          .set('cookie', claire.cookie!)
          .query({ filter: short, orderBy: 'REFERENCE_ASC' }),
        http()
          .post('/exports/cases.csv')
          .set('cookie', claire.cookie!)
          .type('form')
          .send({ filter: short, orderBy: 'REFERENCE_ASC' }),
      ]);
      expect(viaPost.status).toBe(200);
      expect(csvOf(viaPost).split('\n').length).toBeGreaterThan(1);
      expect(csvOf(viaPost)).toBe(csvOf(viaGet));
    });

    it('refuses a posted form as it refuses the address: NUL characters, unknown parameters, no session', async () => {
      const post = (form: Record<string, string>, cookie = claire.cookie!) =>
        http().post('/exports/cases.xlsx').set('cookie', cookie).type('form').send(form);
      const nul = await post({ filter: JSON.stringify({ search: 'a\u0000b' }) });
      expect([nul.status, nul.body]).toEqual([
        400,
        {
          code: 'BAD_USER_INPUT',
          message: 'filter.search : caractère nul interdit.',
          field: 'filter.search',
        },
      ]);
      const unknown = await post({ filtre: '{}' });
      expect([unknown.status, unknown.body.field]).toEqual([400, 'filtre']);
      expect((await post({ filter: '{}' }, 'continuum_session=')).status).toBe(401);
    });
  });
});
