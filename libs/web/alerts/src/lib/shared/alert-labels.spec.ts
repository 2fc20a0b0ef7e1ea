import {
  AUDIENCE_GROUPS,
  audienceText,
  CATEGORY_GROUPS,
  readingText,
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
    const zones = new Map([['z1', 'QPV L’Argonne']]);
    expect(
      territoryText({ communeCodes: ['45234', '45147'], zoneIds: ['z1'], area: null }, communes, zones),
    ).toBe('Orléans, Fleury-les-Aubrais · QPV L’Argonne');
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

describe('the sent alerts', () => {
  it('says how many recipients read and acknowledged an alert, shown and spoken', () => {
    expect(readingText({ recipientCount: 1250, readCount: 3, acknowledgedCount: 0 })).toEqual({
      read: '3 / 1\u202f250',
      acknowledged: '0 / 1\u202f250',
      readSpoken: '3 sur 1\u202f250',
      acknowledgedSpoken: '0 sur 1\u202f250',
    });
    expect(readingText({ recipientCount: null, readCount: null, acknowledgedCount: null }).read).toBe(
      '— / —',
    );
  });
});
