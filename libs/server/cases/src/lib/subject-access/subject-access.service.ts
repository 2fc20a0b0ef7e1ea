import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@continuum/server/audit';
import type { RequestOrigin } from '@continuum/server/audit';
import { badInput, visibleText } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { SubjectAccessMatch, SubjectAccessResult, SubjectAccessTerms } from './subject-access.models';

/** Matches one search answers at most; past it, the DPO narrows the search. */
export const MAX_MATCHES = 200;

/** Who read a case's persons, and when (journal entries `case.persons.read`). */
export interface PersonsRead {
  caseId: string;
  occurredAt: Date;
  reader: string;
}

/** Everything held on a person: each case that records them, and who read those cases' persons. */
export interface SubjectAccessFile {
  terms: { fullName: string; birthYear: number | null; address: string | null };
  answeredAt: Date;
  answeredBy: string;
  matches: SubjectAccessMatch[];
  truncated: boolean;
  reads: PersonsRead[];
}

/**
 * Subject access (GDPR art. 15), for the DPO alone (`answer SubjectAccess`): the persons recorded in
 * any case, whatever its level — the one path by which the DPO reads case content. Every search and
 * every export is journaled (who, the terms, how many matches) before its answer leaves.
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async search(
    terms: SubjectAccessTerms,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<SubjectAccessResult> {
    const clean = cleanTerms(terms);
    const result = await this.find(clean);
    await this.journal('subject-access.searched', clean, result.matches.length, principal, origin);
    return result;
  }

  /** The whole file on a person, for the JSON and PDF exports; journaled as an export. */
  async file(
    terms: SubjectAccessTerms,
    format: 'json' | 'pdf',
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<SubjectAccessFile> {
    const clean = cleanTerms(terms);
    const result = await this.find(clean);
    const caseIds = [...new Set(result.matches.map((match) => match.caseId))];
    const reads: PersonsRead[] = await this.dataSource.query(
      `select e.subject_id as "caseId", e.occurred_at as "occurredAt", coalesce(e.actor_label, 'Système') as reader
         from audit_entries e
        where e.action = 'case.persons.read' and e.subject_type = 'Case' and e.subject_id = any($1::text[])
        order by e.id`,
      [caseIds],
    );
    await this.journal('subject-access.exported', clean, result.matches.length, principal, origin, format);
    return { terms: clean, answeredAt: new Date(), answeredBy: principal.label, ...result, reads };
  }

  private async find(terms: SubjectAccessFile['terms']): Promise<SubjectAccessResult> {
    const words = wordsOf(terms.fullName);
    const parameters: unknown[] = [];
    const conditions = words.map((word) => {
      parameters.push(`%${likeEscaped(word)}%`);
      return `immutable_unaccent(lower(p.full_name)) like immutable_unaccent(lower($${parameters.length}))`;
    });
    if (terms.birthYear !== null) {
      parameters.push(terms.birthYear);
      conditions.push(`p.birth_year = $${parameters.length}`);
    }
    for (const word of terms.address ? wordsOf(terms.address) : []) {
      parameters.push(`%${likeEscaped(word)}%`);
      conditions.push(
        `immutable_unaccent(lower(coalesce(p.address, ''))) like immutable_unaccent(lower($${parameters.length}))`,
      );
    }
    parameters.push(MAX_MATCHES + 1);
    const rows: SubjectAccessMatch[] = await this.dataSource.query(
      `select p.id as "personId", c.id as "caseId", c.reference, c.title, c.category, c.status, c.sensitivity,
              p.role, p.full_name as "fullName", p.birth_year as "birthYear", p.address, p.notes,
              p.created_at as "recordedAt"
         from case_persons p
         join cases c on c.id = p.case_id
        where ${conditions.join(' and ')}
        order by c.reference, p.full_name, p.id
        limit $${parameters.length}`,
      parameters,
    );
    return { matches: rows.slice(0, MAX_MATCHES), truncated: rows.length > MAX_MATCHES };
  }

  private async journal(
    action: string,
    terms: SubjectAccessFile['terms'],
    results: number,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    format?: 'json' | 'pdf',
  ): Promise<void> {
    await this.audit.record({
      action,
      actor: {
        userId: principal.actor.userId,
        organizationId: principal.actor.organizationId,
        label: principal.label,
      },
      subjectType: 'SubjectAccess',
      origin,
      details: { terms, results, ...(format ? { format } : {}) },
    });
  }
}

/** The terms as searched: visible text, a birth year no later than this one. */
function cleanTerms(terms: SubjectAccessTerms): SubjectAccessFile['terms'] {
  const fullName = visibleText(terms.fullName ?? '');
  if (wordsOf(fullName).length === 0) throw badInput('terms.fullName', 'Le nom est obligatoire.');
  const birthYear = terms.birthYear ?? null;
  if (birthYear !== null && birthYear > new Date().getFullYear())
    throw badInput('terms.birthYear', 'L’année de naissance ne peut être dans le futur.');
  const address = terms.address ? visibleText(terms.address) || null : null;
  return { fullName, birthYear, address };
}

/** The words of a name or an address, punctuation aside (« Jean-Paul » is two words). */
function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 10);
}

function likeEscaped(word: string): string {
  return word.replace(/[%_\\]/g, '\\$&');
}
