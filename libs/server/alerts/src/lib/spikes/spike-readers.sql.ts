import { type AppAbility, Role } from '@continuum/domain';
import { policyCondition, type SqlCondition } from '@continuum/server/platform';

/**
 * Who may hear of a spike: the readers of the diagnostic's figures (the policy's `read
 * IncidentAggregate`, libs/domain's ability) for at least one commune of the alert's territory, in
 * set form for the fan-out's statement — the cabinet; an agent or a manager whose organisation is
 * competent there (or département-wide). The technical administration, which reads no figure, hears
 * of none; the policy's differential test in `spikes.workers.int-spec.ts` holds the two together.
 */
export function spikeReadersCondition(user: string, organization: string, communes: string): string {
  return `('${Role.COORDINATOR}' = any(${user}.roles)
    or (('${Role.AGENT}' = any(${user}.roles) or '${Role.MANAGER}' = any(${user}.roles))
        and (${organization}.whole_departement
             or exists (select 1 from organization_competence_communes sc
                         where sc.organization_id = ${organization}.id and sc.commune_code = any(${communes})))))`;
}

/**
 * The same rule for one reader, compiled from their ability (the policy's `read IncidentAggregate`)
 * on an alert row `alert`: the notification centre applies it again at every read, so that a spike
 * disappears from the centre of someone who may no longer read the figures of its zones.
 */
export function readableSpike(ability: AppAbility, alert: string): SqlCondition {
  return policyCondition(
    ability,
    'read',
    'IncidentAggregate',
    {
      competenceOrganizationIds: {
        kind: 'membership',
        sql: (placeholder) =>
          `exists (select 1 from organizations so where so.id = ${placeholder} and (so.whole_departement
             or exists (select 1 from organization_competence_communes sc
                          join zone_communes sz on sz.commune_code = sc.commune_code
                         where sc.organization_id = so.id and sz.zone_id = any(${alert}.zone_ids))
             or exists (select 1 from organization_competence_communes sc
                         where sc.organization_id = so.id and sc.commune_code = any(${alert}.commune_codes))))`,
      },
    },
    'spike_figures',
  );
}
