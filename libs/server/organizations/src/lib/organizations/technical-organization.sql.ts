import { Role } from '@continuum/domain';

const BUSINESS_ROLES = [Role.AGENT, Role.MANAGER, Role.COORDINATOR].map((role) => `'${role}'`).join(', ');

/**
 * Whether the organisation aliased `o` is the platform's technical administration (« Préfecture du
 * Loiret — SIDSIC »): its active members are administrators only — they run the platform and work
 * no case. It is neither a referral target nor a decision's pilot. There is no flag to set: an
 * organisation becomes a partner again as soon as one of its members holds a business role, and an
 * organisation without members yet is not treated as technical.
 */
export function technicalOrganizationSql(o = 'o'): string {
  return `(exists (select 1 from users tu where tu.organization_id = ${o}.id and tu.disabled_at is null)
    and not exists (select 1 from users tu where tu.organization_id = ${o}.id and tu.disabled_at is null
                      and tu.roles && array[${BUSINESS_ROLES}]::user_role[]))`;
}

/** Whether this organisation is the technical administration (see `technicalOrganizationSql`). */
export async function isTechnicalOrganization(
  db: { query(sql: string, params: unknown[]): Promise<unknown[]> },
  organizationId: string,
): Promise<boolean> {
  const rows = await db.query(
    `select 1 from organizations o where o.id = $1 and ${technicalOrganizationSql('o')}`,
    [organizationId],
  );
  return rows.length > 0;
}
