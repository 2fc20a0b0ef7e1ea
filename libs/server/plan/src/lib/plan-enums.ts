import { registerEnumType } from '@nestjs/graphql';
import {
  IndicatorDirection,
  IndicatorSource,
  ObjectiveProgress,
  OperationKind,
  OperationStatus,
  OutcomeMeasure,
  PlanSection,
  PlanStatus,
  PresenceSetting,
} from '@continuum/domain/plan';

// The plan context's GraphQL enums, registered once for all its models.
registerEnumType(PlanStatus, { name: 'PlanStatus', description: 'Étape d’une version du plan' });
registerEnumType(PlanSection, {
  name: 'PlanSection',
  description: 'Les cinq parties du PADRSQ (circulaire du 19 novembre 2024)',
});
registerEnumType(IndicatorSource, {
  name: 'IndicatorSource',
  description: 'D’où vient la valeur d’un indicateur',
});
registerEnumType(IndicatorDirection, {
  name: 'IndicatorDirection',
  description: 'Sens dans lequel l’objectif est atteint',
});
registerEnumType(ObjectiveProgress, {
  name: 'ObjectiveProgress',
  description: 'Où en est un objectif par rapport à sa trajectoire',
});
registerEnumType(OperationKind, {
  name: 'OperationKind',
  description: 'Ce que vise une opération coordonnée',
});
registerEnumType(OperationStatus, {
  name: 'OperationStatus',
  description: 'Étape d’une opération coordonnée',
});
registerEnumType(OutcomeMeasure, {
  name: 'OutcomeMeasure',
  description: 'Un résultat chiffré des opérations',
});
registerEnumType(PresenceSetting, {
  name: 'PresenceSetting',
  description: 'Où la présence visible est comptée',
});
