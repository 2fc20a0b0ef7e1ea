import { ProposalStatus } from '../dialogue/proposal';
import { isPublicAuthority, OrganizationType } from '../organization-type';
import { Role } from '../role';
import { defineAbilityFor } from './ability';
import { Actor } from './actor';
import { ProposalSubject } from './proposal-subject';

const actor = (roles: Role[], type: OrganizationType, organizationId = 'org-1'): Actor => ({
  userId: 'user-1',
  organizationId,
  organizationType: type,
  publicAuthority: isPublicAuthority(type),
  roles,
});

/** A proposal of a commune where `org-1` is competent (the SQL decides that; here it is given). */
const proposal = (status: ProposalStatus, authorOrganizationId: string | null = null): ProposalSubject => ({
  __typename: 'Proposal',
  status,
  authorOrganizationId,
  competenceOrganizationIds: ['org-1'],
});

describe('The policy for proposals (who moderates, triages and reads them)', () => {
  it('lets the cabinet read every proposal and its contact data, moderate a pending one and triage a released one', () => {
    const cabinet = defineAbilityFor(actor([Role.COORDINATOR], OrganizationType.PREFECTURE));
    expect(cabinet.can('read', proposal(ProposalStatus.PENDING))).toBe(true);
    expect(cabinet.can('read', 'ProposalContact')).toBe(true);
    expect(cabinet.can('moderate', proposal(ProposalStatus.PENDING))).toBe(true);
    expect(cabinet.can('moderate', proposal(ProposalStatus.RELEASED))).toBe(false);
    expect(cabinet.can('triage', proposal(ProposalStatus.RELEASED))).toBe(true);
    expect(cabinet.can('triage', proposal(ProposalStatus.ANSWERED))).toBe(false);
    expect(cabinet.can('create', 'Proposal')).toBe(false);
  });

  it.each([OrganizationType.MAIRIE, OrganizationType.GARDE_CHAMPETRE])(
    'lets a mairie (%s) submit, follow its own from the start, and read and triage its commune’s once released',
    (type) => {
      const mairie = defineAbilityFor(actor([Role.AGENT], type));
      expect(mairie.can('create', 'Proposal')).toBe(true);
      expect(mairie.can('read', proposal(ProposalStatus.PENDING, 'org-1'))).toBe(true);
      expect(mairie.can('read', proposal(ProposalStatus.PENDING))).toBe(false);
      expect(mairie.can('read', proposal(ProposalStatus.REJECTED))).toBe(false);
      expect(mairie.can('read', proposal(ProposalStatus.MERGED))).toBe(true);
      expect(mairie.can('triage', proposal(ProposalStatus.RELEASED))).toBe(true);
      expect(mairie.can('triage', proposal(ProposalStatus.PENDING, 'org-1'))).toBe(false);
      expect(mairie.can('moderate', proposal(ProposalStatus.PENDING, 'org-1'))).toBe(false);
      expect(mairie.can('read', 'ProposalContact')).toBe(false);
    },
  );

  it.each([
    ['the police municipale', actor([Role.MANAGER], OrganizationType.POLICE_MUNICIPALE)],
    ['the police', actor([Role.AGENT], OrganizationType.POLICE_NATIONALE)],
    ['a private partner', actor([Role.AGENT], OrganizationType.BAILLEUR)],
    ['the technical administration', actor([Role.ADMIN], OrganizationType.PREFECTURE)],
    ['the data-protection officer', actor([Role.DPO], OrganizationType.PREFECTURE)],
  ])('gives %s nothing of the proposals', (_who, someone) => {
    const ability = defineAbilityFor(someone);
    for (const action of ['read', 'create', 'moderate', 'triage'] as const)
      expect(ability.can(action, 'Proposal')).toBe(false);
    expect(ability.can('read', 'ProposalContact')).toBe(false);
  });
});
