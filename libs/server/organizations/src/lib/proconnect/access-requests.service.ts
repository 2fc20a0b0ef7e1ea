import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { conflict, forbidden, notFound, type RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { AccessRequestStatus } from './access-request.entity';
import type { AccessRequestModel } from './access-request.models';

interface RequestRow {
  id: string;
  subject: string;
  email: string;
  given_name: string;
  usual_name: string;
  siret: string | null;
  organization_id: string;
  organization_name: string;
  status: AccessRequestStatus;
  requested_at: Date;
  decided_at: Date | null;
}

const COLUMNS = `r.id, r.subject, r.email, r.given_name, r.usual_name, r.siret, r.organization_id,
  o.name as organization_name, r.status, r.requested_at, r.decided_at`;

/**
 * The access requests of agents ProConnect identified and Continuum did not know. Read and decided
 * by the managers of the organisation the request names — the rule sits in each statement's WHERE;
 * a decision is a conditional update on a pending request, so that of two managers deciding at
 * once one decides and the other is told it is done. Approving creates the account (role agent,
 * linked to the ProConnect identity, no password); both decisions are journaled.
 */
@Injectable()
export class AccessRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The pending requests the principal may decide: none unless a manager, their organisation's only. */
  async pending(principal: RequestPrincipal): Promise<AccessRequestModel[]> {
    const rows = (await this.dataSource.query(
      `select ${COLUMNS} from access_requests r join organizations o on o.id = r.organization_id
        where r.status = 'PENDING' and r.organization_id = $1 and $2::boolean
        order by r.requested_at, r.id`,
      [principal.actor.organizationId, isManager(principal)],
    )) as RequestRow[];
    return rows.map(modelOf);
  }

  async approve(id: string, principal: RequestPrincipal, origin: RequestOrigin): Promise<AccessRequestModel> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.decide(manager, id, principal, AccessRequestStatus.APPROVED, null);
      const created = (await manager.query(
        `insert into users (email, full_name, organization_id, roles, proconnect_subject)
         values ($1, $2, $3, '{agent}', $4)
         on conflict do nothing returning id`,
        [row.email, `${row.given_name} ${row.usual_name}`, row.organization_id, row.subject],
      )) as { id: string }[];
      if (created.length === 0)
        throw conflict(
          'email',
          `Un compte existe déjà pour ${row.email} (ou pour cette identité ProConnect) : l’agent peut se connecter avec lui.`,
        );
      await manager.query(`update access_requests set user_id = $2 where id = $1`, [id, created[0].id]);
      await this.journal(manager, 'access-request.approved', row, principal, origin, {
        userId: created[0].id,
        email: row.email,
      });
      return modelOf(row);
    });
  }

  async refuse(
    id: string,
    reason: string | null,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<AccessRequestModel> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.decide(manager, id, principal, AccessRequestStatus.REFUSED, reason);
      await this.journal(manager, 'access-request.refused', row, principal, origin, { email: row.email });
      return modelOf(row);
    });
  }

  /** The pending request, decided now by this manager of its organisation; or why not. */
  private async decide(
    manager: EntityManager,
    id: string,
    principal: RequestPrincipal,
    status: AccessRequestStatus,
    reason: string | null,
  ): Promise<RequestRow> {
    if (!isManager(principal))
      throw forbidden('Seuls les responsables de l’organisation décident des demandes d’accès.');
    const [updated] = (await manager.query(
      `with decided as (
         update access_requests set status = $3, decided_by_user_id = $4, decided_at = now(), reason = $5
          where id = $1 and organization_id = $2 and status = 'PENDING'
          returning *)
       select ${COLUMNS} from decided r join organizations o on o.id = r.organization_id`,
      [id, principal.actor.organizationId, status, principal.actor.userId, reason],
    )) as RequestRow[];
    if (updated) return updated;
    const [existing] = (await manager.query(
      `select status from access_requests where id = $1 and organization_id = $2`,
      [id, principal.actor.organizationId],
    )) as { status: AccessRequestStatus }[];
    if (!existing) throw notFound('Demande d’accès introuvable.');
    throw conflict(
      'accessRequest',
      existing.status === AccessRequestStatus.APPROVED
        ? 'Cette demande d’accès a déjà été approuvée.'
        : 'Cette demande d’accès a déjà été refusée.',
    );
  }

  private journal(
    manager: EntityManager,
    action: string,
    row: RequestRow,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actor: {
          userId: principal.actor.userId,
          organizationId: principal.actor.organizationId,
          label: principal.label,
        },
        subjectType: 'AccessRequest',
        subjectId: row.id,
        origin,
        details,
      },
      manager,
    );
  }
}

function isManager(principal: RequestPrincipal): boolean {
  return principal.actor.roles.includes(Role.MANAGER);
}

function modelOf(row: RequestRow): AccessRequestModel {
  return {
    id: row.id,
    email: row.email,
    givenName: row.given_name,
    usualName: row.usual_name,
    siret: row.siret,
    organizationName: row.organization_name,
    status: row.status,
    requestedAt: new Date(row.requested_at),
    decidedAt: row.decided_at ? new Date(row.decided_at) : null,
  };
}
