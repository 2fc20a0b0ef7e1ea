import {
  frenchNumber,
  newObjectiveValue,
  objectiveFormValue,
  objectiveInput,
  parametersOf,
} from './objective-form-values';

const burglaries = {
  section: 'RESULTS',
  title: 'Réduire les cambriolages',
  description: '',
  indicatorLabel: 'Cambriolages sur douze mois',
  indicatorSource: 'INCIDENTS',
  categories: ['CAMBRIOLAGES'],
  communeCodes: [],
  zoneId: null,
  operationKinds: [],
  outcome: null,
  setting: null,
  direction: 'DECREASE',
  baselineValue: 1234.5,
  baselineDate: '2025-12-31',
  targetValue: 1000,
  deadline: '2031-12-31',
  pilotOrganizationId: null,
  manualSource: null,
};

describe('the objective form’s values', () => {
  it('starts a new objective from the end of the year before, or of the last complete month for a year to come', () => {
    expect(newObjectiveValue(2026, new Date('2026-12-07T10:00:00Z'))).toMatchObject({
      baselineDate: '2025-12-31',
      deadline: '2026-12-31',
      indicatorSource: 'INCIDENTS',
      direction: 'DECREASE',
      baselineValue: '',
    });
    expect(newObjectiveValue(2031, new Date('2026-12-07T10:00:00Z')).baselineDate).toBe('2026-11-30');
  });

  it('shows each source’s own parameters only', () => {
    expect(parametersOf('INCIDENTS')).toEqual(['categories', 'communeCodes']);
    expect(parametersOf('PRESENCE_HOURS')).toContain('setting');
    expect(parametersOf('MANUAL')).toEqual([]);
  });

  it('sends a blank baseline as null, for the server to compute it from the data', () => {
    const value = { ...objectiveFormValue(burglaries), baselineValue: '  ', targetValue: '1 000,5' };
    const input = objectiveInput(value);
    expect(input.baselineValue).toBeNull();
    expect(input.targetValue).toBe(1000.5);
    expect(input.indicatorParameters).toEqual({ categories: ['CAMBRIOLAGES'] });
    expect(input.manualSource).toBeNull();
    expect(input.description).toBeNull();
  });

  it('drops the parameters the chosen source does not count with, and empty ones', () => {
    const value = objectiveFormValue(burglaries);
    value.indicatorSource = 'PRESENCE_HOURS';
    value.indicatorParameters.setting = 'TRANSPORTS';
    value.indicatorParameters.zoneId = '';
    expect(objectiveInput(value).indicatorParameters).toEqual({ setting: 'TRANSPORTS' });
    value.indicatorSource = 'MANUAL';
    value.manualSource = ' Enquête de victimation ';
    expect(objectiveInput(value)).toMatchObject({
      indicatorParameters: null,
      manualSource: 'Enquête de victimation',
    });
  });

  it('gives stored numbers back with a decimal comma for editing', () => {
    expect(objectiveFormValue(burglaries)).toMatchObject({ baselineValue: '1234,5', targetValue: '1000' });
  });

  it('refuses a number that is not one, in French', () => {
    expect(frenchNumber(control('douze'))).toEqual({
      invalid: 'Nombre invalide : par exemple 1 250 ou 12,5.',
    });
    expect(frenchNumber(control('12,5'))).toBeNull();
    expect(frenchNumber(control(''))).toBeNull();
  });
});

/** What the validator reads of a form control (Angular's forms are ES modules Jest does not load here). */
function control(value: string) {
  return { value } as Parameters<typeof frenchNumber>[0];
}
