import { missingTerritory, subscriptionInput, SubscriptionFormValue, toggled } from './subscription-input';

const area = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [1.9, 47.9],
      [1.95, 47.9],
      [1.95, 47.95],
      [1.9, 47.9],
    ],
  ],
};

function value(change: Partial<SubscriptionFormValue>): SubscriptionFormValue {
  return {
    scope: 'COMPETENCE',
    communeCodes: ['45234'],
    zoneIds: ['z1'],
    area,
    categories: [],
    minSeverity: 'INFO',
    inApp: true,
    emailMode: 'NONE',
    ...change,
  };
}

describe('the subscription sent to the API', () => {
  it('carries only the territory of the chosen scope', () => {
    expect(subscriptionInput(value({ scope: 'COMPETENCE' }))).toMatchObject({
      communeCodes: [],
      zoneIds: [],
      area: null,
    });
    expect(subscriptionInput(value({ scope: 'COMMUNES' }))).toMatchObject({
      communeCodes: ['45234'],
      zoneIds: [],
      area: null,
    });
    expect(subscriptionInput(value({ scope: 'AREA' }))).toMatchObject({ communeCodes: [], area });
  });

  it('asks for the territory the scope needs, on the field the API would name', () => {
    expect(missingTerritory(value({ scope: 'COMMUNES', communeCodes: [] }))).toEqual({
      field: 'communeCodes',
      message: 'Choisissez au moins une commune.',
    });
    expect(missingTerritory(value({ scope: 'ZONES', zoneIds: [] }))?.field).toBe('zoneIds');
    expect(missingTerritory(value({ scope: 'AREA', area: null }))?.message).toBe(
      'Dessinez la zone sur la carte.',
    );
    expect(missingTerritory(value({ scope: 'COMPETENCE', communeCodes: [] }))).toBeNull();
  });

  it('ticks and unticks a choice', () => {
    expect(toggled(['A'], 'B', true)).toEqual(['A', 'B']);
    expect(toggled(['A', 'B'], 'A', false)).toEqual(['B']);
    expect(toggled(['A'], 'A', true)).toEqual(['A']);
  });
});
