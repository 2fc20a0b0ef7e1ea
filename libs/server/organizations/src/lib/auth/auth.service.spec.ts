import { Logger } from '@nestjs/common';
import { OrganizationType, Role } from '@continuum/domain';
import type { AuditService } from '@continuum/server/audit';
import type { DataSource } from 'typeorm';
import { AuthService, isRedisUnreachable } from './auth.service';
import type { LoginThrottle } from './login-throttle';
import type { Session, SessionStore } from './session.store';

const MINUTE = 60_000;
const USER_ID = '6b0f6f3e-9d1c-4c39-a7f4-0f6f2f1d9a11';

/** What ioredis throws while Redis is down (maxRetriesPerRequest reached). */
function unreachable(): Error {
  return Object.assign(new Error('Reached the max retries per request limit (which is 1).'), {
    name: 'MaxRetriesPerRequestError',
  });
}

/** Sessions in a Map, and a switch that makes every call fail as when Redis is down. */
class FakeSessions {
  readonly stored = new Map<string, Session>();
  down = false;

  touch = jest.fn(async (token: string): Promise<Session | null> => {
    if (this.down) throw unreachable();
    return this.stored.get(token) ?? null;
  });
  saveProfile = jest.fn(async () => {
    if (this.down) throw unreachable();
  });
  destroy = jest.fn(async (id: string) => {
    if (this.down) throw unreachable();
    for (const [token, session] of this.stored) if (session.id === id) this.stored.delete(token);
  });

  open(token: string, expiresInMs = 30 * MINUTE): Session {
    const session: Session = {
      id: `id-${token}`,
      userId: USER_ID,
      createdAt: Date.now(),
      expiresAt: new Date(Date.now() + expiresInMs),
      profile: null,
      step: null,
    };
    this.stored.set(token, session);
    return session;
  }
}

/** The user's row as PostgreSQL returns it; `null` for a disabled account or organisation. */
class FakePostgres {
  row: Record<string, unknown> | null = {
    id: USER_ID,
    email: 'nadia.fournier@bailleur.demo',
    full_name: 'Nadia Fournier',
    roles: '{agent}',
    updated_at: new Date(Date.now() - 60 * MINUTE),
    organization_id: 'f1d5b3c0-2a4e-4f7b-9c1d-3e5f7a9b1c2d',
    organization_name: 'Val de Loire Habitat Démo',
    organization_type: OrganizationType.BAILLEUR,
  };
  query = jest.fn(async () => (this.row ? [this.row] : []));
}

describe('AuthService — sessions while Redis is unreachable', () => {
  let sessions: FakeSessions;
  let postgres: FakePostgres;
  let auth: AuthService;
  let warn: jest.SpyInstance;
  let now: number;

  beforeEach(() => {
    now = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    sessions = new FakeSessions();
    postgres = new FakePostgres();
    auth = new AuthService(
      postgres as unknown as DataSource,
      sessions as unknown as SessionStore,
      {} as LoginThrottle,
      { record: async () => undefined } as unknown as AuditService,
      { requireSecondFactor: false },
    );
  });
  afterEach(() => jest.restoreAllMocks());

  const elapse = (ms: number) => (now += ms);

  it('honours a session Redis confirmed a moment ago, with a warning', async () => {
    sessions.open('jeton-a');
    const confirmed = await auth.principalFor('jeton-a');
    sessions.down = true;
    elapse(4 * MINUTE);

    const bridged = await auth.principalFor('jeton-a');
    expect(bridged?.principal.actor).toMatchObject({ userId: USER_ID, roles: [Role.AGENT] });
    expect(bridged?.principal.sessionId).toBe(confirmed?.session.id);
    expect(bridged?.principal.ability.can('read', 'Case')).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Redis injoignable/));
  });

  it('refuses a session Redis said does not exist, even once Redis is down', async () => {
    sessions.open('jeton-b');
    await auth.principalFor('jeton-b');
    sessions.stored.clear(); // ended elsewhere: a logout in another process, a new password
    expect(await auth.principalFor('jeton-b')).toBeNull();
    sessions.down = true;
    await expect(auth.principalFor('jeton-b')).rejects.toThrow(/max retries/);
  });

  it('refuses a token it never saw confirmed', async () => {
    sessions.down = true;
    await expect(auth.principalFor('jeton-inconnu')).rejects.toThrow(/max retries/);
  });

  it('refuses a session last confirmed more than five minutes ago', async () => {
    sessions.open('jeton-c');
    await auth.principalFor('jeton-c');
    sessions.down = true;
    elapse(5 * MINUTE + 1000);
    await expect(auth.principalFor('jeton-c')).rejects.toThrow(/max retries/);
  });

  it('refuses a session whose expiry has passed', async () => {
    sessions.open('jeton-d', 2 * MINUTE);
    await auth.principalFor('jeton-d');
    sessions.down = true;
    elapse(2 * MINUTE + 1000);
    await expect(auth.principalFor('jeton-d')).rejects.toThrow(/max retries/);
  });

  it('refuses a disabled account, or one changed since Redis confirmed the session', async () => {
    sessions.open('jeton-e');
    sessions.open('jeton-f');
    await auth.principalFor('jeton-e');
    await auth.principalFor('jeton-f');
    sessions.down = true;

    const row = postgres.row;
    postgres.row = null; // the account or its organisation was disabled
    await expect(auth.principalFor('jeton-e')).rejects.toThrow(/max retries/);

    postgres.row = { ...row, updated_at: new Date(now + 1000) }; // a new password, new roles…
    elapse(2000);
    await expect(auth.principalFor('jeton-f')).rejects.toThrow(/max retries/);
  });

  it('forgets the session at logout', async () => {
    sessions.open('jeton-g');
    const found = await auth.principalFor('jeton-g');
    await auth.logout(found!.principal, { ip: '127.0.0.1', userAgent: null });
    sessions.down = true;
    await expect(auth.principalFor('jeton-g')).rejects.toThrow(/max retries/);
  });

  it('lets any other Redis error through', async () => {
    sessions.open('jeton-h');
    await auth.principalFor('jeton-h');
    sessions.touch.mockRejectedValueOnce(
      Object.assign(new Error('WRONGTYPE Operation against a key'), { name: 'ReplyError' }),
    );
    await expect(auth.principalFor('jeton-h')).rejects.toThrow(/WRONGTYPE/);
  });

  it('remembers at most 10,000 sessions, the least recently used leaving first', async () => {
    for (let i = 0; i <= 10_000; i++) sessions.open(`jeton-${i}`);
    await auth.principalFor('jeton-0');
    await auth.principalFor('jeton-1');
    await auth.principalFor('jeton-0'); // used again: now the most recent
    for (let i = 2; i <= 10_000; i++) await auth.principalFor(`jeton-${i}`);
    sessions.down = true;
    await expect(auth.principalFor('jeton-1')).rejects.toThrow(/max retries/);
    expect(await auth.principalFor('jeton-0')).not.toBeNull();
  });
});

describe('isRedisUnreachable', () => {
  it('tells an unanswered call from an answer', () => {
    expect(isRedisUnreachable(unreachable())).toBe(true);
    expect(
      isRedisUnreachable(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isRedisUnreachable(new Error('Connection is closed.'))).toBe(true);
    expect(isRedisUnreachable(Object.assign(new Error('WRONGTYPE'), { name: 'ReplyError' }))).toBe(false);
    expect(isRedisUnreachable('ECONNREFUSED')).toBe(false);
  });
});
