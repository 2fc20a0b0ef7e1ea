import { IndicatorDirection, IndicatorSource, PlanSection } from '@continuum/domain/plan';
import { type ComparedObjective, type ComparedPlan, planDifferences } from './plan-diff';

const texts = (results: string) => ({
  [PlanSection.DIAGNOSTIC]: 'Diagnostic',
  [PlanSection.RESULTS]: results,
  [PlanSection.MODES_OF_ACTION]: '',
  [PlanSection.CONTINUUM]: '',
  [PlanSection.DIALOGUE]: '',
});
const burglaries: ComparedObjective = {
  lineageId: 'a',
  section: PlanSection.RESULTS,
  title: 'Réduire les cambriolages',
  description: '',
  indicatorLabel: 'Cambriolages',
  indicatorSource: IndicatorSource.INCIDENTS,
  indicatorParameters: { categories: ['CAMBRIOLAGES'] },
  zoneName: null,
  direction: IndicatorDirection.DECREASE,
  baselineValue: 1200,
  baselineDate: '2025-12-31',
  targetValue: 1080,
  deadline: '2026-12-31',
  pilotLabel: 'DDPN du Loiret',
};
const plan = (overrides: Partial<ComparedPlan>): ComparedPlan => ({
  title: 'PADRSQ du Loiret 2026',
  texts: texts('Présence'),
  objectives: [burglaries],
  ...overrides,
});

describe('The differences between two versions of the plan', () => {
  it('finds none between identical versions', () => {
    expect(planDifferences(plan({}), plan({}))).toEqual([]);
  });

  it('names a section whose text changed, with both texts', () => {
    expect(planDifferences(plan({}), plan({ texts: texts('Présence renforcée') }))).toEqual([
      {
        kind: 'SECTION_TEXT',
        subject: '2. Résultats concrets recherchés',
        field: null,
        before: 'Présence',
        after: 'Présence renforcée',
      },
    ]);
  });

  it('reads a renamed objective with a new target as one objective changed, field by field, in French', () => {
    const revised = { ...burglaries, title: 'Faire reculer les cambriolages', targetValue: 1050.5 };
    expect(planDifferences(plan({}), plan({ objectives: [revised] }))).toEqual([
      {
        kind: 'OBJECTIVE_CHANGED',
        subject: 'Faire reculer les cambriolages',
        field: 'Intitulé',
        before: 'Réduire les cambriolages',
        after: 'Faire reculer les cambriolages',
      },
      {
        kind: 'OBJECTIVE_CHANGED',
        subject: 'Faire reculer les cambriolages',
        field: 'Cible',
        before: '1\u202f080',
        after: '1\u202f050,5',
      },
    ]);
  });

  it('says a change of scope in French, not as data', () => {
    const narrower = {
      ...burglaries,
      indicatorParameters: { categories: ['CAMBRIOLAGES'], communeCodes: ['45234'] },
    };
    expect(planDifferences(plan({}), plan({ objectives: [narrower] }))).toEqual([
      {
        kind: 'OBJECTIVE_CHANGED',
        subject: 'Réduire les cambriolages',
        field: 'Périmètre de l’indicateur',
        before: 'Cambriolages de logement — tout le département',
        after: 'Cambriolages de logement — 1 commune',
      },
    ]);
  });

  it('lists objectives added and removed, each summed up', () => {
    const presence = {
      ...burglaries,
      lineageId: 'b',
      title: 'Plus de présence',
      indicatorLabel: 'Heures',
      baselineValue: 10,
      targetValue: 20,
    };
    const differences = planDifferences(plan({}), plan({ objectives: [presence] }));
    expect(differences.map((difference) => [difference.kind, difference.subject])).toEqual([
      ['OBJECTIVE_ADDED', 'Plus de présence'],
      ['OBJECTIVE_REMOVED', 'Réduire les cambriolages'],
    ]);
    expect(differences[1].before).toBe(
      'Cambriolages : de 1\u202f200 (31/12/2025) à 1\u202f080 au 31/12/2026',
    );
  });
});
