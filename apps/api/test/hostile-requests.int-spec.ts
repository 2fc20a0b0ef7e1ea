import { operationCost } from '@continuum/server/platform';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { Api, codeOf, GraphqlResult, Session, unique } from './api-harness';

/**
 * What a hostile or clumsy client sends: NUL characters, fragment cycles, costly nestings, malformed
 * bodies. Each is refused as a client error (4xx) with a stable code and a French message, never a 500.
 */
describe('Hostile requests', () => {
  let api: Api;
  let claire: Session;
  let paul: Session;
  const http = () => request(api.app.getHttpServer());

  beforeAll(async () => {
    api = await Api.start();
    [claire, paul] = await Promise.all([
      api.as('claire.martin@prefecture.demo'),
      api.as('paul.durand@pm-orleans.demo'),
    ]);
  });
  afterAll(() => api.stop());

  const refusedAsBadInput = (response: request.Response, field: string) => {
    expect(response.status).toBe(400);
    const result = response.body as GraphqlResult;
    expect(result.errors).toEqual([
      { message: `${field} : caractère nul interdit.`, extensions: { code: 'BAD_USER_INPUT', field } },
    ]);
    expect(result.data).toBeUndefined();
  };

  describe('a NUL character (PostgreSQL refuses it in text)', () => {
    it('is refused in a variable, naming the field, and nothing is written', async () => {
      const title = `Titre \u0000 nul ${unique()}`;
      const response = await paul.post({
        query: `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
        variables: {
          input: { title, category: 'RODEOS_URBAINS', communeCode: '45234', sensitivity: 'GREEN' },
        },
      });
      refusedAsBadInput(response, 'input.title');
      const description = await paul.post({
        query: `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
        variables: {
          input: {
            title: `Sans NUL ${unique()}`,
            description: 'a\u0000b',
            category: 'RODEOS_URBAINS',
            communeCode: '45234',
            sensitivity: 'GREEN',
          },
        },
      });
      refusedAsBadInput(description, 'input.description');
      const rows = await api.dataSource.query(
        `select 1 from cases where title like 'Sans NUL%' or title like 'Titre %nul%'`,
      );
      expect(rows).toHaveLength(0);
    });

    it('is refused in a comment, a search filter, a login — inline or in variables', async () => {
      const created = await paul.gql<{ createCase: { id: string } }>(
        `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
        {
          input: {
            title: `Dépôt sauvage ${unique()}`,
            category: 'DEPOTS_SAUVAGES',
            communeCode: '45234',
            sensitivity: 'GREEN',
          },
        },
      );
      const caseId = created.data!.createCase.id;
      refusedAsBadInput(
        await paul.post({
          query: `mutation($caseId: ID!, $body: String!) { addCaseComment(caseId: $caseId, body: $body) { id } }`,
          variables: { caseId, body: 'a\u0000b' },
        }),
        'body',
      );
      refusedAsBadInput(
        await claire.post({
          query: `query($s: String) { cases(filter: { search: $s }) { totalCount } }`,
          variables: { s: 'a\u0000b' },
        }),
        'filter.search',
      );
      refusedAsBadInput(
        await claire.post({ query: `{ communes(filter: { search: "a\\u0000b" }) { code } }` }),
        'filter.search',
      );
      refusedAsBadInput(
        await claire.post({
          query: `query($f: OrganizationFilter) { organizations(filter: $f) { id } }`,
          variables: { f: { search: 'a\u0000b' } },
        }),
        'filter.search',
      );
      refusedAsBadInput(
        await claire.post({ query: `{ users(filter: { search: "a\\u0000b" }) { id } }` }),
        'filter.search',
      );
      refusedAsBadInput(
        await api
          .visitor()
          .post({ query: `mutation { login(email: "a\\u0000b@x.fr", password: "x") { id } }` }),
        'email',
      );
    });

    it('is found in lists, through fragments and in a variable’s default value', async () => {
      refusedAsBadInput(
        await claire.post({
          query: `query Q($ids: [String!]) { ...F } fragment F on Query { appInfo { demoMode } x: cases(filter: { communeCode: $ids }) { totalCount } }`,
          variables: { ids: ['45234', '4\u00005'] },
        }),
        'filter.communeCode.1',
      );
      refusedAsBadInput(
        await claire.post({
          query: `query Q($s: String = "a\\u0000b") { cases(filter: { search: $s }) { totalCount } }`,
        }),
        'filter.search',
      );
    });

    it('is refused in the query string and the path of the HTTP routes', async () => {
      const csv = await http()
        .get('/exports/cases.csv')
        .set('cookie', claire.cookie!)
        .query({ filter: JSON.stringify({ search: 'a\u0000b' }) });
      expect(csv.status).toBe(400);
      expect(csv.body).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'filter.search : caractère nul interdit.',
        field: 'filter.search',
      });
      const attachment = await http().get('/attachments/%00').set('cookie', claire.cookie!);
      expect(attachment.status).toBe(400);
      expect(attachment.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    });
  });

  it('refuses cyclic fragments as invalid (400), in French, instead of crashing', async () => {
    const response = await claire.post({
      query: `query { me { ...A } } fragment A on Me { id ...B } fragment B on Me { ...A }`,
    });
    expect(response.status).toBe(400);
    expect(codeOf(response.body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors[0].message).toMatch(/^Le fragment « A » s’inclut lui-même/);
  });

  describe('the cost limit', () => {
    const nested = (alias: string) =>
      `${alias}: organizations { cases(first: 100) { edges { node { id owner { cases(first: 100) { edges { node { id title } } } } } } } }`;

    it('multiplies nested lists: one organizations → cases → owner → cases is refused, with a 400', async () => {
      const response = await claire.post({ query: `{ ${nested('a')} }` });
      expect(response.status).toBe(400);
      expect(codeOf(response.body)).toBe('BAD_USER_INPUT');
      expect(response.body.errors[0].message).toMatch(
        /^Requête trop coûteuse \(\d+ pour un maximum de 1000\)/,
      );
    });

    it('refuses fragments spread into one another until the count blows up', async () => {
      const fragments = Array.from(
        { length: 30 },
        (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`,
      ).join(' ');
      const response = await claire.post({
        query: `query { ...F30 } fragment F0 on Query { appInfo { demoMode } } ${fragments}`,
      });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].message).toMatch(/^Requête trop coûteuse/);
    });

    it('keeps every operation of the web client under the limit', () => {
      const schema = api.app.get(GraphQLSchemaHost).schema;
      const folder = join(__dirname, '../../../libs/web/data-access/src/lib/graphql');
      const source = readdirSync(folder)
        .filter((file) => file.endsWith('.graphql'))
        .map((file) => readFileSync(join(folder, file), 'utf8'))
        .join('\n');
      const document = parse(source);
      const operations = document.definitions.filter(
        (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
      );
      expect(operations.length).toBeGreaterThan(20);
      const costs = operations.map((operation) => {
        // The largest page the client may ask for.
        const variables = Object.fromEntries(
          (operation.variableDefinitions ?? []).map((definition) => [
            definition.variable.name.value,
            sample(
              schema,
              typeFromAST(schema, definition.type as never) as GraphQLInputType,
              definition.variable.name.value,
            ),
          ]),
        );
        return {
          name: operation.name?.value,
          cost: operationCost({ schema, document, operationName: operation.name?.value, variables }),
        };
      });
      expect(costs.filter(({ cost }) => cost === null)).toEqual([]);
      expect(costs.filter(({ cost }) => cost! > 1000)).toEqual([]);
    });

    it('answers the depth limit with a 400 and a French message', async () => {
      const deep = `query Profonde { organizations { members { organization { members { organization { members { organization { members { organization { members { organization { name } } } } } } } } } } } }`;
      const response = await claire.post({ query: deep });
      expect(response.status).toBe(400);
      expect(codeOf(response.body)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(response.body.errors[0].message).toBe(
        'L’opération « Profonde » est trop profonde (11 niveaux pour un maximum de 10) : demandez moins de niveaux imbriqués.',
      );
    });
  });

  it('refuses persisted queries (the client does not use them) with a 400 and a French message', async () => {
    for (const persistedQuery of [
      { version: 1, sha256Hash: 'abc' },
      { version: 2, sha256Hash: 'abc' },
    ]) {
      const response = await claire.post({ query: '{ me { id } }', extensions: { persistedQuery } });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        {
          message: 'Les requêtes persistées ne sont pas prises en charge : envoyez le texte de la requête.',
          extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' },
        },
      ]);
    }
  });

  describe('says in French what Apollo, graphql-js and Express say in English', () => {
    const post = (body: unknown) => claire.post(body);
    const CASES: [string, () => Promise<request.Response>, number, string, RegExp][] = [
      [
        'CSRF prevention',
        () => http().get('/graphql').query({ query: '{ appInfo { demoMode } }' }),
        400,
        'BAD_REQUEST',
        /^Requête refusée par la protection contre la falsification de requêtes \(CSRF\)/,
      ],
      [
        'a mutation sent by GET',
        () =>
          http()
            .get('/graphql')
            .set('apollo-require-preflight', 'true')
            .query({ query: 'mutation { logout }' }),
        405,
        'BAD_REQUEST',
        /^Une requête GET ne peut porter qu’une lecture \(query\), pas une mutation/,
      ],
      [
        'a batch',
        () => post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
        400,
        'BAD_REQUEST',
        /^Une seule opération par requête/,
      ],
      [
        'an unknown field',
        () => post({ query: '{ me { idd } }' }),
        400,
        'GRAPHQL_VALIDATION_FAILED',
        /^Champ « idd » inconnu sur le type « Me »\. Vouliez-vous dire « id » \?$/,
      ],
      [
        'an unknown enum value',
        () => post({ query: '{ organizations(filter: { type: PIRATE }) { id } }' }),
        400,
        'GRAPHQL_VALIDATION_FAILED',
        /^« PIRATE » n’est pas une valeur de « OrganizationType »\.$/,
      ],
      [
        'a missing required argument',
        () => post({ query: '{ organization { id } }' }),
        400,
        'GRAPHQL_VALIDATION_FAILED',
        /^Argument obligatoire manquant : « id » \(ID!\) du champ « organization »\.$/,
      ],
      [
        'a missing variable',
        () => post({ query: 'query($id: ID!) { organization(id: $id) { id } }' }),
        400,
        'BAD_USER_INPUT',
        /^Variable obligatoire manquante : \$id \(ID!\)\.$/,
      ],
      [
        'an Int out of range',
        () => post({ query: '{ cases(first: 99999999999) { totalCount } }' }),
        400,
        'GRAPHQL_VALIDATION_FAILED',
        /^Entier hors limites : 99999999999/,
      ],
      [
        'a syntax error',
        () => post({ query: '{ me { id }' }),
        400,
        'GRAPHQL_PARSE_FAILED',
        /^Erreur de syntaxe GraphQL : attendu : un nom ; trouvé : la fin de la requête\.$/,
      ],
      [
        'a repeated directive',
        () => post({ query: '{ me { id @skip(if: false) @skip(if: false) } }' }),
        400,
        'GRAPHQL_VALIDATION_FAILED',
        /^La directive « @skip » ne peut figurer qu’une fois à cet endroit\.$/,
      ],
      [
        'an unknown operation name',
        () => post({ query: 'query A { me { id } }', operationName: 'B' }),
        400,
        'OPERATION_RESOLUTION_FAILURE',
        /^Aucune opération nommée « B » dans la requête\.$/,
      ],
      [
        'variables that are not an object',
        () => post({ query: '{ me { id } }', variables: 'abc' }),
        400,
        'BAD_REQUEST',
        /^« variables » doit être un objet JSON\.$/,
      ],
      [
        'a query that is not a string',
        () => post({ query: 42 }),
        400,
        'BAD_REQUEST',
        /^La requête GraphQL \(« query »\) doit être une chaîne\.$/,
      ],
      [
        'an empty body',
        () => http().post('/graphql').set('content-type', 'application/json').send(''),
        400,
        'BAD_REQUEST',
        /^Corps de requête absent ou vide/,
      ],
      [
        'a body too large',
        () =>
          http()
            .post('/graphql')
            .set('content-type', 'application/json')
            .send(JSON.stringify({ query: '{ me { id } }', variables: { x: 'a'.repeat(200_000) } })),
        413,
        'BAD_REQUEST',
        /^Requête trop volumineuse : 100 ko au plus\.$/,
      ],
      [
        'malformed JSON',
        () => http().post('/graphql').set('content-type', 'application/json').send('{"query": '),
        400,
        'BAD_REQUEST',
        /^Corps de requête illisible : JSON mal formé\.$/,
      ],
      [
        'a charset other than UTF-8',
        () =>
          http()
            .post('/graphql')
            .set('content-type', 'application/json; charset=latin1')
            .send('{"query":"{ me { id } }"}'),
        415,
        'BAD_REQUEST',
        /^Jeu de caractères non pris en charge : envoyez le corps en UTF-8\.$/,
      ],
    ];

    it.each(CASES)('%s', async (_name, send, status, code, message) => {
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors[0].extensions.code).toBe(code);
      expect(response.body.errors[0].message).toMatch(message);
    });

    it('says a duplicated operation name in French', async () => {
      const response = await post({
        query: 'query A { me { id } } query A { me { id } }',
        operationName: 'A',
      });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].message).toBe('« A » est déclaré deux fois (opération).');
    });

    it('answers an unknown address in French, with the code NOT_FOUND', async () => {
      const response = await http().get('/exports/unknown');
      expect(response.status).toBe(404);
      expect(response.body).toEqual({
        code: 'NOT_FOUND',
        message: 'Adresse inconnue : GET /exports/unknown.',
      });
    });
  });

  it('keeps /metrics from a request relayed by a proxy on the machine (forwarding headers)', async () => {
    expect((await http().get('/metrics')).status).toBe(200);
    for (const [header, value] of [
      ['x-forwarded-for', '203.0.113.9'],
      ['forwarded', 'for=203.0.113.9'],
      ['x-real-ip', '203.0.113.9'],
    ]) {
      const response = await http().get('/metrics').set(header, value);
      expect(response.status).toBe(403);
      expect(response.text).not.toMatch(/process_cpu/);
    }
  });
});

/** A value of the type for an operation's variable, with the largest page the client may ask. */
function sample(schema: GraphQLSchema, type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(schema, type.ofType, name);
  if (isListType(type)) return [sample(schema, type.ofType as GraphQLInputType, name)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, sample(schema, field.type, field.name)]));
  }
  switch (type.name) {
    case 'Int':
      return name === 'first' ? 100 : 10;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'DateTime':
      return '2030-01-01T00:00:00.000Z';
    default:
      return 'x';
  }
}
