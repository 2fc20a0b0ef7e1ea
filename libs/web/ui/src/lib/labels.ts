import { Role as DomainRole, ROLE_LABELS } from '@continuum/domain';

/** GraphQL spells roles in capitals (`MANAGER`); the domain's labels are keyed in lower case. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role.toLowerCase() as DomainRole] ?? role;
}

export function roleLabels(roles: readonly string[]): string {
  return roles.map(roleLabel).join(', ');
}
