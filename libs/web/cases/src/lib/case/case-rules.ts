/**
 * What the case page offers, decided from the case as the server sent it (`viewerCan`, referrals,
 * shares) and the viewer's organisation. Pure, so that it is tested without Angular; the server
 * decides again on every request.
 */
export interface CaseForRules {
  viewerCan: { update: boolean };
  owner: { id: string; name: string };
  assignments: readonly { status: string; organization: { id: string; name: string } }[];
  shares: readonly { organization: { id: string; name: string } | null }[];
}

export interface ActionPermissions {
  /** May plan an action (owner: for any organisation involved; accepted assignee: for itself). */
  canAdd: boolean;
  /** The organisations an action may be given to, the default first. */
  organizations: { id: string; name: string }[];
  /** The organisation in charge of an action updates it, and so does the owner. */
  canUpdate(actionOrganizationId: string): boolean;
}

export function actionPermissions(
  item: CaseForRules,
  viewerOrganization: { id: string; name: string } | null,
): ActionPermissions {
  const mine = viewerOrganization?.id ?? null;
  const owner = item.viewerCan.update;
  const accepted =
    mine !== null && item.assignments.some((a) => a.organization.id === mine && a.status === 'ACCEPTED');
  let organizations: { id: string; name: string }[] = [];
  if (owner) {
    const involved = new Map<string, { id: string; name: string }>([[item.owner.id, item.owner]]);
    for (const referral of item.assignments)
      if (referral.status !== 'DECLINED') involved.set(referral.organization.id, referral.organization);
    for (const share of item.shares)
      if (share.organization) involved.set(share.organization.id, share.organization);
    organizations = [...involved.values()];
  } else if (accepted && viewerOrganization) {
    organizations = [viewerOrganization];
  }
  return {
    canAdd: organizations.length > 0,
    organizations,
    canUpdate: (actionOrganizationId) => owner || (mine !== null && actionOrganizationId === mine),
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An optional calendar day as `<input type="date">` gives it (`AAAA-MM-JJ`). */
export function dateError(control: { value: unknown }): { invalid: string } | null {
  const value = control.value;
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || !DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    return { invalid: 'Date invalide : choisissez un jour, par exemple 31/12/2025.' };
  return null;
}

/**
 * A due date chosen now is today or later (the server refuses the past too); the date the record
 * already holds (`kept`) may stay as it is, even past.
 */
export function notPastDate(
  today: () => string,
  kept: () => string | null = () => null,
): (control: { value: unknown }) => { invalid: string } | null {
  return (control) => {
    const value = control.value;
    if (typeof value !== 'string' || !DAY.test(value) || value === kept()) return null;
    return value < today()
      ? { invalid: 'Cette date est passée : choisissez aujourd’hui ou un jour à venir.' }
      : null;
  };
}
