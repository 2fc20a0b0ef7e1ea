import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { APP_CONFIG, REDIS } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AuthService, parseRoles } from '../auth/auth.service';
import { SessionStore } from '../auth/session.store';
import { ProConnectIdentities } from './proconnect-identities';
import { type AuthorizationChecks, ProConnectClient, ProConnectRefused } from './proconnect.client';

/** A login at ProConnect has this long to come back. */
const TRANSACTION_SECONDS = 10 * 60;
const transactionKey = (state: string) =>
  `proconnect:login:${createHash('sha256').update(state).digest('hex')}`;

interface Transaction extends AuthorizationChecks {
  /** Hash of the browser's binding cookie: the callback must come from the browser that left. */
  binding: string;
  returnUrl: string;
}

/** Where the callback leads: signed in (maybe a second factor still due), or an access request. */
export type ProConnectOutcome =
  | { kind: 'signed-in'; token: string; returnUrl: string; secondFactor: 'code' | 'enrolment' | null }
  | {
      kind: 'access-request';
      state: 'sent' | 'pending' | 'refused' | 'no-organization';
      organization: string | null;
    };

/**
 * Login with ProConnect. `start` keeps the checks of one login (state, nonce, PKCE verifier) in
 * Redis under the state for ten minutes, bound to the browser by a random cookie; `finish` takes
 * them out atomically — a replayed or forged callback finds nothing — and has openid-client check
 * the answer. A known identity opens a session under the platform's second-factor rule; an
 * unknown one becomes an access request for the managers of the organisation its SIRET names.
 *
 * The second-factor rule: a ProConnect login whose `amr` says `mfa` (the identity provider asked
 * a second factor) has given one; otherwise the local rule applies as after a password — a
 * confirmed TOTP is asked for, and the admin and coordinator roles must enrol one when the
 * platform requires it.
 */
@Injectable()
export class ProConnectService {
  private readonly client: ProConnectClient | null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    private readonly auth: AuthService,
    private readonly identities: ProConnectIdentities,
    private readonly audit: AuditService,
  ) {
    this.client = config.proConnect ? new ProConnectClient(config.proConnect) : null;
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  /** The provider's authorisation URL, and the binding cookie's value for this browser. */
  async start(returnUrl: string): Promise<{ url: URL; binding: string }> {
    const client = this.required();
    const checks: AuthorizationChecks = {
      state: randomToken(),
      nonce: randomToken(),
      // 43 characters of [A-Za-z0-9_-]: a valid PKCE code verifier (RFC 7636).
      codeVerifier: randomToken(),
    };
    const binding = randomToken();
    const url = await client.authorizationUrl(checks);
    const transaction: Transaction = { ...checks, binding: hash(binding), returnUrl };
    await this.redis.set(
      transactionKey(checks.state),
      JSON.stringify(transaction),
      'EX',
      TRANSACTION_SECONDS,
    );
    return { url, binding };
  }

  /** The callback: refused (journaled, nothing changed), signed in, or an access request. */
  async finish(
    callback: URL,
    binding: string | undefined,
    origin: RequestOrigin,
  ): Promise<ProConnectOutcome> {
    const client = this.required();
    try {
      const state = callback.searchParams.get('state');
      // Taken out whatever follows: a callback serves once.
      const stored = state ? await this.redis.getdel(transactionKey(state)) : null;
      const transaction = stored ? (JSON.parse(stored) as Transaction) : null;
      if (!transaction || !binding || !sameHash(transaction.binding, hash(binding)))
        throw new ProConnectRefused('state', state ? 'unknown, used or foreign state' : 'no state');
      if (callback.searchParams.has('error'))
        throw new ProConnectRefused('cancelled', callback.searchParams.get('error') ?? undefined);
      const identity = await client.identityFrom(callback, transaction);
      const found = await this.identities.accountOf(identity, origin);
      if (found.kind === 'request') return { kind: 'access-request', ...found.request };

      const roles = parseRoles(found.user.roles);
      const secondFactor = identity.amr.includes('mfa')
        ? null
        : await this.auth.secondFactorStep(found.user.id, roles);
      const { token } = await this.sessions.create(found.user.id, secondFactor, identity.idToken);
      await this.dataSource.query(`update users set last_login_at = now() where id = $1`, [found.user.id]);
      await this.audit.record({
        action: 'auth.login.succeeded',
        actor: { userId: found.user.id, organizationId: found.user.organizationId, label: found.user.label },
        subjectType: 'User',
        subjectId: found.user.id,
        origin,
        details: { with: 'proconnect', amr: identity.amr, secondFactor },
      });
      return { kind: 'signed-in', token, returnUrl: transaction.returnUrl, secondFactor };
    } catch (error) {
      if (!(error instanceof ProConnectRefused)) throw error;
      await this.audit.record({
        action: 'auth.proconnect.refused',
        origin,
        details: { reason: error.reason, detail: error.detail?.slice(0, 300) ?? null },
      });
      throw error;
    }
  }

  /**
   * Ends the session here and, when it was opened through ProConnect, the URL of the logout at
   * the provider (null: a local session, nothing more to end).
   */
  async endSessionUrl(sessionId: string): Promise<URL | null> {
    const idToken = await this.sessions.proConnectIdToken(sessionId);
    if (!idToken || !this.client) return null;
    return this.client.endSessionUrl(idToken, randomToken());
  }

  private required(): ProConnectClient {
    if (!this.client) throw new Error('ProConnect is not configured');
    return this.client;
  }
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
