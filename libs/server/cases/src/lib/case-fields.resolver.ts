import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CASE_CATEGORIES,
  CASE_STATUS_LABELS,
  CASE_TRANSITIONS,
  CaseStatus,
  SENSITIVITY_LABELS,
} from '@continuum/domain';
import type { CaseSubject } from '@continuum/domain';
import { originOf } from '@continuum/server/audit';
import {
  OrganizationEntity,
  OrganizationModel,
  organizationLoader,
  OrganizationsService,
  UserEntity,
  UserModel,
} from '@continuum/server/organizations';
import {
  Authenticated,
  CurrentPrincipal,
  inKeyOrder,
  LIST_COMPLEXITY,
  requestLoader,
} from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import {
  CommuneEntity,
  CommuneModel,
  TerritoryService,
  ZoneEntity,
  ZoneModel,
} from '@continuum/server/territory';
import { DataSource, In } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { connectionOf } from './case-connection';
import type { LazyCaseConnection } from './case-connection';
import { CaseOrder } from './cases.inputs';
import { CaseQueryService } from './case-query.service';
import { describeEvent } from './case-timeline';
import { CaseWorkQueries } from './case-work.queries';
import {
  CaseActionModel,
  CaseAssignmentModel,
  CaseCommentModel,
  CaseConnectionModel,
  CaseEventModel,
  CaseModel,
  CasePermissionsModel,
  CasePersonModel,
  CaseShareModel,
  CaseStatusCountModel,
  GeoPointModel,
} from './cases.models';
import { CaseActionEntity } from './entities/case-action.entity';
import { CaseEntity } from './entities/case.entity';
import { CaseEventEntity } from './entities/case-event.entity';
import { CasePersonEntity } from './entities/case-person.entity';
import { ReadMotivesService } from './motives/read-motives.service';
import { CaseShareEntity } from './entities/case-share.entity';

const MOTIVE_REQUIRED =
  'Indiquez le motif de votre consultation pour afficher les personnes : il est inscrit au journal.';
const PERSONS_WITHHELD =
  'Données nominatives réservées aux autorités publiques impliquées dans le dossier (porteur, saisine acceptée, partage nommé).';

/** Every relation of a case, through one DataLoader per relation and per request. */
@Authenticated()
@Resolver(() => CaseModel)
export class CaseFieldsResolver {
  constructor(
    private readonly work: CaseWorkQueries,
    private readonly query: CaseQueryService,
    private readonly territory: TerritoryService,
    private readonly organizations: OrganizationsService,
    private readonly motives: ReadMotivesService,
  ) {}

  @ResolveField(() => String)
  categoryLabel(@Parent() row: CaseEntity): string {
    return CASE_CATEGORIES[row.category].label;
  }

  @ResolveField(() => String)
  statusLabel(@Parent() row: CaseEntity): string {
    return CASE_STATUS_LABELS[row.status];
  }

  @ResolveField(() => String)
  sensitivityLabel(@Parent() row: CaseEntity): string {
    return SENSITIVITY_LABELS[row.sensitivity];
  }

  @ResolveField(() => [CaseStatus], { description: 'Statuts vers lesquels le dossier peut passer' })
  allowedTransitions(@Parent() row: CaseEntity): readonly CaseStatus[] {
    return CASE_TRANSITIONS[row.status];
  }

  @ResolveField(() => GeoPointModel, { nullable: true })
  point(@Parent() row: CaseEntity): GeoPointModel | null {
    return row.longitude === null || row.latitude === null
      ? null
      : { longitude: row.longitude, latitude: row.latitude };
  }

  @ResolveField(() => CommuneModel)
  commune(@Parent() row: CaseEntity, @Context('req') req: object): Promise<CommuneEntity> {
    return requestLoader<string, CommuneEntity>(
      req,
      'case.commune',
      async (codes) =>
        inKeyOrder(
          codes,
          await this.territory.communesByCode(codes),
          (c) => c.code,
          new Error('commune manquante'),
        ) as CommuneEntity[],
    ).load(row.communeCode);
  }

  @ResolveField(() => ZoneModel, { nullable: true })
  zone(
    @Parent() row: CaseEntity,
    @Context('req') req: object,
  ): Promise<ZoneEntity | null> | ZoneEntity | null {
    if (!row.zoneId) return null;
    if (row.zone) return row.zone;
    return requestLoader<string, ZoneEntity | null>(req, 'case.zone', async (ids) =>
      inKeyOrder(ids, await this.territory.zonesByIds(ids), (z) => z.id, null),
    ).load(row.zoneId);
  }

  @ResolveField(() => OrganizationModel, { description: 'Organisation qui porte le dossier' })
  owner(
    @Parent() row: CaseEntity,
    @Context('req') req: object,
  ): Promise<OrganizationEntity> | OrganizationEntity {
    if (row.ownerOrganization) return row.ownerOrganization;
    return organizationLoader(req, this.organizations).load(row.ownerOrganizationId);
  }

  @ResolveField(() => [CaseAssignmentModel], { description: 'Saisines, avec leur réponse' })
  async assignments(@Parent() row: CaseEntity, @Context('req') req: object) {
    const rows = await requestLoader(req, 'case.assignments', (ids: readonly string[]) =>
      this.work.assignmentsOf(ids),
    ).load(row.id);
    const organizations = organizationLoader(req, this.organizations);
    for (const assignment of rows)
      if (assignment.organization) organizations.prime(assignment.organizationId, assignment.organization);
    return rows;
  }

  @ResolveField(() => [CaseActionModel])
  actions(@Parent() row: CaseEntity, @Context('req') req: object) {
    return requestLoader(req, 'case.actions', (ids: readonly string[]) => this.work.actionsOf(ids)).load(
      row.id,
    );
  }

  @ResolveField(() => [CaseCommentModel])
  comments(@Parent() row: CaseEntity, @Context('req') req: object) {
    return requestLoader(req, 'case.comments', (ids: readonly string[]) => this.work.commentsOf(ids)).load(
      row.id,
    );
  }

  @ResolveField(() => [CaseEventModel], { description: 'Historique, du plus ancien au plus récent' })
  timeline(@Parent() row: CaseEntity, @Context('req') req: object): Promise<CaseEventEntity[]> {
    return requestLoader(req, 'case.timeline', (ids: readonly string[]) => this.work.eventsOf(ids)).load(
      row.id,
    );
  }

  @ResolveField(() => [CasePersonModel], {
    nullable: true,
    description: 'Personnes concernées ; null si je ne peux pas les lire (voir personsWithheldReason)',
  })
  async persons(
    @Parent() row: CaseEntity,
    @Context('req') req: object,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<CasePersonEntity[] | null> {
    const { persons, motive } = await this.personsLoader(req, principal).load(row.id);
    // Nominative data read is journaled whatever the case's level (SHARING.md, Decisions), with the
    // motive given: once per case and request, in one statement for all the cases of the request.
    if (persons?.length && motive)
      await requestLoader<string, true>(req, 'case.persons.journal', async (ids) => {
        const motives = await this.motives.given(principal.sessionId, ids);
        await this.query.journalPersonsReads(ids, principal, originOf(req as HttpRequestLike), motives);
        return ids.map(() => true as const);
      }).load(row.id);
    return motive ? persons : null;
  }

  @ResolveField(() => Boolean, {
    description:
      'Vrai quand je peux lire les personnes mais n’ai pas encore donné, dans cette session, le motif de ma consultation (declareReadMotive)',
  })
  async personsMotiveRequired(
    @Parent() row: CaseEntity,
    @Context('req') req: object,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<boolean> {
    const { persons, motive } = await this.personsLoader(req, principal).load(row.id);
    return persons !== null && !motive;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Pourquoi les personnes ne me sont pas montrées',
  })
  async personsWithheldReason(
    @Parent() row: CaseEntity,
    @Context('req') req: object,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    const { persons, motive } = await this.personsLoader(req, principal).load(row.id);
    if (persons === null) return PERSONS_WITHHELD;
    return motive ? null : MOTIVE_REQUIRED;
  }

  @ResolveField(() => [CaseShareModel], { description: 'Partages ; visibles de qui peut partager' })
  async shares(
    @Parent() row: CaseEntity,
    @Context('req') req: object,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<CaseShareEntity[]> {
    const subject = await this.subjectLoader(req).load(row.id);
    if (!principal.ability.can('share', subject)) return [];
    return requestLoader(req, 'case.shares', (ids: readonly string[]) => this.work.sharesOf(ids)).load(
      row.id,
    );
  }

  @ResolveField(() => [CaseModel], { description: 'Dossiers liés que je peux lire' })
  async linkedCases(
    @Parent() row: CaseEntity,
    @Context('req') req: object,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    const ids = await requestLoader(req, 'case.linkedIds', (keys: readonly string[]) =>
      this.work.linkedIdsOf(keys),
    ).load(row.id);
    if (ids.length === 0) return [];
    const readable = await this.query.readableAmong(ids, principal, originOf(req as HttpRequestLike));
    return readable.sort((a, b) => a.reference.localeCompare(b.reference));
  }

  @ResolveField(() => CasePermissionsModel)
  async viewerCan(
    @Parent() row: CaseEntity,
    @Context('req') req: object,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<CasePermissionsModel> {
    const subject = await this.subjectLoader(req).load(row.id);
    const can = (action: 'update' | 'transition' | 'assign' | 'share' | 'changeSensitivity' | 'comment') =>
      principal.ability.can(action, subject);
    const readPersons = (await this.personsLoader(req, principal).load(row.id)).persons !== null;
    return {
      update: can('update'),
      transition: can('transition'),
      assign: can('assign'),
      share: can('share'),
      changeSensitivity: can('changeSensitivity'),
      comment: can('comment'),
      readPersons,
      editPersons: readPersons && can('update'),
    };
  }

  /** The persons the principal may read (null otherwise) and whether this session gave its motive. */
  private personsLoader(req: object, principal: RequestPrincipal) {
    return requestLoader<string, { persons: CasePersonEntity[] | null; motive: boolean }>(
      req,
      'case.persons',
      async (ids) => {
        const persons = await this.work.personsOf(ids, principal);
        const readable = ids.filter((_, index) => persons[index] !== null);
        const motives = await this.motives.given(principal.sessionId, readable);
        return ids.map((id, index) => ({ persons: persons[index], motive: motives.has(id) }));
      },
    );
  }

  private subjectLoader(req: object) {
    return requestLoader<string, CaseSubject>(req, 'case.subject', async (ids) => {
      const subjects = await this.query.subjects(ids);
      return ids.map((id) => subjects.get(id) ?? new Error('dossier manquant')) as CaseSubject[];
    });
  }
}

@Authenticated()
@Resolver(() => CaseConnectionModel)
export class CaseConnectionResolver {
  @ResolveField(() => Int)
  async totalCount(@Parent() connection: LazyCaseConnection): Promise<number> {
    return (await connection.counts()).reduce((sum, row) => sum + row.count, 0);
  }

  @ResolveField(() => [CaseStatusCountModel])
  countsByStatus(@Parent() connection: LazyCaseConnection) {
    return connection.counts();
  }
}

/** The organisation and case behind a referral or an action (the case is read through the policy). */
@Authenticated()
@Resolver(() => CaseAssignmentModel)
export class CaseAssignmentResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly query: CaseQueryService,
  ) {}

  @ResolveField(() => OrganizationModel)
  organization(@Parent() row: CaseAssignmentModel, @Context('req') req: object) {
    return organizationLoader(req, this.organizations).load(row.organizationId);
  }

  @ResolveField(() => CaseModel, { nullable: true, description: 'Le dossier, si je peux le lire' })
  case(
    @Parent() row: CaseAssignmentModel,
    @Context('req') req: object,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return readableCaseLoader(req, this.query, principal).load(row.caseId);
  }
}

@Authenticated()
@Resolver(() => CaseActionModel)
export class CaseActionResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly query: CaseQueryService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => OrganizationModel)
  organization(@Parent() row: CaseActionEntity, @Context('req') req: object) {
    return organizationLoader(req, this.organizations).load(row.organizationId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  assignee(@Parent() row: CaseActionEntity, @Context('req') req: object) {
    if (!row.assigneeUserId) return null;
    return userLoader(req, this.dataSource).load(row.assigneeUserId);
  }

  @ResolveField(() => Boolean, { description: 'Ouverte et échéance dépassée (heure de Paris)' })
  overdue(@Parent() row: CaseActionEntity): boolean {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
    return (row.status === 'TODO' || row.status === 'IN_PROGRESS') && row.dueOn !== null && row.dueOn < today;
  }

  @ResolveField(() => CaseModel, { nullable: true })
  case(
    @Parent() row: CaseActionEntity,
    @Context('req') req: object,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return readableCaseLoader(req, this.query, principal).load(row.caseId);
  }
}

@Authenticated()
@Resolver(() => CaseShareModel)
export class CaseShareResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => OrganizationModel, { nullable: true })
  organization(@Parent() row: CaseShareEntity, @Context('req') req: object) {
    return row.organizationId ? organizationLoader(req, this.organizations).load(row.organizationId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  user(@Parent() row: CaseShareEntity, @Context('req') req: object) {
    return row.userId ? userLoader(req, this.dataSource).load(row.userId) : null;
  }
}

@Authenticated()
@Resolver(() => CaseEventModel)
export class CaseEventResolver {
  @ResolveField(() => String)
  summary(@Parent() row: CaseEventEntity): string {
    return describeEvent(row.kind, row.data as Record<string, unknown>);
  }
}

/** The cases of a zone or of an organisation: the same policy-narrowed list, nested. */
@Authenticated()
@Resolver(() => ZoneModel)
export class ZoneCasesResolver {
  constructor(private readonly query: CaseQueryService) {}

  @ResolveField(() => CaseConnectionModel, {
    complexity: LIST_COMPLEXITY,
    description: 'Dossiers de la zone que je peux lire',
  })
  async cases(
    @Parent() zone: ZoneEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ) {
    return nestedCases(this.query, { zoneId: zone.id }, first, principal, req);
  }
}

@Authenticated()
@Resolver(() => OrganizationModel)
export class OrganizationCasesResolver {
  constructor(private readonly query: CaseQueryService) {}

  @ResolveField(() => CaseConnectionModel, {
    complexity: LIST_COMPLEXITY,
    description: 'Dossiers portés par l’organisation que je peux lire',
  })
  async cases(
    @Parent() organization: OrganizationEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ) {
    return nestedCases(this.query, { ownerOrganizationId: organization.id }, first, principal, req);
  }
}

async function nestedCases(
  query: CaseQueryService,
  filter: { zoneId?: string; ownerOrganizationId?: string },
  first: number | undefined,
  principal: RequestPrincipal,
  req: HttpRequestLike,
) {
  const page = await query.list(
    filter,
    first ?? 20,
    undefined,
    CaseOrder.UPDATED_DESC,
    principal,
    originOf(req),
  );
  return connectionOf(page, (current) => query.countsByStatus(current.countQuery()));
}

/** The people of a page (action assignees, named shares), in one query. */
function userLoader(req: object, dataSource: DataSource) {
  return requestLoader<string, UserEntity | null>(req, 'case.user', async (ids) =>
    inKeyOrder(
      ids,
      await dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) }),
      (u) => u.id,
      null,
    ),
  );
}

function readableCaseLoader(req: object, query: CaseQueryService, principal: RequestPrincipal) {
  return requestLoader<string, CaseEntity | null>(req, 'case.readableById', async (ids) =>
    inKeyOrder(
      ids,
      await query.readableAmong(ids, principal, originOf(req as HttpRequestLike)),
      (c) => c.id,
      null,
    ),
  );
}
