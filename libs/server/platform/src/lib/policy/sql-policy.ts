import { rulesToAST } from '@casl/ability/extra';
import type { Action, AppAbility, SubjectName } from '@continuum/domain';
import { CompoundCondition, Condition, FieldCondition } from '@ucast/core';

/**
 * How a policy field reads in SQL: a column of the row, or a membership in a set that a
 * subquery returns (the subquery receives the parameter placeholder to compare with).
 */
export type PolicyField =
  | { kind: 'column'; sql: string }
  | { kind: 'membership'; sql: (placeholder: string, many: boolean) => string };

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Compiles the CASL rules of `ability` for (action, subject) into one SQL condition, so that the
 * database returns only what the policy allows: lists, counts and single reads alike. No rule
 * means `false` (default deny). A rule on a field the map does not know is a programming error.
 */
export function policyCondition(
  ability: AppAbility,
  action: Action,
  subject: SubjectName,
  fields: Record<string, PolicyField>,
  paramPrefix = 'policy',
): SqlCondition {
  const ast = rulesToAST(ability, action, subject);
  const params: Record<string, unknown> = {};
  if (ast === null) return { sql: 'false', params };
  let counter = 0;
  const param = (value: unknown): string => {
    const name = `${paramPrefix}_${counter++}`;
    params[name] = value;
    return `:${name}`;
  };

  const compile = (condition: Condition): string => {
    if (condition instanceof CompoundCondition || Array.isArray(condition.value)) {
      if (['and', 'or', 'not'].includes(condition.operator)) {
        const parts = (condition.value as Condition[]).map(compile);
        if (condition.operator === 'not') return `not (${parts.join(' and ') || 'true'})`;
        if (parts.length === 0) return condition.operator === 'and' ? 'true' : 'false';
        return `(${parts.join(condition.operator === 'and' ? ' and ' : ' or ')})`;
      }
    }
    const { field, operator, value } = condition as FieldCondition;
    const map = fields[field];
    if (!map) throw new Error(`policy field "${field}" has no SQL translation`);
    if (map.kind === 'column') {
      switch (operator) {
        case 'eq':
          return value === null ? `${map.sql} is null` : `${map.sql} = ${param(value)}`;
        case 'ne':
          return value === null ? `${map.sql} is not null` : `${map.sql} is distinct from ${param(value)}`;
        case 'in':
          return `${map.sql} = any(${param(value)})`;
        case 'nin':
          return `not (${map.sql} = any(${param(value)}))`;
      }
    } else {
      switch (operator) {
        case 'eq':
          return map.sql(param(value), false);
        case 'in':
          return map.sql(param(value), true);
      }
    }
    throw new Error(`policy operator "${operator}" on "${field}" has no SQL translation`);
  };

  return { sql: compile(ast), params };
}
