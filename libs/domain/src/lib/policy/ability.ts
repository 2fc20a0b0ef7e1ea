import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import { packRules, PackRule, unpackRules } from '@casl/ability/extra';
import { Role } from '../role';
import { Actor, hasRole } from './actor';

export type Action = 'manage' | 'read' | 'create' | 'update' | 'disable';
export type SubjectName = 'all' | 'Organization' | 'User' | 'Commune' | 'Zone' | 'AuditEntry';

/** The shape a subject takes when the policy is asked about one row. */
export interface SubjectRow {
  __typename?: SubjectName;
  id?: string;
  organizationId?: string;
}

export type AppAbility = MongoAbility<[Action, SubjectName | SubjectRow]>;

/**
 * The one definition of who may do what (SHARING.md). The server compiles the same rules to SQL
 * for reads, and sends them packed to the client, which only uses them to show or hide actions.
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);

  // The directory and the territory are shared by everyone on the platform.
  can('read', ['Organization', 'User', 'Commune', 'Zone']);

  if (hasRole(actor, Role.MANAGER)) {
    can(['create', 'update', 'disable'], 'User', { organizationId: actor.organizationId });
    can('update', 'Organization', { id: actor.organizationId });
  }
  if (hasRole(actor, Role.COORDINATOR)) {
    can(['create', 'update'], 'Zone');
    can('read', 'AuditEntry');
  }
  if (hasRole(actor, Role.ADMIN)) {
    // Technical administration: accounts and organisations; never case content (later subjects).
    can(['create', 'update', 'disable'], ['User', 'Organization']);
    can(['create', 'update'], 'Zone');
    can('read', 'AuditEntry');
  }

  return build({ detectSubjectType });
}

function detectSubjectType(subject: SubjectName | SubjectRow): SubjectName {
  return typeof subject === 'string' ? subject : (subject.__typename ?? 'all');
}

export type PackedRules = PackRule<AppAbility['rules'][number]>[];

/** The rules in the compact form `me` sends to the client (`unpackRules` restores them). */
export function packAbility(ability: AppAbility): PackedRules {
  return packRules(ability.rules);
}

/** The ability the client rebuilds from `me.rules`, deciding exactly as the server does. */
export function abilityFromPacked(rules: PackedRules): AppAbility {
  return createMongoAbility<[Action, SubjectName | SubjectRow]>(unpackRules(rules), { detectSubjectType });
}
