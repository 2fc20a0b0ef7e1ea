import { ComposerValue, manualAlertInput, previewBlocker, previewInput } from './composer-input';

function value(change: Partial<ComposerValue> = {}): ComposerValue {
  return {
    title: '  Alerte cambriolages secteur Orléans ',
    body: 'Vague de cambriolages.',
    severity: 'VIGILANCE',
    category: '',
    communeCodes: ['45234'],
    zoneIds: [],
    area: null,
    audienceTypes: ['MAIRIE', 'BAILLEUR'],
    caseId: null,
    ...change,
  };
}

describe('the alert sent by the composer', () => {
  it('trims the words and leaves an unchosen category out', () => {
    expect(manualAlertInput(value())).toEqual({
      title: 'Alerte cambriolages secteur Orléans',
      body: 'Vague de cambriolages.',
      severity: 'VIGILANCE',
      category: null,
      communeCodes: ['45234'],
      zoneIds: [],
      area: null,
      audienceTypes: ['MAIRIE', 'BAILLEUR'],
      caseId: null,
    });
    expect(manualAlertInput(value({ category: 'CAMBRIOLAGES' })).category).toBe('CAMBRIOLAGES');
  });

  it('previews the audience once the territory and the recipients are chosen', () => {
    expect(previewBlocker(value({ communeCodes: [], audienceTypes: [] }))).toMatch(
      /^Choisissez le territoire et/,
    );
    expect(previewBlocker(value({ communeCodes: [] }))).toMatch(/^Choisissez le territoire \(/);
    expect(previewBlocker(value({ audienceTypes: [] }))).toMatch(/^Cochez au moins un type/);
    expect(previewInput(value({ audienceTypes: [] }))).toBeNull();
    expect(previewBlocker(value({ communeCodes: [], zoneIds: ['z1'] }))).toBeNull();
  });

  it('previews while the words are still being written', () => {
    const input = previewInput(value({ title: 'Al', body: '' }));
    expect(input?.title).toBe('Aperçu des destinataires');
    expect(input?.body).toBe('Aperçu des destinataires');
    expect(previewInput(value())?.title).toBe('Alerte cambriolages secteur Orléans');
  });
});
