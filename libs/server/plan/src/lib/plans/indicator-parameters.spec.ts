import { IndicatorSource, OperationKind, OutcomeMeasure } from '@continuum/domain/plan';
import { checkIndicatorParameters } from './indicator-parameters';

describe('An indicator’s formula names only data its source knows', () => {
  it('keeps the known parameters, sorted and without duplicates or empty lists', () => {
    expect(
      checkIndicatorParameters(IndicatorSource.INCIDENTS, {
        categories: ['CAMBRIOLAGES', 'VOLS_DE_VEHICULES', 'CAMBRIOLAGES'],
        communeCodes: [],
      }),
    ).toEqual({ parameters: { categories: ['CAMBRIOLAGES', 'VOLS_DE_VEHICULES'] } });
  });

  it('refuses a parameter its source does not read, naming it in French', () => {
    expect(checkIndicatorParameters(IndicatorSource.INCIDENTS, { setting: 'TRANSPORTS' })).toEqual({
      problem: {
        field: 'input.indicatorParameters.setting',
        message:
          'Donnée inconnue pour l’indicateur « Faits enregistrés (diagnostic) » : « lieu de présence ».',
      },
    });
    expect(checkIndicatorParameters(IndicatorSource.CASES_OPENED, { victims: 3 })).toMatchObject({
      problem: { field: 'input.indicatorParameters.victims' },
    });
  });

  it('refuses an unknown category, kind or measure with the value quoted', () => {
    expect(checkIndicatorParameters(IndicatorSource.INCIDENTS, { categories: ['CAMBRIOLAGE'] })).toEqual({
      problem: {
        field: 'input.indicatorParameters.categories',
        message: 'Catégorie inconnue : « CAMBRIOLAGE ».',
      },
    });
    expect(checkIndicatorParameters(IndicatorSource.OPERATIONS, { operationKinds: ['RAVE'] })).toMatchObject({
      problem: { message: 'Type d’opération inconnu : « RAVE ».' },
    });
    expect(
      checkIndicatorParameters(IndicatorSource.OPERATION_OUTCOME, { outcome: 'ARRESTATIONS' }),
    ).toMatchObject({ problem: { message: 'Résultat inconnu : « ARRESTATIONS ».' } });
  });

  it('asks which outcome an outcome indicator counts', () => {
    expect(
      checkIndicatorParameters(IndicatorSource.OPERATION_OUTCOME, {
        operationKinds: [OperationKind.STUPEFIANTS],
      }),
    ).toEqual({
      problem: {
        field: 'input.indicatorParameters.outcome',
        message: 'Choisissez le résultat des opérations à compter.',
      },
    });
    expect(
      checkIndicatorParameters(IndicatorSource.OPERATION_OUTCOME, { outcome: OutcomeMeasure.SAISIES }),
    ).toEqual({ parameters: { outcome: OutcomeMeasure.SAISIES } });
  });

  it('refuses malformed commune codes and a manual indicator with any formula', () => {
    expect(
      checkIndicatorParameters(IndicatorSource.INCIDENTS, { communeCodes: ['45234', 'Orléans'] }),
    ).toMatchObject({
      problem: { field: 'input.indicatorParameters.communeCodes' },
    });
    expect(checkIndicatorParameters(IndicatorSource.MANUAL, { categories: ['CAMBRIOLAGES'] })).toMatchObject({
      problem: { field: 'input.indicatorParameters.categories' },
    });
  });
});
