import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { currentSchema } from '../src/emit-schema';
import { Api, codeOf } from './api-harness';

describe('GraphQL hygiene, health and metrics', () => {
  let api: Api;
  beforeAll(async () => {
    api = await Api.start();
  });
  afterAll(() => api.stop());

  it('never sends a stack trace, and hides unexpected errors behind a French message', async () => {
    const session = await api.as('admin@continuum.demo');
    // Once a PostgreSQL « invalid input syntax for type uuid »: now refused before any query.
    const result = await session.gql(`{ organization(id: "not-a-uuid") { id } }`);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at \w+ \(|\.ts:\d+/);
    expect(result.errors?.[0].message).toBe('id : identifiant invalide.');
  });

  it('refuses a query deeper than the limit', async () => {
    const session = await api.as('claire.martin@prefecture.demo');
    const deep = `{ organizations { members { organization { members { organization { members { organization { members { organization { members { organization { name } } } } } } } } } } } }`;
    const result = await session.gql(deep);
    expect(result.errors?.[0].message).toMatch(/trop profonde/);
    expect(result.data).toBeUndefined();
  });

  it('refuses a query whose cost passes the limit', async () => {
    const session = await api.as('claire.martin@prefecture.demo');
    const fields = Array.from(
      { length: 400 },
      (_, i) => `c${i}: communes { code name population postcodes epci { name } }`,
    ).join(' ');
    const result = await session.gql(`{ ${fields} }`);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/trop coûteuse/);
  });

  it('prevents CSRF: a simple cross-site form request is refused', async () => {
    const response = await request(api.app.getHttpServer())
      .get('/graphql')
      .query({ query: '{ appInfo { demoMode } }' });
    expect(response.status).toBe(400);
    const preflighted = await request(api.app.getHttpServer())
      .get('/graphql')
      .set('apollo-require-preflight', 'true')
      .query({ query: '{ appInfo { demoMode } }' });
    expect(preflighted.body.data.appInfo).toEqual({ demoMode: true });
  });

  it('reports PostgreSQL, Redis and the role of the process on /health', async () => {
    const response = await request(api.app.getHttpServer()).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', role: 'api', postgres: 'up', redis: 'up' });
  });

  it('sends security headers: a strict content security policy, no sniffing, no framing', async () => {
    const response = await request(api.app.getHttpServer()).get('/health');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('exposes Prometheus metrics on /metrics', async () => {
    await request(api.app.getHttpServer()).get('/health');
    const response = await request(api.app.getHttpServer()).get('/metrics');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/continuum_http_request_duration_seconds_bucket/);
    expect(response.text).toMatch(/process_cpu_user_seconds_total/);
  });

  it('allows introspection outside production', async () => {
    const result = await api.visitor().gql(`{ __schema { queryType { name } } }`);
    expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('matches the committed schema (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(await currentSchema()).toBe(committed);
  });
});

describe('In production', () => {
  let api: Api;
  beforeAll(async () => {
    api = await Api.start({ env: 'production' });
  });
  afterAll(() => api.stop());

  it('turns introspection off', async () => {
    const result = await api.visitor().gql(`{ __schema { queryType { name } } }`);
    expect(result.errors?.[0].message).toMatch(/introspection/i);
    expect(result.data).toBeUndefined();
  });

  it('serves no sandbox page', async () => {
    const response = await request(api.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(response.text).not.toMatch(/sandbox|embeddable/i);
  });
});
