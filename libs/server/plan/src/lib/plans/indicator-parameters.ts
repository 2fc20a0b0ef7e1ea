import { CaseCategory } from '@continuum/domain';
import {
  INDICATOR_PARAMETERS_BY_SOURCE,
  INDICATOR_SOURCE_LABELS,
  IndicatorSource,
  type IndicatorParameters,
  OperationKind,
  OutcomeMeasure,
  PresenceSetting,
} from '@continuum/domain/plan';

/** A parameter the indicator's source does not know, or a value it cannot count: the field and why. */
export interface ParameterProblem {
  field: string;
  message: string;
}

const FIELD_LABELS: Readonly<Record<keyof IndicatorParameters, string>> = {
  categories: 'catégories',
  communeCodes: 'communes',
  zoneId: 'zone',
  operationKinds: 'types d’opération',
  outcome: 'résultat compté',
  setting: 'lieu de présence',
};

/**
 * Checks an indicator's formula without the database: every parameter is one its source reads,
 * and every value is one the platform knows (the communes and the zone are checked against the
 * database by the caller). Returns the parameters cleaned (no empty list, no duplicate), or the
 * first problem, named by its field.
 */
export function checkIndicatorParameters(
  source: IndicatorSource,
  raw: Record<string, unknown>,
  field = 'input.indicatorParameters',
): { parameters: IndicatorParameters } | { problem: ParameterProblem } {
  const allowed = INDICATOR_PARAMETERS_BY_SOURCE[source];
  const parameters: IndicatorParameters = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (!(allowed as string[]).includes(key)) {
      const known =
        key in FIELD_LABELS ? `« ${FIELD_LABELS[key as keyof IndicatorParameters]} »` : `« ${key} »`;
      return {
        problem: {
          field: `${field}.${key}`,
          message: `Donnée inconnue pour l’indicateur « ${INDICATOR_SOURCE_LABELS[source]} » : ${known}.`,
        },
      };
    }
    const problem = checkValue(key as keyof IndicatorParameters, value, `${field}.${key}`);
    if (problem) return { problem };
    (parameters as Record<string, unknown>)[key] = Array.isArray(value)
      ? [...new Set(value as string[])].sort()
      : value;
  }
  if (source === IndicatorSource.OPERATION_OUTCOME && !parameters.outcome)
    return {
      problem: { field: `${field}.outcome`, message: 'Choisissez le résultat des opérations à compter.' },
    };
  return { parameters };
}

function checkValue(key: keyof IndicatorParameters, value: unknown, field: string): ParameterProblem | null {
  const list = (known: readonly string[], what: string, plural: string): ParameterProblem | null => {
    if (!Array.isArray(value) || value.length > 200)
      return { field, message: `Liste de ${plural} invalide.` };
    const unknown = value.find((item) => typeof item !== 'string' || !known.includes(item));
    return unknown === undefined ? null : { field, message: `${capital(what)} : « ${String(unknown)} ».` };
  };
  const one = (known: readonly string[], what: string): ParameterProblem | null =>
    typeof value === 'string' && known.includes(value)
      ? null
      : { field, message: `${capital(what)} : « ${String(value)} ».` };
  switch (key) {
    case 'categories':
      return list(Object.values(CaseCategory), 'catégorie inconnue', 'catégories');
    case 'operationKinds':
      return list(Object.values(OperationKind), 'type d’opération inconnu', 'types d’opération');
    case 'communeCodes':
      if (
        !Array.isArray(value) ||
        value.length > 400 ||
        value.some((code) => typeof code !== 'string' || !/^(\d{5}|2[AB]\d{3})$/.test(code))
      )
        return {
          field,
          message: 'Liste de communes invalide (codes officiels géographiques à 5 caractères).',
        };
      return null;
    case 'zoneId':
      return typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value)
        ? null
        : { field, message: 'Zone inconnue.' };
    case 'outcome':
      return one(Object.values(OutcomeMeasure), 'résultat inconnu');
    case 'setting':
      return one(Object.values(PresenceSetting), 'lieu de présence inconnu');
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
