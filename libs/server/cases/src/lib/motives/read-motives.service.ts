import { Inject, Injectable } from '@nestjs/common';
import { MAX_MOTIVE_DETAIL, READ_MOTIVE_LABELS, ReadMotive } from '@continuum/domain';
import { AuditService, type RequestOrigin } from '@continuum/server/audit';
import { APP_CONFIG, badInput, forbidden, REDIS } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import type Redis from 'ioredis';
import { CaseQueryService } from '../case-query.service';

export interface GivenMotive {
  motive: ReadMotive;
  detail: string | null;
}

/**
 * The motives given for reading a case's persons: at most one per case and session, kept as long
 * as a session may live (Redis, with the session's absolute lifetime), journaled when given and
 * written beside each read of the persons.
 */
@Injectable()
export class ReadMotivesService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly query: CaseQueryService,
    private readonly audit: AuditService,
  ) {}

  /** The motives this session gave, among these cases (one round trip). */
  async given(sessionId: string, caseIds: readonly string[]): Promise<Map<string, GivenMotive>> {
    if (caseIds.length === 0) return new Map();
    const values = await this.redis.mget(caseIds.map((id) => key(sessionId, id)));
    const given = new Map<string, GivenMotive>();
    values.forEach((value, index) => {
      if (value) given.set(caseIds[index], JSON.parse(value) as GivenMotive);
    });
    return given;
  }

  async declare(
    caseId: string,
    motive: ReadMotive,
    detailText: string | null | undefined,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<void> {
    if (!Object.values(ReadMotive).includes(motive))
      throw badInput('input.motive', 'Choisissez un motif dans la liste.');
    const detail = detailText?.trim() || null;
    if (motive === ReadMotive.OTHER && !detail)
      throw badInput('input.detail', 'Précisez le motif « Autre ».');
    if (detail && [...detail].length > MAX_MOTIVE_DETAIL)
      throw badInput('input.detail', `Le motif est limité à ${MAX_MOTIVE_DETAIL} caractères.`);
    // The case as the reader may read it (NOT_FOUND otherwise), then their right to its persons.
    await this.query.get(caseId, principal, null);
    if (!(await this.query.personsReadable([caseId], principal)).has(caseId))
      throw forbidden('Les personnes de ce dossier ne vous sont pas accessibles : aucun motif à donner.');
    const given: GivenMotive = { motive, detail: motive === ReadMotive.OTHER ? detail : null };
    await this.redis.set(
      key(principal.sessionId, caseId),
      JSON.stringify(given),
      'EX',
      this.config.session.absoluteSeconds,
    );
    await this.audit.record({
      action: 'case.read.motive',
      actor: {
        userId: principal.actor.userId,
        organizationId: principal.actor.organizationId,
        label: principal.label,
      },
      subjectType: 'Case',
      subjectId: caseId,
      origin,
      reason: given.detail ? `${READ_MOTIVE_LABELS[motive]} : ${given.detail}` : READ_MOTIVE_LABELS[motive],
      details: { motive },
    });
  }
}

function key(sessionId: string, caseId: string): string {
  return `read-motive:${sessionId}:${caseId}`;
}
