import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@continuum/server/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { createApp } from '../src/bootstrap';

export const DEMO_PASSWORD = 'continuum-demo';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
  path?: (string | number)[];
}
export interface GraphqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GraphqlError[];
}

/**
 * The API booted in-process against the run's database and Redis (DATABASE_URL and
 * CONTINUUM_REDIS_PREFIX set by tools/scripts/test.mjs), driven through real HTTP requests.
 */
export class Api {
  private constructor(readonly app: INestApplication) {}

  static async start(overrides: Partial<AppConfig> = {}): Promise<Api> {
    // An API process (no worker) unless a suite asks for workers (role 'all', with its own Redis
    // prefix): the suites share the run's database and Redis, and a worker would take another
    // suite's jobs.
    const app = await createApp({ logLevel: 'error', role: 'api', ...overrides });
    await app.init();
    return new Api(app);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async stop(): Promise<void> {
    await this.app.close();
  }

  /** An anonymous visitor from a given address (X-Forwarded-For is trusted from loopback). */
  visitor(ip = randomIp()): Session {
    return new Session(this.app, ip);
  }

  /** A persona signed in with the demo password. */
  async as(email: string, ip = randomIp()): Promise<Session> {
    const session = this.visitor(ip);
    const result = await session.login(email, DEMO_PASSWORD);
    if (result.errors) throw new Error(`login ${email}: ${result.errors[0].message}`);
    return session;
  }
}

/**
 * Runs SQL on the run's database as its administrator (DATABASE_ADMIN_URL, a superuser), for what
 * the application's role may not do and a test must: play someone who bypasses the triggers. Without
 * an administrator URL (everything then runs as one user), DATABASE_URL's user.
 */
export async function asDatabaseAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const database = new URL(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/continuum_test',
  );
  const url = new URL(process.env['DATABASE_ADMIN_URL'] ?? database.toString());
  url.pathname = database.pathname;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export class Session {
  cookie: string | null = null;

  constructor(
    private readonly app: INestApplication,
    readonly ip: string,
  ) {}

  async login(email: string, password: string): Promise<GraphqlResult<{ login: Record<string, unknown> }>> {
    return this.gql(
      `mutation Login($email: String!, $password: String!) {
         login(email: $email, password: $password) { id email fullName roles organization { name type } rules }
       }`,
      { email, password },
    );
  }

  /**
   * Gives this session's motive for reading a case's persons (SHARING.md: asked once per case and
   * session), as a person does before the persons are shown.
   */
  giveMotive(caseId: string, motive = 'CASE_FOLLOW_UP', detail?: string): Promise<GraphqlResult> {
    return this.gql(
      `mutation($caseId: ID!, $input: ReadMotiveInput!) { declareReadMotive(caseId: $caseId, input: $input) { id } }`,
      { caseId, input: { motive, ...(detail !== undefined && { detail }) } },
    );
  }

  /** Sends a GraphQL operation; keeps the session cookie the server sets. */
  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResult<T>> {
    const response = await this.post({ query, variables });
    return response.body as GraphqlResult<T>;
  }

  async post(body: unknown, headers: Record<string, string> = {}): Promise<request.Response> {
    let call = request(this.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', this.ip);
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    if (this.cookie) call = call.set('cookie', this.cookie);
    const response = await call.send(JSON.stringify(body));
    const setCookie = response.headers['set-cookie'] as unknown as string[] | undefined;
    const session = setCookie?.find((cookie) => cookie.startsWith('continuum_session='));
    if (session) {
      const value = session.split(';')[0];
      this.cookie = value === 'continuum_session=' ? null : value;
    }
    return response;
  }
}

export function randomIp(): string {
  const byte = () => Math.floor(Math.random() * 250) + 1;
  return `10.${byte()}.${byte()}.${byte()}`;
}

/** A unique suffix for rows a test creates, so tests never collide in the shared run database. */
export function unique(): string {
  return Math.random().toString(36).slice(2, 8);
}

export function codeOf(result: GraphqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** The data of a result that must have succeeded; its first error otherwise. */
export function ok<T>(result: GraphqlResult<T>): T {
  if (result.errors)
    throw new Error(`${result.errors[0].message} (${JSON.stringify(result.errors[0].extensions)})`);
  return result.data!;
}

/** An instant `days` from now at `hour` o'clock UTC, as an ISO string (meeting dates). */
export function inDays(days: number, hour = 14): string {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
}
