import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { badInput, REDIS, tooManyRequests, withTimeout } from '@continuum/server/platform';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { checkFormToken, signFormToken } from './form-token';

/** The public form's limits (`DIALOGUE_OPTIONS`; the environment may change them, tests shorten nothing). */
export interface DialogueOptions {
  /** Submissions accepted from one address per window. */
  perAddress: number;
  windowSeconds: number;
  minFillMs: number;
  maxAgeMs: number;
}

export const DIALOGUE_OPTIONS = Symbol('DIALOGUE_OPTIONS');

export function dialogueOptions(env: NodeJS.ProcessEnv = process.env): DialogueOptions {
  const number = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 1)
      throw new Error(`${name} invalide : « ${value} » (un entier positif).`);
    return parsed;
  };
  return {
    perAddress: number('CONTINUUM_PROPOSALS_PER_ADDRESS', 5),
    windowSeconds: number('CONTINUUM_PROPOSALS_WINDOW_SECONDS', 3600),
    minFillMs: 3000,
    maxAgeMs: 2 * 3600_000,
  };
}

const FORM_FIELD = 'input.formToken';

/**
 * The public form's defences, none of them a third party's: a honeypot field, a signed and dated
 * token used once, and a count per address over a window in Redis (the same kind of counter as the
 * login's, `LoginThrottle`: one MULTI, a fixed window). Checked before anything is written.
 */
@Injectable()
export class SubmissionGuard {
  private secret: Promise<string> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(DIALOGUE_OPTIONS) private readonly options: DialogueOptions,
  ) {}

  async formToken(): Promise<{ token: string; minimumSeconds: number }> {
    return {
      token: signFormToken(await this.key(), Date.now()),
      minimumSeconds: Math.ceil(this.options.minFillMs / 1000),
    };
  }

  /**
   * Refuses the submission (nothing written, the reason in French) or lets it through, counted
   * and its token spent; `release` gives both back when the proposal itself is then refused (a
   * point outside the commune), so that the person may correct it and send the same form again.
   */
  async admit(
    formToken: string,
    honeypot: string | null | undefined,
    address: string,
  ): Promise<{ release: () => Promise<void> }> {
    if (honeypot && honeypot.trim() !== '')
      throw badInput('input.website', 'Ce champ doit rester vide : votre proposition n’a pas été envoyée.');
    const check = checkFormToken(await this.key(), formToken, Date.now(), this.options);
    if (!check.ok) {
      if (check.reason === 'too-fast')
        throw badInput(
          FORM_FIELD,
          'Envoi trop rapide : prenez quelques secondes pour relire votre proposition, puis envoyez-la de nouveau.',
        );
      if (check.reason === 'expired')
        throw badInput(
          FORM_FIELD,
          'Le formulaire a expiré : rechargez la page (votre texte reste à copier).',
        );
      throw badInput(FORM_FIELD, 'Le formulaire n’est pas valide : rechargez la page.');
    }
    const countKey = `proposal-submissions:address:${address}`;
    const nonceKey = `proposal-forms:used:${check.nonce}`;
    const replies = await withTimeout(
      this.redis
        .multi()
        .set(countKey, 0, 'EX', this.options.windowSeconds, 'NX')
        .incr(countKey)
        .set(nonceKey, 1, 'PX', this.options.maxAgeMs, 'NX')
        .exec(),
      2000,
      'redis',
    );
    const count = Number(replies?.[1]?.[1] ?? 0);
    if (count > this.options.perAddress)
      throw tooManyRequests(
        'Trop de propositions envoyées depuis cette adresse : réessayez dans une heure, ou écrivez à votre mairie.',
      );
    if (replies?.[2]?.[1] !== 'OK')
      throw badInput(
        FORM_FIELD,
        'Ce formulaire a déjà été envoyé : rechargez la page pour une nouvelle proposition.',
      );
    return {
      release: async () => {
        await withTimeout(this.redis.multi().decr(countKey).del(nonceKey).exec(), 2000, 'redis').catch(
          () => undefined,
        );
      },
    };
  }

  /** The key, drawn by the migration and shared by every process; read once. */
  private key(): Promise<string> {
    this.secret ??= this.dataSource
      .query(`select form_secret from dialogue_settings where id = 1`)
      .then((rows: { form_secret: string }[]) => {
        if (!rows[0]) throw new Error('dialogue_settings has no form secret: run the migrations');
        return rows[0].form_secret;
      })
      .catch((error) => {
        this.secret = null;
        throw error;
      });
    return this.secret;
  }
}
