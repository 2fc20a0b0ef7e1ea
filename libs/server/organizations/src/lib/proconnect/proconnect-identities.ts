import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { DataSource } from 'typeorm';
import { type ProConnectIdentity, ProConnectRefused } from './proconnect.client';

export interface LinkedUser {
  id: string;
  organizationId: string;
  roles: Role[] | string;
  label: string;
}

export interface AccessRequestState {
  state: 'sent' | 'pending' | 'refused' | 'no-organization';
  organization: string | null;
}

interface AccountRow {
  id: string;
  email: string;
  organization_id: string;
  roles: Role[] | string;
  full_name: string;
  organization_name: string;
  proconnect_subject: string | null;
  disabled: boolean;
}

/** A refused request keeps its identity from asking again this long (the managers said no). */
const REFUSAL_DAYS = 30;

/**
 * Who a ProConnect identity is here. Linked by its subject; at its first login, by its e-mail to
 * the local account of that address (the subject is then recorded, and only it counts after). An
 * identity no account matches gets no account: an access request goes to the managers of the
 * organisation its SIRET names, and nothing opens until one of them approves.
 */
@Injectable()
export class ProConnectIdentities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async accountOf(
    identity: ProConnectIdentity,
    origin: RequestOrigin,
  ): Promise<{ kind: 'user'; user: LinkedUser } | { kind: 'request'; request: AccessRequestState }> {
    const [bySubject] = await this.accounts('u.proconnect_subject = $1', identity.subject);
    if (bySubject) return { kind: 'user', user: this.usable(bySubject) };

    const [byEmail] = await this.accounts('u.email = $1', identity.email);
    if (!byEmail) return { kind: 'request', request: await this.request(identity, origin) };
    if (byEmail.proconnect_subject) throw new ProConnectRefused('linked', byEmail.id);
    const user = this.usable(byEmail);
    // Conditional: two first logins at once link one subject, and never over another one.
    await this.dataSource
      .query(`update users set proconnect_subject = $2 where id = $1 and proconnect_subject is null`, [
        user.id,
        identity.subject,
      ])
      .catch((error: { code?: string }) => {
        if (error.code === '23505') throw new ProConnectRefused('linked', user.id);
        throw error;
      });
    const [linked] = await this.accounts('u.proconnect_subject = $1', identity.subject);
    if (linked?.id !== user.id) throw new ProConnectRefused('linked', user.id);
    await this.audit.record({
      action: 'auth.proconnect.linked',
      actor: { userId: user.id, organizationId: user.organizationId, label: user.label },
      subjectType: 'User',
      subjectId: user.id,
      origin,
      details: { email: identity.email, siret: identity.siret },
    });
    return { kind: 'user', user };
  }

  private async accounts(condition: string, value: string): Promise<AccountRow[]> {
    return this.dataSource.query(
      `select u.id, u.email, u.organization_id, u.roles, u.full_name, u.proconnect_subject,
              o.name as organization_name, (u.disabled_at is not null or o.disabled_at is not null) as disabled
         from users u join organizations o on o.id = u.organization_id
        where ${condition}`,
      [value],
    ) as Promise<AccountRow[]>;
  }

  private usable(row: AccountRow): LinkedUser {
    if (row.disabled) throw new ProConnectRefused('disabled', row.id);
    return {
      id: row.id,
      organizationId: row.organization_id,
      roles: row.roles,
      label: `${row.full_name} (${row.organization_name})`,
    };
  }

  /** The access request of an unknown agent: one pending per identity; journaled when made. */
  private async request(identity: ProConnectIdentity, origin: RequestOrigin): Promise<AccessRequestState> {
    const [organization] = (await this.dataSource.query(
      `select id, name from organizations where siret = $1 and disabled_at is null`,
      [identity.siret],
    )) as { id: string; name: string }[];
    if (!organization) {
      await this.audit.record({
        action: 'access-request.no-organization',
        origin,
        details: { email: identity.email, siret: identity.siret },
      });
      return { state: 'no-organization', organization: null };
    }
    const [refused] = (await this.dataSource.query(
      `select 1 from access_requests
        where subject = $1 and status = 'REFUSED' and decided_at > now() - make_interval(days => $2)`,
      [identity.subject, REFUSAL_DAYS],
    )) as unknown[];
    if (refused) return { state: 'refused', organization: organization.name };
    const inserted = (await this.dataSource.query(
      `insert into access_requests (subject, email, given_name, usual_name, siret, organization_id)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (subject) where status = 'PENDING' do nothing
       returning id`,
      [
        identity.subject,
        identity.email,
        identity.givenName.slice(0, 200),
        identity.usualName.slice(0, 200),
        identity.siret,
        organization.id,
      ],
    )) as { id: string }[];
    if (inserted.length === 0) return { state: 'pending', organization: organization.name };
    await this.audit.record({
      action: 'access-request.created',
      origin,
      subjectType: 'AccessRequest',
      subjectId: inserted[0].id,
      details: { email: identity.email, siret: identity.siret, organizationId: organization.id },
    });
    return { state: 'sent', organization: organization.name };
  }
}
