import type { AbstractControl, ValidationErrors } from '@angular/forms';
import {
  INDICATOR_PARAMETERS_BY_SOURCE,
  IndicatorDirection,
  IndicatorSource,
  type IndicatorParameters,
  PlanSection,
} from '@continuum/domain/plan';
import type { ObjectiveInput } from '@continuum/web/data-access';
import type { FieldWording } from '@continuum/web/ui';
import { numberForInput, parseFrenchNumber } from '../shared/plan-format';

/** What the objective form holds: numbers as typed (French), parameters all present, shown by source. */
export interface ObjectiveFormValue {
  section: string;
  title: string;
  description: string;
  indicatorLabel: string;
  indicatorSource: string;
  indicatorParameters: {
    categories: string[];
    communeCodes: string[];
    zoneId: string;
    operationKinds: string[];
    outcome: string;
    setting: string;
  };
  direction: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  deadline: string;
  pilotOrganizationId: string;
  manualSource: string;
}

/** The objective as read, for editing (only the fields the form shows). */
export interface ObjectiveSource {
  section: string;
  title: string;
  description: string;
  indicatorLabel: string;
  indicatorSource: string;
  categories: readonly string[];
  communeCodes: readonly string[];
  zoneId: string | null;
  operationKinds: readonly string[];
  outcome: string | null;
  setting: string | null;
  direction: string;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  deadline: string;
  pilotOrganizationId: string | null;
  manualSource: string | null;
}

/** How the form's messages name each field (« Saisissez la cible. »). */
export const OBJECTIVE_WORDING: Record<string, FieldWording> = {
  section: { what: 'la partie du plan', choice: true },
  title: { what: 'l’intitulé de l’objectif' },
  description: { what: 'la description' },
  indicatorLabel: { what: 'le nom de l’indicateur' },
  indicatorSource: { what: 'la source de l’indicateur', choice: true },
  direction: { what: 'le sens de l’objectif', choice: true },
  baselineValue: { what: 'la valeur de référence' },
  baselineDate: { what: 'la date de référence' },
  targetValue: { what: 'la cible' },
  deadline: { what: 'l’échéance' },
  manualSource: { what: 'la source des valeurs' },
};

export const NUMBER_MESSAGE = 'Nombre invalide : par exemple 1 250 ou 12,5.';

/** A number typed in French (« 1 250 », « 12,5 »), or nothing. */
export function frenchNumber(control: AbstractControl): ValidationErrors | null {
  return Number.isNaN(parseFrenchNumber(control.value as string)) ? { invalid: NUMBER_MESSAGE } : null;
}

/** Which parameters the chosen source counts with (the others are hidden, and not sent). */
export function parametersOf(source: string): readonly (keyof IndicatorParameters)[] {
  return INDICATOR_PARAMETERS_BY_SOURCE[source as IndicatorSource] ?? [];
}

/**
 * A new objective's starting values: the year's plan aims at its 31 December, from the last day of
 * the year before — or of the last complete month, for a plan of a year still to come.
 */
export function newObjectiveValue(planYear: number, today: Date): ObjectiveFormValue {
  const lastMonthEnd = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
  const yearBefore = `${planYear - 1}-12-31`;
  const lastComplete = lastMonthEnd.toISOString().slice(0, 10);
  return {
    section: PlanSection.RESULTS,
    title: '',
    description: '',
    indicatorLabel: '',
    indicatorSource: IndicatorSource.INCIDENTS,
    indicatorParameters: emptyParameters(),
    direction: IndicatorDirection.DECREASE,
    baselineValue: '',
    baselineDate: yearBefore < lastComplete ? yearBefore : lastComplete,
    targetValue: '',
    deadline: `${planYear}-12-31`,
    pilotOrganizationId: '',
    manualSource: '',
  };
}

export function objectiveFormValue(objective: ObjectiveSource): ObjectiveFormValue {
  return {
    section: objective.section,
    title: objective.title,
    description: objective.description,
    indicatorLabel: objective.indicatorLabel,
    indicatorSource: objective.indicatorSource,
    indicatorParameters: {
      categories: [...objective.categories],
      communeCodes: [...objective.communeCodes],
      zoneId: objective.zoneId ?? '',
      operationKinds: [...objective.operationKinds],
      outcome: objective.outcome ?? '',
      setting: objective.setting ?? '',
    },
    direction: objective.direction,
    baselineValue: numberForInput(objective.baselineValue),
    baselineDate: objective.baselineDate,
    targetValue: numberForInput(objective.targetValue),
    deadline: objective.deadline,
    pilotOrganizationId: objective.pilotOrganizationId ?? '',
    manualSource: objective.manualSource ?? '',
  };
}

/**
 * What is sent: the parameters the source accepts and that were filled, a blank baseline as null
 * (the server computes it from the data), a manual source only for an indicator entered by hand.
 */
export function objectiveInput(value: ObjectiveFormValue): ObjectiveInput {
  const accepted = parametersOf(value.indicatorSource);
  const given = value.indicatorParameters;
  const parameters: Record<string, unknown> = {};
  for (const name of accepted) {
    const chosen = given[name];
    if (Array.isArray(chosen) ? chosen.length > 0 : chosen !== '') parameters[name] = chosen;
  }
  const manual = value.indicatorSource === IndicatorSource.MANUAL;
  const description = value.description.trim();
  return {
    section: value.section as ObjectiveInput['section'],
    title: value.title.trim(),
    description: description === '' ? null : description,
    indicatorLabel: value.indicatorLabel.trim(),
    indicatorSource: value.indicatorSource as ObjectiveInput['indicatorSource'],
    indicatorParameters: Object.keys(parameters).length > 0 ? parameters : null,
    direction: value.direction as ObjectiveInput['direction'],
    baselineValue: parseFrenchNumber(value.baselineValue),
    baselineDate: value.baselineDate,
    targetValue: parseFrenchNumber(value.targetValue),
    deadline: value.deadline,
    pilotOrganizationId: value.pilotOrganizationId || null,
    manualSource: manual ? value.manualSource.trim() || null : null,
  };
}

function emptyParameters(): ObjectiveFormValue['indicatorParameters'] {
  return { categories: [], communeCodes: [], zoneId: '', operationKinds: [], outcome: '', setting: '' };
}
