import { Api, codeOf, GraphqlResult, Session, unique } from './api-harness';

const SAVE_AREA = `mutation($area: JSON) { saveMyAlertSubscription(input: { scope: AREA, area: $area, minSeverity: INFO, inApp: true, emailMode: NONE }) { scope } }`;
const PREVIEW = `query($input: ManualAlertInput!) { alertAudiencePreview(input: $input) { organizations { name people } } }`;
const CREATE_ZONE = `mutation($input: CreateZoneInput!) { createZone(input: $input) { id } }`;

/** A square `size` degrees wide whose south-west corner is (x, y), as a closed ring. */
const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

/**
 * Drawn areas and zones that pass the structural GeoJSON check and the turf self-intersection test,
 * but that PostGIS cannot work with: an edge 180° of longitude long (« Antipodal edge detected »),
 * polygons nested in one another, a hole outside its shell (GEOS: TopologyException on the
 * intersection the fan-out computes).
 */
describe('Geography: areas PostGIS cannot work with', () => {
  let api: Api;
  /** An agent of an organisation of the whole département, whose subscription no other suite reads. */
  let inspector: Session;
  let prefecture: Session;
  let admin: Session;
  let inspectorEmail: string;

  beforeAll(async () => {
    api = await Api.start();
    const [{ id }] = await api.dataSource.query(
      `insert into organizations (name, type, whole_departement) values ($1, 'URSSAF', true) returning id`,
      [`Organisation de test ${unique()}${unique()}`],
    );
    const email = (inspectorEmail = `agent.${unique()}${unique()}@geographie.test`);
    await api.dataSource.query(
      `insert into users (email, full_name, organization_id, roles, password_hash)
       select $1, 'Agent de test', $2, '{agent}', password_hash from users where email = 'nadia.fournier@bailleur.demo'`,
      [email, id],
    );
    [inspector, prefecture, admin] = await Promise.all([
      api.as(email),
      api.as('claire.martin@prefecture.demo'),
      api.as('admin@continuum.demo'),
    ]);
  });
  afterAll(() => api.stop());

  const expectRefused = (result: GraphqlResult, field: string, message: RegExp) => {
    expect({ code: codeOf(result), field: result.errors?.[0].extensions?.['field'] }).toEqual({
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(result.errors?.[0].message).toMatch(message);
  };

  const world = {
    type: 'Polygon',
    coordinates: [
      [
        [-180, -90],
        [180, -90],
        [180, 90],
        [-180, 90],
        [-180, -90],
      ],
    ],
  };
  const nested = {
    type: 'MultiPolygon',
    coordinates: [[square(1.9, 47.9, 0.1)], [square(1.92, 47.92, 0.02)]],
  };
  const holeOutside = { type: 'Polygon', coordinates: [square(1.9, 47.9, 0.1), square(2.2, 47.9, 0.05)] };

  it('refuses an area with an edge 180° of longitude long as bad input, not INTERNAL_SERVER_ERROR', async () => {
    expectRefused(await inspector.gql(SAVE_AREA, { area: world }), 'input.area', /^Géométrie invalide : /);
  });

  it.each([
    ['polygons nested in one another', nested, /un polygone est dans un autre/],
    ['a hole outside its shell', holeOutside, /un trou sort du contour/],
  ])('refuses an area with %s, naming the field, in French', async (_, area, message) => {
    expectRefused(await inspector.gql(SAVE_AREA, { area }), 'input.area', message);
    expectRefused(
      await admin.gql(CREATE_ZONE, {
        input: { name: `Zone ${unique()}`, kind: 'PRIORITY_ZONE', communeCodes: ['45234'], geometry: area },
      }),
      'input.geometry',
      message,
    );
  });

  it('refuses a ring drawn over itself 5,000 times (35 ko) at once, as crossing itself — turf’s kinks held the API two minutes', async () => {
    const ring = Array.from({ length: 5000 }, (_, i) => square(1.9, 47.9, 0.1)[i % 3]);
    const started = Date.now();
    expectRefused(
      await inspector.gql(SAVE_AREA, { area: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } }),
      'input.area',
      /^Géométrie invalide : le contour du polygone se recoupe lui-même\.$/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const bowTie = [
      [1.9, 47.9],
      [2, 48],
      [2, 47.9],
      [1.9, 48],
      [1.9, 47.9],
    ];
    expectRefused(
      await admin.gql(CREATE_ZONE, {
        input: {
          name: `Zone ${unique()}`,
          kind: 'PRIORITY_ZONE',
          communeCodes: ['45234'],
          geometry: { type: 'Polygon', coordinates: [bowTie] },
        },
      }),
      'input.geometry',
      /se recoupe lui-même/,
    );
  });

  it('keeps the audience of a commune-wide alert when an invalid area was stored before it was refused', async () => {
    const [{ id: userId }] = await api.dataSource.query(`select id from users where email = $1`, [
      inspectorEmail,
    ]);
    // A valid area in Orléans, then the nested one written as an older version would have kept it.
    await api.dataSource.query(`delete from alert_subscriptions where user_id = $1`, [userId]);
    const inOrleans = { type: 'Polygon', coordinates: [square(1.9, 47.9, 0.01)] };
    expect((await inspector.gql(SAVE_AREA, { area: inOrleans })).errors).toBeUndefined();
    await api.dataSource.query(`update alert_subscriptions set area = $2 where user_id = $1`, [
      userId,
      JSON.stringify(nested),
    ]);
    const preview = await prefecture.gql<{
      alertAudiencePreview: { organizations: { name: string; people: number }[] };
    }>(PREVIEW, {
      input: {
        title: 'Vols à la roulotte',
        body: 'Série en cours.',
        severity: 'INFO',
        communeCodes: ['45234'],
        audienceTypes: ['URSSAF'],
      },
    });
    await api.dataSource.query(`delete from alert_subscriptions where user_id = $1`, [userId]);
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.alertAudiencePreview.organizations.length).toBeGreaterThan(0);
  });
});
