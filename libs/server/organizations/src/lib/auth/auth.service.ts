import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, defineAbilityFor, isPublicAuthority, OrganizationType, Role } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { RequestPrincipal, tooManyRequests, unauthenticated } from '@continuum/server/platform';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { LoginThrottle } from './login-throttle';
import { Session, SessionStore } from './session.store';

/** One answer for an unknown e-mail, a wrong password and a disabled account. */
export const LOGIN_REFUSED = 'Adresse e-mail ou mot de passe incorrect.';

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
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
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
    const { token, session } = await this.sessions.create(user.id);
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
    });
    return { token, session };
  }

  async logout(principal: RequestPrincipal, origin: RequestOrigin): Promise<void> {
    await this.sessions.destroy(principal.sessionId, principal.actor.userId);
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

  /**
   * The principal behind a session cookie, or null. The user and their organisation are read on
   * every request, so disabling either takes effect on the very next one.
   */
  async principalFor(token: string): Promise<{ principal: RequestPrincipal; session: Session } | null> {
    const session = await this.sessions.touch(token);
    if (!session) return null;
    let profile = session.profile ? (JSON.parse(session.profile) as { actor: Actor; label: string }) : null;
    if (!profile) {
      profile = await this.loadProfile(session.userId);
      if (!profile) {
        await this.sessions.destroy(session.id, session.userId);
        return null;
      }
      await this.sessions.saveProfile(session.id, JSON.stringify(profile));
    }
    return {
      principal: {
        actor: profile.actor,
        ability: defineAbilityFor(profile.actor),
        sessionId: session.id,
        label: profile.label,
      },
      session,
    };
  }

  /**
   * A principal for a user outside any request (a mail written for them, a job acting on their
   * behalf): the same policy as their own requests; null for a disabled account or organisation.
   */
  async principalOfUser(userId: string): Promise<RequestPrincipal | null> {
    const profile = await this.loadProfile(userId);
    if (!profile) return null;
    return {
      actor: profile.actor,
      ability: defineAbilityFor(profile.actor),
      sessionId: `system:${userId}`,
      label: profile.label,
    };
  }

  /**
   * The user as the policy sees them, read once per session and cached in it. Whatever changes it
   * (disabling the account or the organisation, changing roles) ends the user's sessions, so a
   * cached profile is never stale.
   */
  private async loadProfile(userId: string): Promise<{ actor: Actor; label: string } | null> {
    const [row] = (await this.dataSource.query(
      `select u.id, u.email, u.full_name, u.roles, o.id as organization_id, o.name as organization_name,
              o.type as organization_type
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
    return { actor, label: labelOf(row.full_name, row.organization_name) };
  }
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
