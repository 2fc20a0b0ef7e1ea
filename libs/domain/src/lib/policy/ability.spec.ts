import { isPublicAuthority, OrganizationType, ORGANIZATION_TYPES } from '../organization-type';
import { Role } from '../role';
import { Actor } from './actor';
import { abilityFromPacked, defineAbilityFor, packAbility } from './ability';
import { MeetingSubject } from './meeting-subject';

const actor = (roles: Role[], type = OrganizationType.MAIRIE, organizationId = 'org-mairie'): Actor => ({
  userId: 'user-1',
  organizationId,
  organizationType: type,
  publicAuthority: isPublicAuthority(type),
  roles,
});

describe('The policy for organisations and people', () => {
  it('lets everyone read the directory and the territory', () => {
    const ability = defineAbilityFor(actor([Role.AGENT], OrganizationType.BAILLEUR));
    for (const subject of ['Organization', 'User', 'Commune', 'Zone'] as const)
      expect(ability.can('read', subject)).toBe(true);
    expect(ability.can('read', 'AuditEntry')).toBe(false);
  });

  it('lets an agent administer nothing', () => {
    const ability = defineAbilityFor(actor([Role.AGENT]));
    expect(ability.can('create', 'User')).toBe(false);
    expect(ability.can('update', { __typename: 'User', organizationId: 'org-mairie' })).toBe(false);
    expect(ability.can('create', 'Organization')).toBe(false);
  });

  it('lets a manager manage the accounts of their own organisation only', () => {
    const ability = defineAbilityFor(actor([Role.MANAGER], OrganizationType.POLICE_MUNICIPALE, 'org-pm'));
    expect(ability.can('create', { __typename: 'User', organizationId: 'org-pm' })).toBe(true);
    expect(ability.can('disable', { __typename: 'User', organizationId: 'org-pm' })).toBe(true);
    expect(ability.can('create', { __typename: 'User', organizationId: 'org-bailleur' })).toBe(false);
    expect(ability.can('update', { __typename: 'Organization', id: 'org-pm' })).toBe(true);
    expect(ability.can('update', { __typename: 'Organization', id: 'org-bailleur' })).toBe(false);
    expect(ability.can('create', 'Organization')).toBe(false);
  });

  it('lets the admin manage every account and organisation, and read the journal', () => {
    const ability = defineAbilityFor(actor([Role.ADMIN], OrganizationType.PREFECTURE));
    expect(ability.can('create', { __typename: 'User', organizationId: 'anything' })).toBe(true);
    expect(ability.can('disable', 'Organization')).toBe(true);
    expect(ability.can('read', 'AuditEntry')).toBe(true);
  });

  it('lets the coordinator draw zones and read the journal, not manage accounts', () => {
    const ability = defineAbilityFor(actor([Role.COORDINATOR], OrganizationType.PREFECTURE));
    expect(ability.can('create', 'Zone')).toBe(true);
    expect(ability.can('read', 'AuditEntry')).toBe(true);
    expect(ability.can('create', 'User')).toBe(false);
  });

  it('lets the data-protection officer read and export the whole journal and answer subject access, nothing else', () => {
    const dpo = defineAbilityFor(actor([Role.DPO], OrganizationType.PREFECTURE, 'org-cabinet'));
    expect(dpo.can('read', 'AuditEntry')).toBe(true);
    expect(dpo.can('export', 'AuditEntry')).toBe(true);
    expect(dpo.can('answer', 'SubjectAccess')).toBe(true);
    expect(dpo.can('create', 'User')).toBe(false);
    expect(dpo.can('create', 'Zone')).toBe(false);
    // No case, meeting, plan, contract or video project: the DPO reads them through subject access only.
    for (const subject of [
      'Case',
      'CasePersons',
      'Meeting',
      'Plan',
      'Operation',
      'Presence',
      'Contract',
      'VideoProject',
      'IncidentAggregate',
      'ResultAggregate',
    ] as const)
      expect([subject, dpo.can('read', subject)]).toEqual([subject, false]);
    expect(dpo.can('create', 'Case')).toBe(false);
    expect(dpo.can('export', 'Case')).toBe(false);
  });

  it('keeps subject access and the journal’s export from the admin, the cabinet and agents', () => {
    for (const roles of [[Role.ADMIN], [Role.COORDINATOR], [Role.AGENT], [Role.MANAGER]]) {
      const ability = defineAbilityFor(actor(roles, OrganizationType.PREFECTURE));
      expect([roles, ability.can('answer', 'SubjectAccess')]).toEqual([roles, false]);
      expect([roles, ability.can('export', 'AuditEntry')]).toEqual([roles, false]);
    }
  });

  it('packs rules that the client unpacks into the same decisions', () => {
    const original = defineAbilityFor(actor([Role.MANAGER], OrganizationType.POLICE_MUNICIPALE, 'org-pm'));
    const restored = abilityFromPacked(JSON.parse(JSON.stringify(packAbility(original))));
    const probes = [
      { __typename: 'User' as const, organizationId: 'org-pm' },
      { __typename: 'User' as const, organizationId: 'org-other' },
      { __typename: 'Organization' as const, id: 'org-pm' },
      { __typename: 'Organization' as const, id: 'org-other' },
    ];
    for (const action of ['read', 'create', 'update', 'disable'] as const) {
      for (const probe of probes)
        expect([action, probe, restored.can(action, probe)]).toEqual([
          action,
          probe,
          original.can(action, probe),
        ]);
    }
  });
});

describe('The policy for meetings', () => {
  const meeting = (restricted: boolean): MeetingSubject => ({
    __typename: 'Meeting',
    secretaryUserId: 'user-secretary',
    chairOrganizationId: 'org-mairie',
    restricted,
    bodyOrganizationIds: ['org-mairie', 'org-transport', 'org-cabinet'],
    inviteeUserIds: ['user-invited'],
    groupMemberUserIds: ['user-member'],
  });
  const reads = (who: Actor, restricted: boolean) => defineAbilityFor(who).can('read', meeting(restricted));
  const transport = actor([Role.AGENT], OrganizationType.TRANSPORTEUR, 'org-transport');
  const chair = actor([Role.AGENT], OrganizationType.MAIRIE, 'org-mairie');
  const cabinet = actor([Role.COORDINATOR], OrganizationType.PREFECTURE, 'org-cabinet');
  const elsewhere = actor([Role.COORDINATOR], OrganizationType.PREFECTURE, 'org-sous-prefecture');
  const named = (userId: string) => ({ ...transport, userId });

  it('lets the member organisations of the body, the people convened, the secretary and the cabinet read a plenary', () => {
    for (const who of [transport, chair, cabinet, elsewhere, named('user-invited'), named('user-secretary')])
      expect(reads(who, false)).toBe(true);
    expect(reads(actor([Role.AGENT], OrganizationType.SECURITE_PRIVEE, 'org-securite'), false)).toBe(false);
  });

  it('keeps a restricted group’s meeting to its members with the charter signed, the people convened and the secretary', () => {
    for (const who of [named('user-member'), named('user-invited'), named('user-secretary')])
      expect(reads(who, true)).toBe(true);
    // L132-5: not the body's other organisations, not the chair, not the cabinet unless named.
    for (const who of [transport, chair, cabinet, elsewhere]) expect(reads(who, true)).toBe(false);
    expect(reads({ ...cabinet, userId: 'user-member' }, true)).toBe(true);
  });
});

describe('The policy for recorded incidents', () => {
  it('lets the prefect’s cabinet import and read them', () => {
    const ability = defineAbilityFor(actor([Role.COORDINATOR], OrganizationType.PREFECTURE, 'org-cabinet'));
    expect(ability.can('import', 'Incident')).toBe(true);
    expect(ability.can('read', 'Incident')).toBe(true);
  });

  it('lets nobody else import or read any: a mayor, a partner, the police, the technical administration', () => {
    const others = [
      actor([Role.AGENT], OrganizationType.MAIRIE, 'org-mairie'),
      actor([Role.MANAGER], OrganizationType.POLICE_NATIONALE, 'org-ddpn'),
      actor([Role.AGENT], OrganizationType.BAILLEUR, 'org-bailleur'),
      actor([Role.ADMIN], OrganizationType.PREFECTURE, 'org-sidsic'),
      actor([Role.DPO], OrganizationType.PREFECTURE, 'org-cabinet'),
      actor([Role.MANAGER], OrganizationType.PREFECTURE, 'org-cabinet'),
    ];
    for (const who of others) {
      expect([who.roles, who.organizationType, defineAbilityFor(who).can('read', 'Incident')]).toEqual([
        who.roles,
        who.organizationType,
        false,
      ]);
      expect(defineAbilityFor(who).can('import', 'Incident')).toBe(false);
    }
  });
});

describe('The policy for the diagnostic’s figures (aggregates)', () => {
  it('lets the cabinet read them all, mayors and partners those of their own territory only', () => {
    const cabinet = defineAbilityFor(actor([Role.COORDINATOR], OrganizationType.PREFECTURE, 'org-cabinet'));
    expect(cabinet.can('read', 'IncidentAggregate')).toBe(true);
    const mayor = defineAbilityFor(actor([Role.AGENT], OrganizationType.MAIRIE, 'org-mairie'));
    expect(mayor.rulesFor('read', 'IncidentAggregate').map((rule) => rule.conditions)).toEqual([
      { competenceOrganizationIds: 'org-mairie' },
    ]);
  });

  it('gives the technical administration none of them', () => {
    const admin = defineAbilityFor(actor([Role.ADMIN], OrganizationType.PREFECTURE, 'org-sidsic'));
    expect(admin.can('read', 'IncidentAggregate')).toBe(false);
  });
});

describe('Organisation types', () => {
  it('marks State services, URSSAF and municipalities as public authorities, everyone else not', () => {
    const publicOnes = Object.entries(ORGANIZATION_TYPES)
      .filter(([, info]) => info.publicAuthority)
      .map(([type]) => type)
      .sort();
    expect(publicOnes).toEqual(
      [
        'ARS',
        'DDFIP',
        'DOUANES',
        'EDUCATION_NATIONALE',
        'GARDE_CHAMPETRE',
        'GENDARMERIE',
        'MAIRIE',
        'PARQUET',
        'POLICE_MUNICIPALE',
        'POLICE_NATIONALE',
        'PREFECTURE',
        'URSSAF',
      ].sort(),
    );
    expect(isPublicAuthority(OrganizationType.BAILLEUR)).toBe(false);
    expect(isPublicAuthority(OrganizationType.TRANSPORTEUR)).toBe(false);
  });
});
