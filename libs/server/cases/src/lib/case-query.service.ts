import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CasePriority, CaseStatus, CaseSubject, isRestricted, OPEN_STATUSES } from '@continuum/domain';
import { AuditService } from '@continuum/server/audit';
import type { RequestOrigin } from '@continuum/server/audit';
import { badInput, decodeCursor, encodeCursor, notFound, pageSize } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { CaseFilter, CaseOrder } from './cases.inputs';
import { CaseEntity } from './entities/case.entity';
import { CASE_SUBJECT_SQL, readableCases, readablePersons } from './policy/case-policy.sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PARIS_TODAY = `(now() at time zone 'Europe/Paris')::date`;

interface OrderSpec {
  column: string;
  direction: 'ASC' | 'DESC';
  cast: string;
  value: (row: CaseEntity) => string;
  /** Whether a cursor's value can be cast without an error (a forged cursor is bad input, not a crash). */
  valid: (value: string) => boolean;
}

const isInstant = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value));
const isPriority = (value: string) => (Object.values(CasePriority) as string[]).includes(value);
const isText = (value: string) => value.length <= 100;

const ORDERS: Record<CaseOrder, OrderSpec> = {
  [CaseOrder.UPDATED_DESC]: {
    column: 'c.updated_at',
    direction: 'DESC',
    cast: 'timestamptz',
    value: (r) => r.updatedAt.toISOString(),
    valid: isInstant,
  },
  [CaseOrder.OPENED_DESC]: {
    column: 'c.opened_at',
    direction: 'DESC',
    cast: 'timestamptz',
    value: (r) => r.openedAt.toISOString(),
    valid: isInstant,
  },
  [CaseOrder.OPENED_ASC]: {
    column: 'c.opened_at',
    direction: 'ASC',
    cast: 'timestamptz',
    value: (r) => r.openedAt.toISOString(),
    valid: isInstant,
  },
  [CaseOrder.PRIORITY_DESC]: {
    column: 'c.priority',
    direction: 'DESC',
    cast: 'case_priority',
    value: (r) => r.priority,
    valid: isPriority,
  },
  [CaseOrder.REFERENCE_ASC]: {
    column: 'c.reference',
    direction: 'ASC',
    cast: 'text',
    value: (r) => r.reference,
    valid: isText,
  },
};

export interface CasePage {
  rows: CaseEntity[];
  hasNextPage: boolean;
  cursorOf: (row: CaseEntity) => string;
  /** The filtered, policy-narrowed query, for counts resolved only when asked. */
  countQuery: () => SelectQueryBuilder<CaseEntity>;
}

/**
 * Every read of cases goes through here, and every query here starts from `readable()`: the
 * sharing policy compiled into the WHERE clause. Nothing is fetched and filtered afterwards.
 */
@Injectable()
export class CaseQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Cases the principal may read, as a query to narrow further. */
  readable(principal: RequestPrincipal, alias = 'c'): SelectQueryBuilder<CaseEntity> {
    const policy = readableCases(principal.ability, alias);
    return this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder(alias)
      .where(`(${policy.sql})`, policy.params);
  }

  async list(
    filter: CaseFilter,
    first: number | undefined,
    after: string | undefined,
    order: CaseOrder,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    joined: { owner?: boolean; zone?: boolean } = {},
  ): Promise<CasePage> {
    const size = pageSize(first);
    const spec = ORDERS[order];
    const filtered = () => this.applyFilter(this.readable(principal), filter, principal);
    const query = filtered();
    // Many-to-one relations the client asked for come in the same statement (one row per case,
    // so the limit still counts cases); the field resolvers use them instead of their loaders.
    if (joined.owner) query.leftJoinAndSelect('c.ownerOrganization', 'c_owner');
    if (joined.zone) query.leftJoinAndSelect('c.zone', 'c_zone');
    const cursor = decodeCursor(after);
    if (cursor) {
      const [value, id] = parseCursor(cursor);
      if (!spec.valid(value)) throw badInput('after', 'Curseur « after » invalide pour cet ordre de tri.');
      const comparator = spec.direction === 'DESC' ? '<' : '>';
      query.andWhere(
        `(${spec.column}, c.id) ${comparator} (cast(:cursorValue as ${spec.cast}), cast(:cursorId as uuid))`,
        {
          cursorValue: value,
          cursorId: id,
        },
      );
    }
    const rows = await query
      .orderBy(spec.column, spec.direction)
      .addOrderBy('c.id', spec.direction)
      .limit(size + 1)
      .getMany();
    const page = rows.slice(0, size);
    await this.journalRestrictedReads(page, principal, origin, 'case.listed.restricted');
    return {
      rows: page,
      hasNextPage: rows.length > size,
      cursorOf: (row) => encodeCursor(JSON.stringify([spec.value(row), row.id])),
      countQuery: filtered,
    };
  }

  /**
   * The counts of a list without its rows, for a client that asks only for them (the list page's
   * « byStatus »): no page query at all. `first` is still checked, as the list would.
   */
  countsOnly(filter: CaseFilter, first: number | undefined, principal: RequestPrincipal): CasePage {
    pageSize(first);
    return {
      rows: [],
      hasNextPage: false,
      cursorOf: () => '',
      countQuery: () => this.applyFilter(this.readable(principal), filter, principal),
    };
  }

  async countsByStatus(
    query: SelectQueryBuilder<CaseEntity>,
  ): Promise<{ status: CaseStatus; count: number }[]> {
    const rows: { status: CaseStatus; count: string }[] = await query
      .select('c.status', 'status')
      .addSelect('count(*)', 'count')
      .groupBy('c.status')
      .getRawMany();
    return rows
      .map((row) => ({ status: row.status, count: Number(row.count) }))
      .sort((a, b) => a.status.localeCompare(b.status));
  }

  /** One case; one the principal may not read does not exist for them (NOT_FOUND, never FORBIDDEN). */
  async get(
    id: string,
    principal: RequestPrincipal,
    origin: RequestOrigin | null,
    joined: { owner?: boolean; zone?: boolean } = {},
  ): Promise<CaseEntity> {
    const query = this.readable(principal).andWhere('c.id = :id', { id });
    // As in `list`: the owner and the zone the client asked for come in the same statement.
    if (joined.owner) query.leftJoinAndSelect('c.ownerOrganization', 'c_owner');
    if (joined.zone) query.leftJoinAndSelect('c.zone', 'c_zone');
    const found = UUID.test(id) ? await query.getOne() : null;
    if (!found) throw notFound('Dossier introuvable.');
    if (origin) await this.journalRestrictedReads([found], principal, origin, 'case.read.restricted');
    return found;
  }

  /** Readable cases among `ids`, in no particular order (nested paths: linked cases…); restricted ones journaled. */
  async readableAmong(
    ids: readonly string[],
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<CaseEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.readable(principal).andWhere('c.id in (:...ids)', { ids }).getMany();
    await this.journalRestrictedReads(rows, principal, origin, 'case.read.restricted');
    return rows;
  }

  /** Which of `ids` the principal may read (for the journal's redaction). */
  async readableIds(ids: readonly string[], principal: RequestPrincipal): Promise<Set<string>> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return new Set();
    const rows = await this.readable(principal)
      .select('c.id', 'id')
      .andWhere('c.id in (:...ids)', { ids: valid })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  /** Which of `caseIds` the principal may read the nominative data of. */
  async personsReadable(caseIds: readonly string[], principal: RequestPrincipal): Promise<Set<string>> {
    const policy = readablePersons(principal.ability, 'c');
    // A private partner or the administrator reads no nominative data: no statement to ask it.
    if (policy.sql === 'false' || caseIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('c.id', 'id')
      .from(CaseEntity, 'c')
      .where(`(${policy.sql})`, policy.params)
      .andWhere('c.id in (:...ids)', { ids: caseIds })
      .getRawMany();
    return new Set(rows.map((row) => row.id));
  }

  /** The policy's view of cases, for checking a write on each (same sets as the SQL reads). */
  async subjects(ids: readonly string[]): Promise<Map<string, CaseSubject>> {
    const rows: Omit<CaseSubject, '__typename'>[] = await this.dataSource.query(CASE_SUBJECT_SQL, [ids]);
    return new Map(rows.map((row) => [row.id as string, { __typename: 'Case', ...row }]));
  }

  async subject(id: string): Promise<CaseSubject> {
    const subject = (await this.subjects([id])).get(id);
    if (!subject) throw notFound('Dossier introuvable.');
    return subject;
  }

  /**
   * Open cases of the same category near a point (a few hundred metres) or in the same zone, that
   * the author may read: shown when a case is created, to avoid opening it twice.
   */
  possibleDuplicates(
    principal: RequestPrincipal,
    params: {
      category: string;
      zoneId?: string | null;
      longitude?: number | null;
      latitude?: number | null;
      excludeId?: string;
    },
  ): Promise<CaseEntity[]> {
    const near: string[] = [];
    const values: Record<string, unknown> = { category: params.category, open: OPEN_STATUSES };
    if (params.zoneId) {
      near.push('c.zone_id = :dupZone');
      values['dupZone'] = params.zoneId;
    }
    if (params.longitude != null && params.latitude != null) {
      // Equirectangular distance: exact enough at a few hundred metres.
      near.push(`(c.latitude is not null and
        sqrt(power((c.longitude - :dupLon) * cos(radians(:dupLat)) * 111320, 2) + power((c.latitude - :dupLat) * 110540, 2)) <= 400)`);
      values['dupLon'] = params.longitude;
      values['dupLat'] = params.latitude;
    }
    if (near.length === 0) return Promise.resolve([]);
    const query = this.readable(principal)
      .andWhere('c.category = :category', values)
      .andWhere('c.status = any(:open)')
      .andWhere(`(${near.join(' or ')})`);
    if (params.excludeId) query.andWhere('c.id <> :excludeId', { excludeId: params.excludeId });
    return query.orderBy('c.updated_at', 'DESC').limit(10).getMany();
  }

  private applyFilter(
    query: SelectQueryBuilder<CaseEntity>,
    filter: CaseFilter,
    principal: RequestPrincipal,
  ) {
    if (filter.status?.length) query.andWhere('c.status = any(:fStatus)', { fStatus: filter.status });
    if (filter.category?.length)
      query.andWhere('c.category = any(:fCategory)', { fCategory: filter.category });
    if (filter.sensitivity?.length)
      query.andWhere('c.sensitivity = any(:fSensitivity)', { fSensitivity: filter.sensitivity });
    if (filter.communeCode?.length)
      query.andWhere('c.commune_code = any(:fCommunes)', { fCommunes: filter.communeCode });
    if (filter.zoneId) query.andWhere('c.zone_id = :fZone', { fZone: filter.zoneId });
    if (filter.bodyId) query.andWhere('c.body_id = :fBody', { fBody: filter.bodyId });
    if (filter.ownerOrganizationId)
      query.andWhere('c.owner_organization_id = :fOwner', { fOwner: filter.ownerOrganizationId });
    if (filter.assignedToMe) {
      query.andWhere(
        `exists (select 1 from case_assignments fa where fa.case_id = c.id and fa.organization_id = :fMyOrg
                 and fa.status in ('PENDING', 'ACCEPTED'))`,
        { fMyOrg: principal.actor.organizationId },
      );
    }
    if (filter.overdue) {
      query.andWhere(
        `exists (select 1 from case_actions fo where fo.case_id = c.id and fo.status in ('TODO', 'IN_PROGRESS')
                 and fo.due_on < ${PARIS_TODAY})`,
      );
    }
    const search = filter.search?.trim();
    if (search) {
      if (search.replace(/[^\p{L}\p{N}]/gu, '').length === 0)
        throw badInput('filter.search', 'Recherche vide.');
      query.andWhere(
        `(c.search_vector @@ websearch_to_tsquery('french', immutable_unaccent(:fSearch)) or c.reference like :fReference)`,
        { fSearch: search, fReference: `${search.replace(/[%_\\]/g, '')}%` },
      );
    }
    return query;
  }

  /** Journals that the principal read the persons of these cases (who, which case, from where). */
  async journalPersonsReads(
    caseIds: readonly string[],
    principal: RequestPrincipal,
    origin: RequestOrigin,
    motives: ReadonlyMap<string, { motive: string; detail: string | null }> = new Map(),
  ): Promise<void> {
    await this.audit.recordMany(
      caseIds.map((id) => ({
        action: 'case.persons.read',
        actor: {
          userId: principal.actor.userId,
          organizationId: principal.actor.organizationId,
          label: principal.label,
        },
        subjectType: 'Case',
        subjectId: id,
        origin,
        details: { fields: ['persons'], ...(motives.get(id) && { motive: motives.get(id)!.motive }) },
      })),
    );
  }

  private async journalRestrictedReads(
    rows: CaseEntity[],
    principal: RequestPrincipal,
    origin: RequestOrigin,
    action: string,
  ) {
    await this.audit.recordMany(
      rows
        .filter((row) => isRestricted(row.sensitivity))
        .map((row) => ({
          action,
          actor: {
            userId: principal.actor.userId,
            organizationId: principal.actor.organizationId,
            label: principal.label,
          },
          subjectType: 'Case',
          subjectId: row.id,
          origin,
          details: { reference: row.reference, sensitivity: row.sensitivity },
        })),
    );
  }
}

function parseCursor(cursor: string): [string, string] {
  try {
    const parsed = JSON.parse(cursor) as unknown;
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      UUID.test(String(parsed[1]))
    ) {
      return [parsed[0], parsed[1] as string];
    }
  } catch {
    // fall through
  }
  throw badInput('after', 'Curseur « after » invalide.');
}
