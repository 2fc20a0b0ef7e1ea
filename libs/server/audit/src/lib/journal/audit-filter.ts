import { Field, ID, InputType } from '@nestjs/graphql';
import { badInput, InputValidationPipe } from '@continuum/server/platform';
import { IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import type { SelectQueryBuilder } from 'typeorm';
import type { AuditEntryEntity } from '../audit-entry.entity';

const UUID_MESSAGE = 'Identifiant invalide.';
/** A day (`2026-12-07`), from 2000 on (a typo such as 1026 would find nothing without a word). */
const DAY = /^20\d\d-\d\d-\d\d$/;

/** What the DPO narrows the journal to: every field ANDed, each applied in the query's SQL. */
@InputType()
export class AuditEntryFilter {
  @Field({ nullable: true, description: 'Préfixe d’action, par exemple « case.persons. »' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Le préfixe d’action compte 100 caractères au plus.' })
  @Matches(/^[a-z0-9._-]*$/, {
    message: 'Un préfixe d’action ne contient que des minuscules, chiffres et points.',
  })
  action?: string;

  @Field({ nullable: true, description: 'Le dossier (ou autre objet) concerné, par son identifiant' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'L’identifiant de l’objet compte 100 caractères au plus.' })
  subjectId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  actorUserId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  actorOrganizationId?: string;

  @Field({ nullable: true, description: 'Depuis ce jour (inclus), heure de Paris' })
  @IsOptional()
  @Matches(DAY, { message: 'Date de début invalide (AAAA-MM-JJ).' })
  @IsISO8601({ strict: true }, { message: 'Date de début invalide (AAAA-MM-JJ).' })
  from?: string;

  @Field({ nullable: true, description: 'Jusqu’à ce jour (inclus), heure de Paris' })
  @IsOptional()
  @Matches(DAY, { message: 'Date de fin invalide (AAAA-MM-JJ).' })
  @IsISO8601({ strict: true }, { message: 'Date de fin invalide (AAAA-MM-JJ).' })
  to?: string;
}

const validation = new InputValidationPipe();

/**
 * The filter of a REST export (`?action=…&from=…`), validated as the GraphQL argument is: the same
 * class, unknown parameters refused, every error naming its field.
 */
export async function parseAuditFilter(query: Record<string, unknown>): Promise<AuditEntryFilter> {
  const known = ['action', 'subjectId', 'actorUserId', 'actorOrganizationId', 'from', 'to', 'reason'];
  const unknown = Object.keys(query).find((name) => !known.includes(name));
  if (unknown !== undefined) throw badInput(unknown, `Paramètre inconnu « ${unknown.slice(0, 40)} ».`);
  const repeated = Object.keys(query).find((name) => typeof query[name] !== 'string');
  if (repeated !== undefined)
    throw badInput(repeated, `Le paramètre « ${repeated} » doit être donné une seule fois.`);
  const { reason: _reason, ...fields } = query;
  const plain = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
  return (await validation.transform(plain, {
    type: 'query',
    metatype: AuditEntryFilter,
    data: 'filter',
  })) as AuditEntryFilter;
}

/** Narrows a query on `audit_entries` (aliased `e`) to the filter; a day is read in Paris time. */
export function applyAuditFilter(
  query: SelectQueryBuilder<AuditEntryEntity>,
  filter: AuditEntryFilter,
): void {
  if (filter.from && filter.to && filter.to < filter.from)
    throw badInput('filter.to', 'La date de fin précède la date de début.');
  if (filter.action)
    query.andWhere('e.action like :fAction', { fAction: `${filter.action.replace(/[%_\\]/g, '\\$&')}%` });
  if (filter.subjectId) query.andWhere('e.subject_id = :fSubject', { fSubject: filter.subjectId });
  if (filter.actorUserId) query.andWhere('e.actor_user_id = :fUser', { fUser: filter.actorUserId });
  if (filter.actorOrganizationId)
    query.andWhere('e.actor_organization_id = :fOrg', { fOrg: filter.actorOrganizationId });
  // Days in Paris time, compared to the column as it is (its index serves).
  if (filter.from)
    query.andWhere(`e.occurred_at >= (:fFrom::date)::timestamp at time zone 'Europe/Paris'`, {
      fFrom: filter.from,
    });
  if (filter.to)
    query.andWhere(`e.occurred_at < ((:fTo::date) + 1)::timestamp at time zone 'Europe/Paris'`, {
      fTo: filter.to,
    });
}
