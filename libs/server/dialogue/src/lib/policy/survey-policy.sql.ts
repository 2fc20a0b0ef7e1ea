import type { AppAbility } from '@continuum/domain';
import { type PolicyField, policyCondition, type SqlCondition } from '@continuum/server/platform';

/**
 * Who may read and act on the satisfaction surveys, as conditions inside the queries (the policy's
 * `SurveyWave`, `SurveyResult` and `SurveyFreeText` rules, libs/domain ability.ts `defineSurveyRules`).
 * The one home of this SQL. A respondent's right is their link's token, checked by its hash.
 */
export function surveyPolicyFields(alias = 'w'): Record<string, PolicyField> {
  return { status: { kind: 'column', sql: `${alias}.status::text` } };
}

const condition =
  (
    action: 'read' | 'update' | 'send' | 'remind' | 'close',
    subject: 'SurveyWave' | 'SurveyResult' | 'SurveyFreeText',
  ) =>
  (ability: AppAbility, alias = 'w'): SqlCondition =>
    policyCondition(ability, action, subject, surveyPolicyFields(alias), `${alias}_${action}_${subject}`);

/** The waves an actor may read (the cabinet: all of them). */
export const readableWaves = condition('read', 'SurveyWave');
/** The waves an actor may edit, send, remind or close now (the cabinet; drafts, or open ones). */
export const editableWaves = condition('update', 'SurveyWave');
export const sendableWaves = condition('send', 'SurveyWave');
export const remindableWaves = condition('remind', 'SurveyWave');
export const closableWaves = condition('close', 'SurveyWave');
/** The waves whose aggregated answers an actor may read; and whose free-text answers. */
export const readableSurveyResults = condition('read', 'SurveyResult');
export const readableSurveyFreeTexts = condition('read', 'SurveyFreeText');
