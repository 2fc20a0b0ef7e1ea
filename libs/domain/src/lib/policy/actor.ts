import { OrganizationType } from '../organization-type';
import { Role } from '../role';

/** Who is asking: everything the sharing policy needs to decide, loaded once per request. */
export interface Actor {
  userId: string;
  organizationId: string;
  organizationType: OrganizationType;
  publicAuthority: boolean;
  roles: readonly Role[];
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}
