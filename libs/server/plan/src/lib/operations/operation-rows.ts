import type { AppAbility } from '@continuum/domain';
import { reportableOperations, updatableOperations } from '../policy/plan-policy.sql';

/**
 * The columns of an operation as `OperationRow` reads them, for an operation aliased `o`: its
 * zone, communes, organiser, participants and objectives in the same statement (one row per
 * operation), and what the reader may do with it, decided by the policy inside the statement.
 */
export function operationColumns(ability: AppAbility): { sql: string; params: Record<string, unknown> } {
  const update = updatableOperations(ability, 'o');
  const report = reportableOperations(ability, 'o');
  return {
    sql: `o.id, o.reference, o.title, o.kind, o.status, o.description, o.starts_at as "startsAt", o.ends_at as "endsAt",
      o.updated_at as "updatedAt", o.status_changed_at as "statusChangedAt",
      o.organizer_organization_id as "organizerOrganizationId",
      (select json_build_object('id', z.id, 'name', z.name) from zones z where z.id = o.zone_id) as zone,
      coalesce((select json_agg(json_build_object('code', cm.code, 'name', cm.name) order by cm.name)
                  from communes cm where cm.code = any(o.commune_codes)), '[]') as communes,
      (select json_build_object('id', g.id, 'name', g.name, 'type', g.type)
         from organizations g where g.id = o.organizer_organization_id) as organizer,
      coalesce((select json_agg(json_build_object('id', g.id, 'name', g.name, 'type', g.type) order by g.name)
                  from operation_participants p join organizations g on g.id = p.organization_id
                 where p.operation_id = o.id), '[]') as participants,
      coalesce((select array_agg(x.lineage_id order by x.lineage_id) from operation_objectives x
                 where x.operation_id = o.id), '{}') as "objectiveLineageIds",
      (${update.sql}) as "canUpdate",
      (${report.sql}) as "canReport"`,
    params: { ...update.params, ...report.params },
  };
}
