import { defineAbilityFor, OrganizationType, Role } from '@continuum/domain';
import { SPIKE_AUTHOR_LABEL, SpikeDetector, spikeReadersCondition } from '@continuum/server/alerts';
import { breakdownsOf } from '@continuum/server/diagnostic';
import request from 'supertest';
import { Api, ok, Session, unique } from './api-harness';
import { anIncidentsFile, MAPPING } from './incident-files';

const PROGRESS = `query($id: ID!) { diagnosticImport(id: $id) { status running } }`;
const START = `mutation($id: ID!, $mapping: IncidentMappingInput!) { startIncidentImport(id: $id, mapping: $mapping) { status } }`;
const NOTIFICATIONS = `{ notifications(first: 50, filter: { topics: [INCIDENT_SPIKE] }) {
  items { alert { id topic severity category title body authorLabel zoneIds case { id } } } } }`;
const SUBSCRIBE = `mutation($input: AlertSubscriptionInput!) { saveMyAlertSubscription(input: $input) { source } }`;

/** A square of about 150 m in Orléans, south of La Source, where the demo records almost nothing. */
const CENTRE = { lon: 1.9471, lat: 47.8221 };
const square = (half: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [CENTRE.lon - half, CENTRE.lat - half],
      [CENTRE.lon + half, CENTRE.lat - half],
      [CENTRE.lon + half, CENTRE.lat + half],
      [CENTRE.lon - half, CENTRE.lat + half],
      [CENTRE.lon - half, CENTRE.lat - half],
    ],
  ],
});
const frDay = (iso: string) => iso.split('-').reverse().join('/');
const plusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const point = (n: number) => ({
  longitude: (CENTRE.lon + ((n % 7) - 3) * 0.0001).toFixed(5).replace('.', ','),
  latitude: (CENTRE.lat + ((n % 5) - 2) * 0.0001).toFixed(5).replace('.', ','),
});

/**
 * Spike detection (issue #13) through its real path: an import of incidents run by the queue's
 * worker announces itself in the outbox; the detection writes one system alert per zone, category
 * and week, which the fan-out delivers under the subscriptions and the diagnostic's policy.
 */
describe('Spike detection: an unusual week in a zone alerts its subscribed readers once', () => {
  let api: Api;
  let claire: Session;
  let nadia: Session;
  let laurent: Session;
  let zoneId: string;
  let week: string;
  let importId: string | null = null;
  const zoneName = `Secteur de test des hausses ${unique()}`;
  const zones: string[] = [];

  const addZone = async (name: string): Promise<string> => {
    const [zone]: { id: string }[] = await api.dataSource.query(
      `insert into zones (name, kind, geometry) values ($1, 'OTHER', $2) returning id`,
      [name, JSON.stringify(square(0.0008))],
    );
    await api.dataSource.query(`insert into zone_communes (zone_id, commune_code) values ($1, '45234')`, [
      zone.id,
    ]);
    zones.push(zone.id);
    return zone.id;
  };
  const spikeAlerts = (zone: string): Promise<{ id: string; category: string; recipient_count: number }[]> =>
    api.dataSource.query(
      `select id, category, recipient_count from alerts where topic = 'INCIDENT_SPIKE' and $1 = any(zone_ids)`,
      [zone],
    );
  const recipientsOf = async (alertId: string): Promise<string[]> =>
    (
      await api.dataSource.query(
        `select u.email from notifications n join users u on u.id = n.user_id where n.alert_id = $1 order by 1`,
        [alertId],
      )
    ).map((row: { email: string }) => row.email);
  const until = async <T>(probe: () => Promise<T | null | undefined | false>, what: string): Promise<T> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`délai dépassé : ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  };

  beforeAll(async () => {
    api = await Api.start({
      redisPrefix: `${process.env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum-test:'}spikes-${unique()}:`,
      role: 'all',
    });
    [claire, nadia, laurent] = await Promise.all(
      ['claire.martin@prefecture.demo', 'nadia.fournier@bailleur.demo', 'laurent.moreau@police.demo'].map(
        (email) => api.as(email),
      ),
    );
    // The police hear of vehicle thefts only: a burglary spike is not for them.
    ok(
      await laurent.gql(SUBSCRIBE, {
        input: {
          scope: 'COMPETENCE',
          categories: ['VOLS_DE_VEHICULES'],
          minSeverity: 'INFO',
          inApp: true,
          emailMode: 'NONE',
        },
      }),
    );
    zoneId = await addZone(zoneName);
    const [row]: { week: string }[] = await api.dataSource.query(
      `select to_char(date_trunc('week', now() at time zone 'Europe/Paris') - interval '7 days', 'YYYY-MM-DD') as week`,
    );
    week = row.week;
  });
  afterAll(async () => {
    await laurent.gql('mutation { resetMyAlertSubscription { source } }');
    await api.dataSource.query(
      `delete from alerts where topic = 'INCIDENT_SPIKE' and zone_ids && $1::uuid[]`,
      [zones],
    );
    await api.dataSource.query('delete from zones where id = any($1::uuid[])', [zones]);
    // Other suites read the diagnostic's figures: its facts and their monthly counts go as they came.
    if (importId)
      await api.dataSource.transaction(async (manager) => {
        await manager.query(
          `update incident_monthly_counts m set incidents = m.incidents - x.n
             from (select commune_code, category, date_trunc('month', starts_at at time zone 'Europe/Paris')::date as month,
                          count(*)::int as n
                     from incidents where import_id = $1 group by 1, 2, 3) x
            where m.commune_code = x.commune_code and m.category = x.category and m.month = x.month`,
          [importId],
        );
        await manager.query(
          `update incident_yearly_breakdowns b set incidents = b.incidents - x.incidents
             from (${breakdownsOf('i.import_id = $1', "'Europe/Paris'")}) x
            where b.year = x.year and b.facet = x.facet and b.commune_code = x.commune_code and b.key = x.key`,
          [importId],
        );
        await manager.query('delete from incidents where import_id = $1', [importId]);
        await manager.query('delete from diagnostic_imports where id = $1', [importId]);
      });
    await api.stop();
  });

  it('after an import: 12 burglaries against 1 a week alert once; 5 car break-ins against 2 a week do not', async () => {
    // Last week (over, whatever today is): 12 burglaries and 5 thefts from vehicles; each of the 12
    // weeks before: 1 burglary and 2 thefts from vehicles.
    const file = anIncidentsFile();
    let n = 0;
    const add = (day: string, category: string) =>
      file.incident({ date: frDay(day), time: '14:00', category, ...point(n++) });
    for (let i = 0; i < 12; i++) add(plusDays(week, i % 7), 'Cambriolages de logement');
    for (let i = 0; i < 5; i++) add(plusDays(week, i), 'Vols dans les véhicules');
    for (let back = 1; back <= 12; back++) {
      const wednesday = plusDays(week, 2 - 7 * back);
      add(wednesday, 'Cambriolages de logement');
      add(wednesday, 'Vols dans les véhicules');
      add(plusDays(wednesday, 1), 'Vols dans les véhicules');
    }
    const upload = await request(api.app.getHttpServer())
      .post('/diagnostic/imports/faits')
      .set('cookie', claire.cookie!)
      .set('x-forwarded-for', claire.ip)
      .attach('file', file.build(), { filename: 'hausse.csv', contentType: 'text/csv' });
    expect(upload.status).toBe(201);
    importId = upload.body.id as string;
    ok(await claire.gql(START, { id: importId, mapping: MAPPING }));
    await until(async () => {
      const { diagnosticImport } = ok(
        await claire.gql<{ diagnosticImport: { status: string; running: boolean } }>(PROGRESS, {
          id: importId,
        }),
      );
      return diagnosticImport.status === 'IMPORTED';
    }, 'import enregistré');

    const [alert] = await until(async () => {
      const rows = await spikeAlerts(zoneId);
      return rows.length > 0 && rows[0].recipient_count !== null && rows;
    }, 'alerte de hausse diffusée');
    expect((await spikeAlerts(zoneId)).map((a) => a.category)).toEqual(['CAMBRIOLAGES']);
    const [spike] = await api.dataSource.query(
      `select to_char(week, 'YYYY-MM-DD') as week, incidents, expected, probability, baseline_weeks, alert_id
         from incident_spikes where zone_id = $1`,
      [zoneId],
    );
    expect(spike).toMatchObject({ week, incidents: 12, baseline_weeks: 12, alert_id: alert.id });
    // The demo may add a stray burglary in the square: the expected level is 1 or a little more.
    expect(spike.expected).toBeGreaterThanOrEqual(1);
    expect(spike.expected).toBeLessThan(1.5);
    expect(spike.probability).toBeLessThan(1e-6);

    // The cabinet reads it in its centre, signed by the platform, in French, with aggregates only.
    const { notifications } = ok(
      await claire.gql<{ notifications: { items: { alert: Record<string, unknown> }[] } }>(NOTIFICATIONS),
    );
    const seen = notifications.items.find((item) => item.alert['id'] === alert.id)?.alert;
    expect(seen).toMatchObject({
      topic: 'INCIDENT_SPIKE',
      severity: 'VIGILANCE',
      category: 'CAMBRIOLAGES',
      title: `Hausse inhabituelle — Cambriolages de logement — ${zoneName}`,
      authorLabel: SPIKE_AUTHOR_LABEL,
      zoneIds: [zoneId],
      case: null,
    });
    expect(seen?.['body']).toMatch(
      new RegExp(
        `^Hausse inhabituelle : 12 cambriolages de logement la semaine du .+ dans la zone ${zoneName} \\(attendu : 1,\\d\\)\\.`,
      ),
    );
    expect(seen?.['body']).not.toMatch(/PV-|Domicile|14:00|14 h/);
  });

  it('reaches the subscribed readers of the zone’s figures, and nobody else', async () => {
    const [alert] = await spikeAlerts(zoneId);
    const recipients = await recipientsOf(alert.id);
    // The cabinet, the partners competent in Orléans (a private partner receives the text alone).
    expect(recipients).toEqual(
      expect.arrayContaining([
        'claire.martin@prefecture.demo',
        'nadia.fournier@bailleur.demo',
        'hugo.dupont@securite.demo',
        'marc.petit@orleans.demo',
        'paul.durand@pm-orleans.demo',
      ]),
    );
    // Not Montargis nor Gien (outside their competence), not the police (burglaries not followed),
    // not the technical administration (reads no figure, though competent département-wide).
    for (const outsider of [
      'gaelle.lambert@montargis.demo',
      'bruno.garnier@gien.demo',
      'laurent.moreau@police.demo',
      'jeanne.riviere@prefecture.demo',
      'admin@continuum.demo',
    ])
      expect(recipients).not.toContain(outsider);
    const { notifications } = ok(
      await nadia.gql<{ notifications: { items: { alert: { id: string; case: unknown } }[] } }>(
        NOTIFICATIONS,
      ),
    );
    expect(notifications.items.filter((item) => item.alert.id === alert.id)).toHaveLength(1);
  });

  it('leaves the centre of a partner no longer competent in the zone, and comes back with the competence', async () => {
    const [alert] = await spikeAlerts(zoneId);
    const nadiasSpikes = async () =>
      ok(
        await nadia.gql<{ notifications: { items: { alert: { id: string } }[] } }>(NOTIFICATIONS),
      ).notifications.items.filter((item) => item.alert.id === alert.id);
    const [landlord] = await api.dataSource.query(
      `select id from organizations where name = 'Val de Loire Habitat Démo'`,
    );
    await api.dataSource.query(
      `delete from organization_competence_communes where organization_id = $1 and commune_code = '45234'`,
      [landlord.id],
    );
    try {
      expect(await nadiasSpikes()).toHaveLength(0);
    } finally {
      await api.dataSource.query(
        `insert into organization_competence_communes (organization_id, commune_code) values ($1, '45234')`,
        [landlord.id],
      );
    }
    expect(await nadiasSpikes()).toHaveLength(1);
  });

  it('run again, or four times at once on a new zone over the same facts: one alert per zone, category and week', async () => {
    const detector = api.app.get(SpikeDetector);
    const again = await detector.detect();
    expect(again.filter((spike) => spike.zoneId === zoneId).map((spike) => spike.alertId)).toEqual([null]);
    expect(await spikeAlerts(zoneId)).toHaveLength(1);

    const twin = await addZone(`${zoneName} (bis)`);
    const runs = await Promise.all([1, 2, 3, 4].map(() => detector.detect()));
    const written = runs.flat().filter((spike) => spike.zoneId === twin && spike.alertId);
    expect(written).toHaveLength(1);
    const [{ count }] = await api.dataSource.query(
      'select count(*)::int as count from incident_spikes where zone_id = $1',
      [twin],
    );
    expect(count).toBe(1);
    expect(await spikeAlerts(twin)).toHaveLength(1);
  });

  it('decides who reads the figures as the policy does (the SQL against CASL, for every user and commune)', async () => {
    const users: {
      id: string;
      organization_id: string;
      type: OrganizationType;
      roles: Role[];
      public_authority: boolean;
    }[] = await api.dataSource.query(
      `select u.id, u.organization_id, o.type, u.roles, false as public_authority
         from users u join organizations o on o.id = u.organization_id`,
    );
    const communes = ['45234', '45208', '45155', '45147'];
    for (const commune of communes) {
      const readers: { id: string }[] = await api.dataSource.query(
        `select u.id from users u join organizations o on o.id = u.organization_id
          where ${spikeReadersCondition('u', 'o', 'array[$1]::varchar[]')}`,
        [commune],
      );
      const competent: { id: string }[] = await api.dataSource.query(
        `select o.id from organizations o
          where o.whole_departement
             or exists (select 1 from organization_competence_communes c where c.organization_id = o.id and c.commune_code = $1)`,
        [commune],
      );
      const aggregate = {
        __typename: 'IncidentAggregate',
        competenceOrganizationIds: competent.map((org) => org.id),
      };
      const expected = users
        .filter((user) =>
          defineAbilityFor({
            userId: user.id,
            organizationId: user.organization_id,
            organizationType: user.type,
            publicAuthority: user.public_authority,
            roles: user.roles,
          }).can('read', aggregate as never),
        )
        .map((user) => user.id)
        .sort();
      expect(readers.map((row) => row.id).sort()).toEqual(expected);
    }
  });
});
