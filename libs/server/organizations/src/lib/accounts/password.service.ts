import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import {
  APP_CONFIG,
  type AppConfig,
  badInput,
  RequestPrincipal,
  tooManyRequests,
} from '@continuum/server/platform';
import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { LoginThrottle } from '../auth/login-throttle';
import { SessionStore } from '../auth/session.store';
import { UserEntity } from '../users/user.entity';
import { AccountMailOutbox, invitationMail, resetMail } from './account-mail';
import { passwordProblem } from './password-policy';
import { PasswordTokenEntity, PasswordTokenPurpose } from './password-token.entity';

export const RESET_LINK_MINUTES = 30;
export const INVITATION_DAYS = 7;
/**
 * « Mot de passe oublié » answers no sooner than this, whether the address has an account or not:
 * writing a link and a mail takes a few milliseconds that would otherwise tell one from the other.
 */
const RESET_ANSWER_FLOOR_MS = 400;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A person's own password: changed with the old one, set through a single-use link (reset or
 * invitation). Nobody else ever sets or reads it; a new password ends the person's other sessions.
 */
@Injectable()
export class PasswordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly outbox: AccountMailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async change(
    principal: RequestPrincipal,
    currentPassword: string,
    newPassword: string,
    origin: RequestOrigin,
  ): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: principal.actor.userId })
      .getOneOrFail();
    const ip = origin.ip ?? 'unknown';
    if (await this.throttle.isBlocked(user.email, ip))
      throw tooManyRequests('Trop de tentatives. Patientez quelques minutes avant de réessayer.');
    const valid = user.passwordHash
      ? await argon2.verify(user.passwordHash, currentPassword).catch(() => false)
      : false;
    if (!valid) {
      // A wrong old password counts as a failed login: a session left open is no way to guess it.
      await this.throttle.recordFailure(user.email, ip);
      await this.journal('auth.password.change-refused', user, principal, origin, {
        reason: 'wrong-password',
      });
      throw badInput('currentPassword', 'Le mot de passe actuel est incorrect.');
    }
    if (newPassword === currentPassword)
      throw badInput('newPassword', 'Le nouveau mot de passe doit être différent de l’actuel.');
    this.checkPolicy(newPassword, user, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.store(manager, user.id, passwordHash);
      await this.journal('auth.password.changed', user, principal, origin, {}, manager);
    });
    await this.sessions.destroyAllOf([user.id], principal.sessionId);
  }

  /**
   * Sends a reset link when the address has an active account; answers the same, in about the same
   * time, when it has none. Throttled per address typed and per network address.
   */
  async requestReset(rawEmail: string, origin: RequestOrigin): Promise<void> {
    const started = Date.now();
    const email = rawEmail.trim().toLowerCase();
    const ip = origin.ip ?? 'unknown';
    if (await this.throttle.resetBlocked(email, ip)) {
      await this.audit.record({ action: 'auth.password.reset-throttled', origin, details: { email } });
      throw tooManyRequests('Trop de demandes. Patientez quelques minutes avant de réessayer.');
    }
    await this.throttle.recordResetRequest(email, ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin('u.organization', 'o')
      .where('u.email = :email and u.disabled_at is null and o.disabled_at is null', { email })
      .getOne();
    let mailIds: string[] = [];
    if (user) {
      mailIds = await this.dataSource.transaction(async (manager) => {
        const token = await this.issue(manager, user.id, PasswordTokenPurpose.RESET, null);
        const url = this.linkFor(token);
        const [row] = await this.outbox.queue(manager, [resetMail(user, url, RESET_LINK_MINUTES)]);
        await this.audit.record(
          { action: 'auth.password.reset-requested', subjectType: 'User', subjectId: user.id, origin },
          manager,
        );
        return [row.id];
      });
    } else {
      await this.audit.record({
        action: 'auth.password.reset-requested',
        origin,
        details: { email, unknown: true },
      });
    }
    await this.outbox.dispatch(mailIds);
    const left = RESET_ANSWER_FLOOR_MS - (Date.now() - started);
    if (left > 0) await sleep(left);
  }

  /**
   * Sets the password of the link's owner and spends the link; refuses, changing nothing, a link
   * unknown, used, expired or superseded, and a password the policy refuses. Ends every session of
   * the person. Returns their e-mail, for the login form.
   */
  async setWithToken(token: string, password: string, origin: RequestOrigin): Promise<string> {
    const tokenHash = hashToken(token);
    const link = await this.dataSource.getRepository(PasswordTokenEntity).findOneBy({ tokenHash });
    const user = link
      ? await this.dataSource
          .getRepository(UserEntity)
          .createQueryBuilder('u')
          .innerJoinAndSelect('u.organization', 'o')
          .where('u.id = :id and u.disabled_at is null and o.disabled_at is null', { id: link.userId })
          .getOne()
      : null;
    if (!link || !user)
      throw badInput(
        'token',
        'Ce lien n’est pas valide. Demandez un nouveau lien depuis la page de connexion.',
      );
    if (link.usedAt)
      throw badInput(
        'token',
        'Ce lien a déjà servi : il ne sert qu’une fois. Demandez-en un nouveau si besoin.',
      );
    if (link.expiresAt.getTime() <= Date.now()) throw badInput('token', expiredMessage(link.purpose));
    this.checkPolicy(password, user, 'password');
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      // Spent here, conditionally: of two uses at once, one wins.
      const spent = await manager
        .createQueryBuilder()
        .update(PasswordTokenEntity)
        .set({ usedAt: () => 'now()' })
        .where('id = :id and used_at is null and expires_at > now()', { id: link.id })
        .execute();
      if (!spent.affected)
        throw badInput(
          'token',
          'Ce lien a déjà servi : il ne sert qu’une fois. Demandez-en un nouveau si besoin.',
        );
      await this.store(manager, user.id, passwordHash);
      await this.audit.record(
        {
          action:
            link.purpose === PasswordTokenPurpose.INVITATION
              ? 'auth.invitation.accepted'
              : 'auth.password.reset',
          actor: { userId: user.id, organizationId: user.organizationId, label: labelOf(user) },
          subjectType: 'User',
          subjectId: user.id,
          origin,
        },
        manager,
      );
    });
    await this.sessions.destroyAllOf([user.id]);
    return user.email;
  }

  /**
   * Writes an invitation link and its mail in the caller's transaction (the account's creation);
   * returns the mail's id, to dispatch after the commit.
   */
  async invite(manager: EntityManager, user: UserEntity, invitedBy: RequestPrincipal): Promise<string> {
    const token = await this.issue(manager, user.id, PasswordTokenPurpose.INVITATION, invitedBy.actor.userId);
    const [row] = await this.outbox.queue(manager, [
      invitationMail(user, invitedBy.label, this.linkFor(token), INVITATION_DAYS),
    ]);
    return row.id;
  }

  dispatch(mailIds: string[]): Promise<void> {
    return this.outbox.dispatch(mailIds);
  }

  /** A new link supersedes the person's earlier unused ones (of any purpose). */
  private async issue(
    manager: EntityManager,
    userId: string,
    purpose: PasswordTokenPurpose,
    createdByUserId: string | null,
  ): Promise<string> {
    await manager.query(`update password_tokens set used_at = now() where user_id = $1 and used_at is null`, [
      userId,
    ]);
    const token = randomBytes(32).toString('base64url');
    const lifetime =
      purpose === PasswordTokenPurpose.RESET ? RESET_LINK_MINUTES * 60_000 : INVITATION_DAYS * 86_400_000;
    await manager.insert(PasswordTokenEntity, {
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + lifetime),
      createdByUserId,
    });
    return token;
  }

  /** The new hash, and every link still open spent: a password set ends what could set another. */
  private async store(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.update(UserEntity, userId, { passwordHash });
    await manager.query(`update password_tokens set used_at = now() where user_id = $1 and used_at is null`, [
      userId,
    ]);
  }

  private checkPolicy(password: string, user: UserEntity, field: string): void {
    const problem = passwordProblem(password, [user.email, user.fullName]);
    if (problem) throw badInput(field, problem);
  }

  /** The token travels in the fragment: never sent to a server, never in a Referer or a log. */
  private linkFor(token: string): string {
    return `${this.config.publicUrl}/connexion/nouveau-mot-de-passe#${token}`;
  }

  private journal(
    action: string,
    user: UserEntity,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    details: Record<string, unknown>,
    manager?: EntityManager,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actor: {
          userId: principal.actor.userId,
          organizationId: principal.actor.organizationId,
          label: principal.label,
        },
        subjectType: 'User',
        subjectId: user.id,
        origin,
        details,
      },
      manager,
    );
  }
}

function expiredMessage(purpose: PasswordTokenPurpose): string {
  return purpose === PasswordTokenPurpose.INVITATION
    ? 'Ce lien d’invitation a expiré : demandez un nouveau lien avec « Mot de passe oublié » sur la page de connexion.'
    : `Ce lien a expiré : il n’est valable que ${RESET_LINK_MINUTES} minutes. Demandez-en un nouveau depuis la page de connexion.`;
}

function labelOf(user: UserEntity): string {
  return user.organization ? `${user.fullName} (${user.organization.name})` : user.fullName;
}
