import { Role } from '@continuum/domain';

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
