import { isPublicAuthority, OrganizationType } from '../organization-type';
import { Role } from '../role';
import { defineAbilityFor } from './ability';
import { Actor } from './actor';
import { ContractSubject } from './contract-subject';

const actor = (roles: Role[], type: OrganizationType, organizationId = 'org-1'): Actor => ({
  userId: 'user-1',
  organizationId,
  organizationType: type,
  publicAuthority: isPublicAuthority(type),
  roles,
});

const contract = (parties: string[], competent: string[] = []): ContractSubject => ({
  __typename: 'Contract',
  partyOrganizationIds: parties,
  competenceOrganizationIds: competent,
});

describe('The policy for contracts (CSI, PVD) and their commitments', () => {
  it('lets the cabinet create, edit, read and export every contract', () => {
    const cabinet = defineAbilityFor(actor([Role.COORDINATOR], OrganizationType.PREFECTURE));
    expect(cabinet.can('create', 'Contract')).toBe(true);
    expect(cabinet.can('read', contract(['other']))).toBe(true);
    expect(cabinet.can('update', contract(['other']))).toBe(true);
    expect(cabinet.can('export', contract(['other']))).toBe(true);
  });

  it.each([OrganizationType.MAIRIE, OrganizationType.GARDE_CHAMPETRE])(
    'lets a mairie (%s) create and edit the contracts of its communes only',
    (type) => {
      const mairie = defineAbilityFor(actor([Role.AGENT], type));
      expect(mairie.can('create', 'Contract')).toBe(true);
      expect(mairie.can('update', contract([], ['org-1']))).toBe(true);
      expect(mairie.can('update', contract([], ['other']))).toBe(false);
      expect(mairie.can('read', contract([], ['other']))).toBe(false);
    },
  );

  it('lets a party read and export, not edit; the owner of a commitment moves its status', () => {
    const police = defineAbilityFor(actor([Role.AGENT], OrganizationType.POLICE_NATIONALE));
    expect(police.can('read', contract(['org-1']))).toBe(true);
    expect(police.can('export', contract(['org-1']))).toBe(true);
    expect(police.can('update', contract(['org-1']))).toBe(false);
    expect(police.can('create', 'Contract')).toBe(false);
    expect(police.can('read', contract(['other']))).toBe(false);
    expect(police.can('update', { __typename: 'Commitment', ownerOrganizationId: 'org-1' })).toBe(true);
    expect(police.can('update', { __typename: 'Commitment', ownerOrganizationId: 'other' })).toBe(false);
  });

  it('gives the technical administration nothing, even as a party’s member', () => {
    const admin = defineAbilityFor(actor([Role.ADMIN], OrganizationType.PREFECTURE));
    expect(admin.can('read', contract(['org-1'], ['org-1']))).toBe(false);
    expect(admin.can('create', 'Contract')).toBe(false);
    expect(admin.can('update', { __typename: 'Commitment', ownerOrganizationId: 'org-1' })).toBe(false);
  });
});
