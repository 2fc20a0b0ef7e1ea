import {
  type AppAbility,
  PERSONAL_DATA_LABELS,
  type PersonalDataFlag,
  PROPOSAL_CATEGORY_LABELS,
  PROPOSAL_STATUS_LABELS,
  type ProposalCategory,
  type ProposalSource,
  type ProposalStatus,
} from '@continuum/domain';
import { readableCases } from '@continuum/server/cases';
import type { SqlCondition } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import type { ProposalModel } from './api/dialogue.models';
import {
  moderatableProposals,
  readableProposalContacts,
  readableProposals,
  triageableProposals,
} from './policy/dialogue-policy.sql';

type Queryable = DataSource | EntityManager;

/** Runs `sql` with named parameters (`:name`), as the policy's conditions give them. */
export function namedQuery<T>(db: Queryable, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const driver = (db instanceof DataSource ? db : db.connection).driver;
  const [query, values] = driver.escapeQueryWithParameters(sql, params);
  return db.query(query, values);
}

/**
 * An UPDATE … RETURNING with named parameters: its returned rows (TypeORM gives an UPDATE's result
 * as `[rows, affected]`, where a SELECT's is the rows).
 */
export async function namedUpdate<T>(
  db: Queryable,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const result = (await namedQuery<unknown>(db, sql, params)) as unknown as [T[], number];
  return result[0];
}

export interface ProposalRow {
  id: string;
  number: string;
  source: ProposalSource;
  status: ProposalStatus;
  category: ProposalCategory;
  commune_code: string;
  commune_name: string;
  longitude: number | null;
  latitude: number | null;
  text: string;
  has_personal_data: boolean;
  personal_data: PersonalDataFlag[] | null;
  author_email: string | null;
  author_label: string | null;
  created_at: Date;
  moderated_at: Date | null;
  moderation_note: string | null;
  answer: string | null;
  triaged_at: Date | null;
  triaged_by_label: string | null;
  case_id: string | null;
  case_reference: string | null;
  may_moderate: boolean;
  may_triage: boolean;
  total?: number;
}

/**
 * One SELECT for every signed-in read of proposals, the reader's policy in it: which rows
 * (`readable`), and per row whether the contact data (e-mail, text as written, flagged data) is
 * shown — otherwise the masked text and nulls. A linked case is named only if the reader may read
 * it (the cases lib's own condition).
 */
export function proposalSelect(
  ability: AppAbility,
  where: string,
): { sql: string; params: Record<string, unknown> } {
  const read = readableProposals(ability, 'p');
  const contact = readableProposalContacts(ability, 'p');
  const moderate = moderatableProposals(ability, 'p');
  const triage = triageableProposals(ability, 'p');
  const caseRead: SqlCondition = readableCases(ability, 'c');
  const sql = `
    select p.id, p.number::text as number, p.source, p.status, p.category, p.commune_code, cm.name as commune_name,
           p.longitude, p.latitude,
           case when ${contact.sql} then p.body else p.masked_body end as text,
           jsonb_array_length(p.personal_data) > 0 as has_personal_data,
           case when ${contact.sql} then p.personal_data end as personal_data,
           case when ${contact.sql} then p.author_email end as author_email,
           case when p.author_user_id is not null
                then (select u.full_name || ' (' || o.name || ')' from users u join organizations o on o.id = u.organization_id where u.id = p.author_user_id)
                when p.author_organization_id is not null
                then (select o.name from organizations o where o.id = p.author_organization_id) end as author_label,
           p.created_at, p.moderated_at, p.moderation_note, p.answer, p.triaged_at, p.triaged_by_label,
           c.id as case_id, c.reference as case_reference,
           ${moderate.sql} as may_moderate, ${triage.sql} as may_triage,
           count(*) over ()::int as total
      from proposals p
      join communes cm on cm.code = p.commune_code
      left join cases c on c.id = p.case_id and ${caseRead.sql}
     where ${read.sql} and (${where})`;
  return {
    sql,
    params: { ...read.params, ...contact.params, ...moderate.params, ...triage.params, ...caseRead.params },
  };
}

export function toProposalModel(row: ProposalRow): ProposalModel {
  return {
    id: row.id,
    reference: `P-${row.number}`,
    source: row.source,
    status: row.status,
    statusLabel: PROPOSAL_STATUS_LABELS[row.status],
    category: row.category,
    categoryLabel: PROPOSAL_CATEGORY_LABELS[row.category],
    communeCode: row.commune_code,
    communeName: row.commune_name,
    point:
      row.longitude === null || row.latitude === null
        ? null
        : { longitude: row.longitude, latitude: row.latitude },
    text: row.text,
    hasPersonalData: row.has_personal_data,
    personalData: row.personal_data
      ? row.personal_data.map((flag) => ({ ...flag, label: PERSONAL_DATA_LABELS[flag.kind] }))
      : null,
    authorEmail: row.author_email,
    authorLabel: row.author_label,
    createdAt: row.created_at,
    moderatedAt: row.moderated_at,
    moderationNote: row.moderation_note,
    answer: row.answer,
    triagedAt: row.triaged_at,
    triagedByLabel: row.triaged_by_label,
    caseId: row.case_id,
    caseReference: row.case_reference,
    mayModerate: row.may_moderate,
    mayTriage: row.may_triage,
  };
}
