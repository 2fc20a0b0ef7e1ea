import {
  AUDIENCE_GROUPS,
  audienceText,
  CATEGORY_GROUPS,
  filterNotifications,
  replaced,
  sourceText,
  territoryText,
  withArrival,
} from './alert-labels';

const item = (id: string, severity: string, topic: string, readAt: string | null = null) => ({
  id,
  readAt,
  alert: { severity, topic },
});

describe('the notification centre', () => {
  it('filters the loaded alerts by gravity and by type', () => {
    const items = [
      item('1', 'URGENT', 'MANUAL'),
      item('2', 'INFO', 'CASE_OPENED'),
      item('3', 'URGENT', 'CASE_OPENED'),
    ];
    expect(filterNotifications(items, { severity: '', topic: '' }).map((i) => i.id)).toEqual(['1', '2', '3']);
    expect(filterNotifications(items, { severity: 'URGENT', topic: '' }).map((i) => i.id)).toEqual([
      '1',
      '3',
    ]);
    expect(filterNotifications(items, { severity: 'URGENT', topic: 'CASE_OPENED' }).map((i) => i.id)).toEqual(
      ['3'],
    );
  });

  it('puts a live arrival on top, once', () => {
    const items = [item('2', 'INFO', 'MANUAL'), item('1', 'INFO', 'MANUAL')];
    expect(withArrival(items, item('3', 'URGENT', 'MANUAL')).map((i) => i.id)).toEqual(['3', '2', '1']);
    expect(withArrival(items, item('2', 'INFO', 'MANUAL')).map((i) => i.id)).toEqual(['2', '1']);
  });

  it('replaces an acknowledged alert in place', () => {
    const items = [item('2', 'INFO', 'MANUAL'), item('1', 'INFO', 'MANUAL')];
    const read = item('1', 'INFO', 'MANUAL', '2026-01-01T10:00:00Z');
    expect(replaced(items, read)[1].readAt).toBe('2026-01-01T10:00:00Z');
  });

  it('says where an alert applies, by name', () => {
    const communes = new Map([
      ['45234', 'Orléans'],
      ['45147', 'Fleury-les-Aubrais'],
    ]);
    const zones = new Map([['z1', "QPV L'Argonne"]]);
    expect(
      territoryText({ communeCodes: ['45234', '45147'], zoneIds: ['z1'], area: null }, communes, zones),
    ).toBe("Orléans, Fleury-les-Aubrais · QPV L'Argonne");
    expect(territoryText({ communeCodes: [], zoneIds: [], area: { type: 'Polygon' } }, communes, zones)).toBe(
      'une zone dessinée',
    );
  });
});

describe('the composer and the settings', () => {
  it('groups the audience into public authorities and private partners', () => {
    const [authorities, partners] = AUDIENCE_GROUPS;
    expect(authorities.label).toBe('Autorités publiques');
    expect(authorities.options.map((o) => o.value)).toEqual(
      expect.arrayContaining(['MAIRIE', 'POLICE_MUNICIPALE', 'URSSAF', 'PREFECTURE']),
    );
    expect(partners.label).toBe('Partenaires privés');
    expect(partners.options.map((o) => o.value)).toEqual(
      expect.arrayContaining(['BAILLEUR', 'SECURITE_PRIVEE', 'TRANSPORTEUR']),
    );
    expect(partners.options.map((o) => o.value)).not.toContain('MAIRIE');
    expect(audienceText(['MAIRIE', 'BAILLEUR'])).toBe('Mairie, Bailleur');
  });

  it('offers every category once', () => {
    const values = CATEGORY_GROUPS.flatMap((group) => group.options.map((o) => o.value));
    expect(values).toContain('CAMBRIOLAGES');
    expect(new Set(values).size).toBe(values.length);
  });

  it('says where the settings come from', () => {
    expect(sourceText('USER', false)).toBe('Ces réglages sont les vôtres.');
    expect(sourceText('ORGANIZATION', false)).toMatch(
      /^Vous suivez les réglages par défaut de votre organisation/,
    );
    expect(sourceText('PLATFORM', false)).toMatch(/^Vous suivez les réglages par défaut de Continuum/);
    expect(sourceText('PLATFORM', true)).toMatch(/^Votre organisation n’a pas encore de réglages par défaut/);
  });
});
