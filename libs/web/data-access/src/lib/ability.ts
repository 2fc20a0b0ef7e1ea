import { createMongoAbility } from '@casl/ability';
import { unpackRules } from '@casl/ability/extra';
import type { Action, AppAbility, PackedRules, SubjectName, SubjectRow } from '@continuum/domain';

export type { Action, AppAbility, SubjectName, SubjectRow };

/**
 * The permissions `me.rules` carries (packed CASL rules). The client only uses them to show or
 * hide actions: the server decides again on every request.
 */
export function abilityFromPackedRules(packed: unknown): AppAbility {
  const rules = Array.isArray(packed) ? unpackRules(packed as PackedRules) : [];
  return createMongoAbility(rules, {
    detectSubjectType: (subject: SubjectName | SubjectRow) =>
      typeof subject === 'string' ? subject : (subject.__typename ?? 'all'),
  }) as AppAbility;
}
