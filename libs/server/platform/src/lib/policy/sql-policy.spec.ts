import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import {
  Actor,
  AppAbility,
  CASE_POLICY_FIELDS,
  defineAbilityFor,
  isPublicAuthority,
  OrganizationType,
  Role,
  Sensitivity,
} from '@continuum/domain';
import { PolicyField, policyCondition } from './sql-policy';

type Can = AbilityBuilder<AppAbility>['can'];
type Cannot = AbilityBuilder<AppAbility>['cannot'];

/** An ability from hand-written rules, to reach operators the real policy does not use. */
function abilityWith(define: (can: Can, cannot: Cannot) => void): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  define(can, cannot);
  return build({
    detectSubjectType: (subject) => (typeof subject === 'string' ? subject : (subject.__typename ?? 'all')),
  });
}

/** One rule `read Case` with these conditions, compiled. */
function compileRule(conditions: object, prefix?: string) {
  const ability = abilityWith((can) => can('read', 'Case', conditions as never));
  return policyCondition(ability, 'read', 'Case', FIELDS, prefix);
}

/** Exactly the fields of `CaseSubject`: two columns, the sets as memberships in a subquery. */
const FIELDS: Record<string, PolicyField> = Object.fromEntries(
  CASE_POLICY_FIELDS.map((field): [string, PolicyField] => [
    field,
    field === 'sensitivity' || field === 'ownerOrganizationId'
      ? { kind: 'column', sql: `c.${field}` }
      : {
          kind: 'membership',
          sql: (placeholder, many) =>
            `c.id in (select case_id from ${field} where x ${many ? `= any(${placeholder})` : `= ${placeholder}`})`,
        },
  ]),
);

const actor = (type: OrganizationType, roles: Role[] = [Role.AGENT]): Actor => ({
  userId: 'user-1',
  organizationId: 'org-1',
  organizationType: type,
  publicAuthority: isPublicAuthority(type),
  roles,
});

describe('policyCondition: the CASL rules compiled to one SQL condition', () => {
  it('denies by default: no rule for the action and subject gives `false`', () => {
    const ability = abilityWith((can) => can('read', 'Organization'));
    expect(policyCondition(ability, 'read', 'Case', FIELDS)).toEqual({ sql: 'false', params: {} });
    expect(policyCondition(ability, 'update', 'Organization', FIELDS)).toEqual({ sql: 'false', params: {} });
    // A private partner has no rule at all on nominative data.
    const bailleur = defineAbilityFor(actor(OrganizationType.BAILLEUR));
    expect(policyCondition(bailleur, 'read', 'CasePersons', FIELDS)).toEqual({ sql: 'false', params: {} });
  });

  it('gives `true` for a rule without conditions', () => {
    const ability = abilityWith((can) => can('read', 'Case'));
    expect(policyCondition(ability, 'read', 'Case', FIELDS)).toEqual({ sql: 'true', params: {} });
  });

  it('throws on a field it cannot translate rather than dropping the condition', () => {
    expect(() => compileRule({ title: 'secret' })).toThrow('policy field "title" has no SQL translation');
    // Even next to fields it knows, and in an inverted rule.
    const inverted = abilityWith((can, cannot) => {
      can('read', 'Case', { sensitivity: Sensitivity.GREEN });
      cannot('read', 'Case', { createdByUserId: 'user-1' } as never);
    });
    expect(() => policyCondition(inverted, 'read', 'Case', FIELDS)).toThrow(
      'policy field "createdByUserId" has no SQL translation',
    );
  });

  it('throws on an operator it cannot translate', () => {
    expect(() => compileRule({ sensitivity: { $gt: 'AMBER' } })).toThrow(
      'policy operator "gt" on "sensitivity" has no SQL translation',
    );
    expect(() => compileRule({ involvedOrganizationIds: { $ne: 'org-1' } })).toThrow(
      'policy operator "ne" on "involvedOrganizationIds" has no SQL translation',
    );
  });

  it('compiles eq, in, ne and nin on a column, and null as is (not) null', () => {
    expect(compileRule({ sensitivity: 'RED' })).toEqual({
      sql: 'c.sensitivity = :policy_0',
      params: { policy_0: 'RED' },
    });
    expect(compileRule({ sensitivity: { $in: ['CLEAR', 'GREEN'] } })).toEqual({
      sql: 'c.sensitivity = any(:policy_0)',
      params: { policy_0: ['CLEAR', 'GREEN'] },
    });
    expect(compileRule({ sensitivity: { $ne: 'RED' } })).toEqual({
      sql: 'c.sensitivity is distinct from :policy_0',
      params: { policy_0: 'RED' },
    });
    expect(compileRule({ sensitivity: { $nin: ['RED'] } })).toEqual({
      sql: 'not (c.sensitivity = any(:policy_0))',
      params: { policy_0: ['RED'] },
    });
    expect(compileRule({ ownerOrganizationId: null })).toEqual({
      sql: 'c.ownerOrganizationId is null',
      params: {},
    });
    expect(compileRule({ ownerOrganizationId: { $ne: null } })).toEqual({
      sql: 'c.ownerOrganizationId is not null',
      params: {},
    });
  });

  it('compiles eq and in on a set as a membership in its subquery, one value or many', () => {
    expect(compileRule({ involvedOrganizationIds: 'org-1' })).toEqual({
      sql: 'c.id in (select case_id from involvedOrganizationIds where x = :policy_0)',
      params: { policy_0: 'org-1' },
    });
    expect(compileRule({ readerUserIds: { $in: ['user-1', 'user-2'] } })).toEqual({
      sql: 'c.id in (select case_id from readerUserIds where x = any(:policy_0))',
      params: { policy_0: ['user-1', 'user-2'] },
    });
  });

  it('ORs the rules, ANDs the conditions of a rule, and applies an inverted rule to each', () => {
    const ability = abilityWith((can, cannot) => {
      can('read', 'Case', { sensitivity: { $in: [Sensitivity.CLEAR, Sensitivity.GREEN] } });
      can('read', 'Case', { sensitivity: Sensitivity.AMBER, involvedOrganizationIds: 'org-1' });
      cannot('read', 'Case', { ownerOrganizationId: 'org-9' });
    });
    expect(policyCondition(ability, 'read', 'Case', FIELDS)).toEqual({
      sql:
        '((c.sensitivity = :policy_0 and c.id in (select case_id from involvedOrganizationIds where x = :policy_1)' +
        ' and not (c.ownerOrganizationId = :policy_2))' +
        ' or (c.sensitivity = any(:policy_3) and not (c.ownerOrganizationId = :policy_4)))',
      params: {
        policy_0: 'AMBER',
        policy_1: 'org-1',
        policy_2: 'org-9',
        policy_3: ['CLEAR', 'GREEN'],
        policy_4: 'org-9',
      },
    });
  });

  it('names parameters `<prefix>_<n>` from 0, so that two conditions share a query without clashing', () => {
    expect(compileRule({ sensitivity: 'RED' }, 'c_read').params).toEqual({ c_read_0: 'RED' });
    const ability = defineAbilityFor(actor(OrganizationType.POLICE_NATIONALE));
    const cases = policyCondition(ability, 'read', 'Case', FIELDS, 'c_read');
    const persons = policyCondition(ability, 'read', 'CasePersons', FIELDS, 'c_persons');
    for (const [prefix, { sql, params }] of [
      ['c_read', cases],
      ['c_persons', persons],
    ] as const) {
      const names = Object.keys(params);
      expect(names).toEqual(names.map((_, n) => `${prefix}_${n}`));
      // Every placeholder has its parameter and every parameter is used.
      const placeholders = [...sql.matchAll(/:(\w+)/g)].map((match) => match[1]);
      expect([...placeholders].sort()).toEqual([...names].sort());
    }
  });

  it('translates every rule of the real policy, for every organisation type and role', () => {
    for (const type of Object.values(OrganizationType))
      for (const role of Object.values(Role)) {
        const ability = defineAbilityFor(actor(type, [role]));
        for (const subject of ['Case', 'CasePersons'] as const)
          expect(() => policyCondition(ability, 'read', subject, FIELDS)).not.toThrow();
      }
    // A coordinator of a private type still has no persons rule: nominative data is for public authorities.
    const privateCoordinator = defineAbilityFor(actor(OrganizationType.ENTREPRISE, [Role.COORDINATOR]));
    expect(policyCondition(privateCoordinator, 'read', 'CasePersons', FIELDS).sql).toBe('false');
    const publicAgent = policyCondition(
      defineAbilityFor(actor(OrganizationType.MAIRIE)),
      'read',
      'CasePersons',
      FIELDS,
    );
    expect(publicAgent.sql).toContain('personsOrganizationIds');
    expect(Object.values(publicAgent.params)).toEqual(
      expect.arrayContaining([Sensitivity.RED, 'org-1', 'user-1']),
    );
  });
});
