/** Roles held by a user within their organisation. `secretary` comes with coordination bodies. */
export enum Role {
  AGENT = 'agent',
  MANAGER = 'manager',
  COORDINATOR = 'coordinator',
  ADMIN = 'admin',
  /** The data-protection officer: the journal, retention, subject access; no case content otherwise. */
  DPO = 'dpo',
}

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  [Role.AGENT]: 'Agent',
  [Role.MANAGER]: 'Responsable',
  [Role.COORDINATOR]: 'Coordination (cabinet du préfet)',
  [Role.ADMIN]: 'Administration technique',
  [Role.DPO]: 'Protection des données (DPD)',
};

/** Roles a manager may hand out inside their own organisation. */
export const ROLES_A_MANAGER_MAY_GRANT: readonly Role[] = [Role.AGENT, Role.MANAGER];

/**
 * Roles no one gives alone: granting one writes a pending grant that another administrator
 * approves (neither the one who asked nor the person it is for).
 */
export const ROLES_NEEDING_A_SECOND_PERSON: readonly Role[] = [Role.COORDINATOR, Role.ADMIN, Role.DPO];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (Object.values(Role) as string[]).includes(value);
}
