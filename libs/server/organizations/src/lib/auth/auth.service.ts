import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  abilityFromPacked,
  Actor,
  defineAbilityFor,
  isPublicAuthority,
  OrganizationType,
  Role,
} from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import {
  APP_CONFIG,
  type AppConfig,
  RequestPrincipal,
  type SecondFactorStep,
  tooManyRequests,
  unauthenticated,
} from '@continuum/server/platform';
import * as argon2 from 'argon2';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { LoginThrottle } from './login-throttle';
import { Session, SessionStore } from './session.store';

/** One answer for an unknown e-mail, a wrong password and a disabled account. */
export const LOGIN_REFUSED = 'Adresse électronique ou mot de passe incorrect.';

// Verified against when the e-mail is unknown, so that both paths take the same time.
const DECOY_HASH = argon2.hash('continuum-decoy-password', { type: argon2.argon2id });

interface ActorRow {
  id: string;
  email: string;
  full_name: string;
  organization_id: string;
  organization_name: string;
  organization_type: OrganizationType;
  roles: Role[];
  updated_at: Date;
}

interface Profile {
  actor: Actor;
  label: string;
  /** When the user's row last changed (a new password, new roles…). */
  updatedAt: Date;
}

/**
 * Sessions Redis confirmed recently, for when Redis is unreachable. Sessions live in Redis so that
 * any API process serves any user; without this, a Redis outage would log everyone out of every
 * process at once, though PostgreSQL — where the work is — still answers.
 *
 * The trade-off: while Redis is away, this process believes its own memory of the sessions Redis
 * confirmed to it in the last five minutes. A logout done meanwhile in another process is not seen
 * here until Redis answers again. To narrow that, the degraded path re-reads the person from
 * PostgreSQL and refuses a disabled account or organisation, and an account whose row changed since
 * Redis last vouched for the session (a new password, new roles — and, on the safe side, a login
 * elsewhere). Nothing is written (no idle renewal, no new session): it only bridges an outage.
 * Bounded: 10,000 sessions, the least recently used leaving first.
 */
const REMEMBERED_SESSIONS = 10_000;
const REMEMBERED_FOR_MS = 5 * 60 * 1000;

interface RememberedSession {
  session: Session;
  /** When Redis last said this session exists. */
  confirmedAt: number;
}

/** Errors that mean Redis did not answer (as opposed to an answer, even an error reply). */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

export function isRedisUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'MaxRetriesPerRequestError') return true;
  const code = (error as NodeJS.ErrnoException).code;
  if (code && UNREACHABLE_CODES.has(code)) return true;
  return /Connection is closed|Stream isn't writeable/i.test(error.message);
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Keyed by a hash of the cookie token, never the token itself; Map order is recency of use. */
  private readonly remembered = new Map<string, RememberedSession>();
  private lastDegradedLog = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'requireSecondFactor'>,
  ) {}

  async login(rawEmail: string, password: string, origin: RequestOrigin) {
    const email = rawEmail.trim().toLowerCase();
    const ip = origin.ip ?? 'unknown';
    const refuse = async (reason: string, userId: string | null = null) => {
      await this.throttle.recordFailure(email, ip);
      await this.audit.record({
        action: 'auth.login.failed',
        subjectType: 'User',
        subjectId: userId ?? undefined,
        origin,
        details: { email, reason },
      });
      return unauthenticated(LOGIN_REFUSED);
    };

    if (await this.throttle.isBlocked(email, ip)) {
      await this.audit.record({ action: 'auth.login.throttled', origin, details: { email } });
      throw tooManyRequests(
        'Trop de tentatives de connexion. Patientez quelques minutes avant de réessayer.',
      );
    }
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .innerJoinAndSelect('u.organization', 'o')
      .where('u.email = :email', { email })
      .getOne();
    if (!user?.passwordHash) {
      await argon2.verify(await DECOY_HASH, password).catch(() => false);
      throw await refuse('unknown-account');
    }
    const valid = await argon2.verify(user.passwordHash, password).catch(() => false);
    if (!valid) throw await refuse('wrong-password', user.id);
    if (user.disabledAt || user.organization?.disabledAt) throw await refuse('disabled', user.id);

    await this.throttle.clearAccount(email);
    const step = await this.secondFactorStep(user.id, user.roles);
    const { token, session } = await this.sessions.create(user.id, step);
    await this.dataSource.getRepository(UserEntity).update(user.id, { lastLoginAt: new Date() });
    await this.audit.record({
      action: 'auth.login.succeeded',
      actor: {
        userId: user.id,
        organizationId: user.organizationId,
        label: labelOf(user.fullName, user.organization?.name),
      },
      subjectType: 'User',
      subjectId: user.id,
      origin,
      details: step ? { secondFactor: step } : undefined,
    });
    return { token, session };
  }

  /**
   * What a password alone does not open: a user with a confirmed TOTP gives a code; a user whose
   * role requires a second factor (admin, coordinator, when the platform requires it) and has none
   * enrols first. Null: the password suffices.
   */
  async secondFactorStep(userId: string, roles: readonly Role[]): Promise<SecondFactorStep | null> {
    const [totp] = (await this.dataSource.query(
      `select 1 from user_totp where user_id = $1 and confirmed_at is not null`,
      [userId],
    )) as unknown[];
    if (totp) return 'code';
    if (this.config.requireSecondFactor && roles.some((role) => SECOND_FACTOR_ROLES.includes(role)))
      return 'enrolment';
    return null;
  }

  /**
   * The second factor was given (or enrolled): the waiting session ends and a complete one opens
   * under a new token, so that a token seen before the second factor never opens anything.
   */
  async completeSecondFactor(
    principal: RequestPrincipal,
  ): Promise<{ token: string; session: Session; principal: RequestPrincipal }> {
    // A session opened through ProConnect stays one: its logout goes through the provider.
    const idToken = await this.sessions.proConnectIdToken(principal.sessionId);
    await this.sessions.destroy(principal.sessionId, principal.actor.userId);
    this.forgetSession(principal.sessionId);
    const opened = await this.sessions.create(principal.actor.userId, null, idToken);
    const found = await this.principalFor(opened.token);
    if (!found) throw unauthenticated('Session absente ou expirée : reconnectez-vous.');
    return { ...opened, principal: found.principal };
  }

  async logout(principal: RequestPrincipal, origin: RequestOrigin): Promise<void> {
    await this.sessions.destroy(principal.sessionId, principal.actor.userId);
    this.forgetSession(principal.sessionId);
    await this.audit.record({
      action: 'auth.logout',
      actor: {
        userId: principal.actor.userId,
        organizationId: principal.actor.organizationId,
        label: principal.label,
      },
      subjectType: 'User',
      subjectId: principal.actor.userId,
      origin,
    });
  }

  private forgetSession(sessionId: string): void {
    for (const [key, entry] of this.remembered)
      if (entry.session.id === sessionId) this.remembered.delete(key);
  }

  /**
   * The principal behind a session cookie, or null. The user and their organisation are read once
   * per session and cached in it; whatever changes them ends or refreshes the user's sessions.
   * When Redis cannot be reached, a session it confirmed in the last five minutes is still honoured
   * (see RememberedSession); when Redis says the session does not exist, it does not.
   */
  async principalFor(token: string): Promise<{ principal: RequestPrincipal; session: Session } | null> {
    const key = rememberKey(token);
    try {
      const found = await this.resolve(token);
      if (found) this.remember(key, found.session);
      else this.remembered.delete(key);
      return found;
    } catch (error) {
      if (!isRedisUnreachable(error)) throw error;
      const bridged = await this.fromMemory(key);
      if (!bridged) throw error;
      return bridged;
    }
  }

  private async resolve(token: string): Promise<{ principal: RequestPrincipal; session: Session } | null> {
    const session = await this.sessions.touch(token);
    if (!session) return null;
    let profile = session.profile ? (JSON.parse(session.profile) as { actor: Actor; label: string }) : null;
    if (!profile) {
      profile = await this.loadProfile(session.userId);
      if (!profile) {
        await this.sessions.destroy(session.id, session.userId);
        return null;
      }
      await this.sessions.saveProfile(
        session.id,
        JSON.stringify({ actor: profile.actor, label: profile.label }),
      );
    }
    return { principal: principalOf(profile, session.id, session.step), session };
  }

  private remember(key: string, session: Session): void {
    this.remembered.delete(key);
    this.remembered.set(key, { session, confirmedAt: Date.now() });
    if (this.remembered.size > REMEMBERED_SESSIONS)
      this.remembered.delete(this.remembered.keys().next().value as string);
  }

  /** Redis is away: the session as Redis last confirmed it, the person as PostgreSQL sees them now. */
  private async fromMemory(key: string): Promise<{ principal: RequestPrincipal; session: Session } | null> {
    const entry = this.remembered.get(key);
    const now = Date.now();
    if (!entry || now - entry.confirmedAt > REMEMBERED_FOR_MS || entry.session.expiresAt.getTime() <= now)
      return null;
    const profile = await this.loadProfile(entry.session.userId);
    if (!profile || profile.updatedAt.getTime() > entry.confirmedAt) {
      this.remembered.delete(key);
      return null;
    }
    this.remembered.delete(key);
    this.remembered.set(key, entry);
    if (now - this.lastDegradedLog > 30_000) {
      this.lastDegradedLog = now;
      this.logger.warn(
        `Redis injoignable : les sessions confirmées depuis moins de ${REMEMBERED_FOR_MS / 60_000} min sont ` +
          `reconnues de mémoire (utilisateur ${entry.session.userId}, confirmée il y a ${Math.round((now - entry.confirmedAt) / 1000)} s).`,
      );
    }
    return {
      principal: principalOf(profile, entry.session.id, entry.session.step),
      session: entry.session,
    };
  }

  /**
   * A principal for a user outside any request (a mail written for them, a job acting on their
   * behalf): the same policy as their own requests; null for a disabled account or organisation.
   * Read on the caller's transaction when one is given (a writer holding a lock must not wait for
   * a second connection of the pool).
   */
  async principalOfUser(userId: string, manager?: EntityManager): Promise<RequestPrincipal | null> {
    const profile = await this.loadProfile(userId, manager);
    if (!profile) return null;
    return principalOf(profile, `system:${userId}`);
  }

  /**
   * The user as the policy sees them, read once per session and cached in it. Whatever changes it
   * (disabling the account or the organisation, changing roles) ends the user's sessions, so a
   * cached profile is never stale.
   */
  private async loadProfile(userId: string, manager?: EntityManager): Promise<Profile | null> {
    const [row] = (await (manager ?? this.dataSource).query(
      `select u.id, u.email, u.full_name, u.roles, u.updated_at, o.id as organization_id,
              o.name as organization_name, o.type as organization_type
         from users u join organizations o on o.id = u.organization_id
        where u.id = $1 and u.disabled_at is null and o.disabled_at is null`,
      [userId],
    )) as ActorRow[];
    if (!row) return null;
    const actor: Actor = {
      userId: row.id,
      organizationId: row.organization_id,
      organizationType: row.organization_type,
      publicAuthority: isPublicAuthority(row.organization_type),
      roles: parseRoles(row.roles),
    };
    return {
      actor,
      label: labelOf(row.full_name, row.organization_name),
      updatedAt: new Date(row.updated_at),
    };
  }
}

/** The roles that require a second factor when the platform says so (CONTINUUM_REQUIRE_SECOND_FACTOR): the DPO too, who reads every person's data through subject access. */
export const SECOND_FACTOR_ROLES: readonly Role[] = [Role.ADMIN, Role.COORDINATOR, Role.DPO];

function principalOf(
  profile: { actor: Actor; label: string },
  sessionId: string,
  step: SecondFactorStep | null = null,
): RequestPrincipal {
  if (step) {
    // Waiting for its second factor: the session may do nothing but complete it.
    return {
      actor: profile.actor,
      ability: abilityFromPacked([]),
      sessionId,
      label: profile.label,
      pendingStep: step,
    };
  }
  return { actor: profile.actor, ability: defineAbilityFor(profile.actor), sessionId, label: profile.label };
}

/** The memory's key for a cookie token: a hash, so that no usable token sits in memory. */
function rememberKey(token: string): string {
  return createHash('sha256').update(`remembered:${token}`).digest('base64url');
}

function labelOf(fullName: string, organizationName: string | undefined): string {
  return organizationName ? `${fullName} (${organizationName})` : fullName;
}

/** node-postgres returns arrays of a custom enum type as the literal `{agent,manager}`. */
export function parseRoles(value: Role[] | string): Role[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean) as Role[];
}
