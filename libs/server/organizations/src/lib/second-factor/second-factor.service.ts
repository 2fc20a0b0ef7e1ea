import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import {
  APP_CONFIG,
  type AppConfig,
  badInput,
  conflict,
  forbidden,
  RequestPrincipal,
  tooManyRequests,
} from '@continuum/server/platform';
import { createHash, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { DataSource } from 'typeorm';
import { SECOND_FACTOR_ROLES } from '../auth/auth.service';
import { LoginThrottle } from '../auth/login-throttle';
import { RecoveryCodeEntity, UserTotpEntity } from './second-factor.entities';

const RECOVERY_CODES = 10;
/** No 0/O, 1/l/I: a code copied from paper must be read right. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** A code of the previous or the next 30-second step is accepted too (a phone's clock drifts). */
const TOLERANCE_SECONDS = 30;

const REUSED =
  'Ce code a déjà servi : attendez le suivant, votre application en affiche un nouveau toutes les 30 secondes.';
const WRONG =
  'Code incorrect. Saisissez les 6 chiffres affichés par votre application, ou un code de secours.';

export interface SecondFactorStatus {
  enabled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
}

/**
 * The second factor of local accounts: a TOTP (RFC 6238) that an authenticator application
 * computes from a secret shared once at enrolment, and ten single-use recovery codes for a lost
 * phone (only their hashes kept). A code serves once: the step of the last accepted code is kept
 * and a code of that step or an earlier one is refused. Wrong codes are throttled per user.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(principal: RequestPrincipal): Promise<SecondFactorStatus> {
    const [row]: { enabled: boolean; left: number }[] = await this.dataSource.query(
      `select exists (select 1 from user_totp where user_id = $1 and confirmed_at is not null) as enabled,
              (select count(*)::int from user_recovery_codes where user_id = $1 and used_at is null) as left`,
      [principal.actor.userId],
    );
    return {
      enabled: row.enabled,
      required:
        this.config.requireSecondFactor &&
        principal.actor.roles.some((role) => SECOND_FACTOR_ROLES.includes(role)),
      recoveryCodesLeft: row.left,
    };
  }

  /** A new secret, not yet in force: shown once (as text and as an otpauth:// address). */
  async startEnrolment(principal: RequestPrincipal, email: string): Promise<{ secret: string; uri: string }> {
    if (principal.pendingStep === 'code') throw forbidden();
    const secret = generateSecret();
    const replaced = await this.dataSource.query(
      `insert into user_totp (user_id, secret) values ($1, $2)
       on conflict (user_id) do update set secret = excluded.secret, created_at = now(), last_time_step = null
         where user_totp.confirmed_at is null
       returning user_id`,
      [principal.actor.userId, secret],
    );
    if (replaced.length === 0)
      throw conflict('secondFactor', 'La double authentification est déjà active sur votre compte.');
    return { secret, uri: generateURI({ issuer: 'Continuum', label: email, secret }) };
  }

  /**
   * The first code proves the application holds the secret: the second factor is in force from
   * now on, and the recovery codes are returned — the only time they are shown.
   */
  async confirmEnrolment(
    principal: RequestPrincipal,
    rawCode: string,
    origin: RequestOrigin,
  ): Promise<string[]> {
    if (principal.pendingStep === 'code') throw forbidden();
    const userId = principal.actor.userId;
    await this.assertNotThrottled(principal, origin);
    const pending = await this.dataSource
      .getRepository(UserTotpEntity)
      .createQueryBuilder('t')
      .addSelect('t.secret')
      .where('t.user_id = :userId', { userId })
      .getOne();
    if (!pending || pending.confirmedAt) {
      throw pending
        ? conflict('secondFactor', 'La double authentification est déjà active sur votre compte.')
        : badInput('code', 'Commencez par afficher la clé de configuration.');
    }
    const result = verifyCode(pending.secret, rawCode);
    if (!result) throw await this.failure(principal, origin, 'code', WRONG);
    const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
    await this.dataSource.transaction(async (manager) => {
      const confirmed = await manager
        .createQueryBuilder()
        .update(UserTotpEntity)
        .set({ confirmedAt: () => 'now()', lastTimeStep: String(result) })
        .where('user_id = :userId and confirmed_at is null and secret = :secret', {
          userId,
          secret: pending.secret,
        })
        .execute();
      if (!confirmed.affected)
        throw conflict('secondFactor', 'La double authentification est déjà active sur votre compte.');
      await manager.delete(RecoveryCodeEntity, { userId });
      await manager.insert(
        RecoveryCodeEntity,
        codes.map((code) => ({ userId, codeHash: hashCode(code) })),
      );
      await this.journal('auth.second-factor.enrolled', principal, origin, {}, manager);
    });
    await this.throttle.clearSecondFactor(userId);
    return codes;
  }

  /** The code at login: a TOTP code not used before, or an unused recovery code. */
  async verify(principal: RequestPrincipal, rawCode: string, origin: RequestOrigin): Promise<void> {
    const userId = principal.actor.userId;
    await this.assertNotThrottled(principal, origin);
    const code = rawCode.replace(/\s+/g, '');
    if (/^\d{6}$/.test(code)) {
      const totp = await this.dataSource
        .getRepository(UserTotpEntity)
        .createQueryBuilder('t')
        .addSelect('t.secret')
        .where('t.user_id = :userId and t.confirmed_at is not null', { userId })
        .getOne();
      const step = totp ? verifyCode(totp.secret, code) : null;
      if (step === null) throw await this.failure(principal, origin, 'code', WRONG);
      // Conditional: a code of this step (or an earlier one) has served already, here or in a
      // request running at the same moment.
      const accepted = await this.dataSource
        .createQueryBuilder()
        .update(UserTotpEntity)
        .set({ lastTimeStep: String(step) })
        .where('user_id = :userId and (last_time_step is null or last_time_step < :step)', { userId, step })
        .execute();
      if (!accepted.affected) throw await this.failure(principal, origin, 'code-reused', REUSED);
      await this.journal('auth.second-factor.succeeded', principal, origin, { with: 'totp' });
    } else {
      const used = await this.dataSource
        .createQueryBuilder()
        .update(RecoveryCodeEntity)
        .set({ usedAt: () => 'now()' })
        .where('user_id = :userId and code_hash = :hash and used_at is null', {
          userId,
          hash: hashCode(code),
        })
        .execute();
      if (!used.affected) throw await this.failure(principal, origin, 'recovery-code', WRONG);
      await this.journal('auth.second-factor.succeeded', principal, origin, { with: 'recovery-code' });
    }
    await this.throttle.clearSecondFactor(userId);
  }

  private async assertNotThrottled(principal: RequestPrincipal, origin: RequestOrigin): Promise<void> {
    if (await this.throttle.secondFactorBlocked(principal.actor.userId)) {
      await this.journal('auth.second-factor.throttled', principal, origin, {});
      throw tooManyRequests('Trop de codes incorrects. Patientez quelques minutes avant de réessayer.');
    }
  }

  private async failure(principal: RequestPrincipal, origin: RequestOrigin, reason: string, message: string) {
    await this.throttle.recordSecondFactorFailure(principal.actor.userId);
    await this.journal('auth.second-factor.failed', principal, origin, { reason });
    return badInput('code', message);
  }

  private journal(
    action: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    details: Record<string, unknown>,
    manager = this.dataSource.manager,
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
        subjectId: principal.actor.userId,
        origin,
        details,
      },
      manager,
    );
  }
}

/** The 30-second step the code belongs to, or null when it is not a valid code now. */
function verifyCode(secret: string, rawCode: string): number | null {
  const token = rawCode.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = verifySync({ secret, token, epochTolerance: TOLERANCE_SECONDS });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

function recoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** Recovery codes carry 58 bits of randomness: a plain SHA-256 of the normalised code suffices. */
function hashCode(code: string): string {
  return createHash('sha256')
    .update(code.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .digest('hex');
}
