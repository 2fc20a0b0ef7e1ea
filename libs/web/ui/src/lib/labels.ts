import { Role as DomainRole, ROLE_LABELS } from '@continuum/domain';

/** GraphQL spells roles in capitals (`MANAGER`); the domain's labels are keyed in lower case. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role.toLowerCase() as DomainRole] ?? role;
}

export function roleLabels(roles: readonly string[]): string {
  return roles.map(roleLabel).join(', ');
}

/** Organisations of one commune: their reader looks at « ma commune ». */
const MUNICIPAL_TYPES = new Set(['MAIRIE', 'POLICE_MUNICIPALE', 'GARDE_CHAMPETRE']);

/**
 * The results page's name, in the navigation and as its title: « Résultats de ma commune » for a
 * mairie and its services, « Résultats des communes » for the cabinet and the département's services.
 */
export function resultsPageLabel(organizationType: string | null | undefined, cabinet: boolean): string {
  return !cabinet && organizationType && MUNICIPAL_TYPES.has(organizationType)
    ? 'Résultats de ma commune'
    : 'Résultats des communes';
}
