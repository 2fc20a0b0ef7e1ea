import request from 'supertest';
import { Api, codeOf, GraphqlResult, Session, unique } from './api-harness';

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const SAVE_AREA = `mutation($area: JSON) { saveMyAlertSubscription(input: { scope: AREA, area: $area, minSeverity: INFO, inApp: true, emailMode: NONE }) { scope } }`;
const PREVIEW = `query($input: ManualAlertInput!) { alertAudiencePreview(input: $input) { organizations { name people } } }`;

interface LonLat {
  longitude: number;
  latitude: number;
}

describe('Geography: PostGIS and the communes’ outlines', () => {
  let api: Api;
  let paul: Session;
  let claire: Session;
  /** The agent of a private security firm of its own, competent for Orléans and Olivet only. */
  let guard: Session;
  let firm: string;
  /** An agent of an organisation of the whole département (their subscription is theirs to change). */
  let inspector: Session;

  /** A new organisation with one agent, whose subscriptions no other suite reads. */
  const anAgentOf = async (type: string, wholeDepartement: boolean, communes: string[]) => {
    firm = `Organisation de test ${unique()}${unique()}`;
    const [{ id }] = await api.dataSource.query(
      `insert into organizations (name, type, whole_departement) values ($1, $2, $3) returning id`,
      [firm, type, wholeDepartement],
    );
    await api.dataSource.query(
      `insert into organization_competence_communes (organization_id, commune_code) select $1, unnest($2::varchar[])`,
      [id, communes],
    );
    const email = `agent.${unique()}${unique()}@geographie.test`;
    await api.dataSource.query(
      `insert into users (email, full_name, organization_id, roles, password_hash)
       select $1, 'Agent de test', $2, '{agent}', password_hash from users where email = 'nadia.fournier@bailleur.demo'`,
      [email, id],
    );
    return api.as(email);
  };

  beforeAll(async () => {
    api = await Api.start();
    paul = await api.as('paul.durand@pm-orleans.demo');
    claire = await api.as('claire.martin@prefecture.demo');
    inspector = await anAgentOf('URSSAF', true, []);
    guard = await anAgentOf('SECURITE_PRIVEE', false, ['45234', '45232']);
  });
  afterAll(() => api.stop());

  /** A point `metres` beyond a commune's border, eastwards of it. */
  const beyondBorder = async (communeCode: string, metres: number): Promise<LonLat> => {
    const [row] = await api.dataSource.query(
      `with edge as (
         select ST_ClosestPoint(outline, ST_SetSRID(ST_MakePoint(ST_XMax(outline) + 0.5, ST_Y(ST_Centroid(outline))), 4326)) as point,
                ST_SetSRID(ST_MakePoint(ST_XMax(outline) + 0.5, ST_Y(ST_Centroid(outline))), 4326) as far
           from communes where code = $1)
       select ST_X(p) as longitude, ST_Y(p) as latitude
         from (select ST_Project(point::geography, $2, ST_Azimuth(point::geography, far::geography))::geometry as p from edge) moved`,
      [communeCode, metres],
    );
    return row;
  };
  /** A small round area well inside a commune, as GeoJSON. */
  const areaInside = async (communeCode: string): Promise<Record<string, unknown>> => {
    const [row] = await api.dataSource.query(
      `select ST_AsGeoJSON(ST_Buffer(ST_PointOnSurface(ST_Buffer(outline::geography, -500)::geometry)::geography, 200, 4)::geometry, 6)::json as area
         from communes where code = $1`,
      [communeCode],
    );
    return row.area;
  };
  const expectRefused = (result: GraphqlResult, field: string, message: RegExp) => {
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.['field']).toBe(field);
    expect(result.errors?.[0].message).toMatch(message);
  };
  const caseCount = async () => Number((await api.dataSource.query('select count(*) from cases'))[0].count);

  it('draws every commune of the département from its outline, valid and in WGS 84', async () => {
    const [row] = await api.dataSource.query(
      `select count(*)::int as communes, count(outline)::int as outlined,
              bool_and(ST_IsValid(outline)) filter (where outline is not null) as valid,
              bool_and(ST_SRID(outline) = 4326) filter (where outline is not null) as wgs84,
              bool_or(code = '45234' and ST_Contains(outline, ST_SetSRID(ST_MakePoint(1.9093, 47.9029), 4326))) as orleans
         from communes where departement_code = '45'`,
    );
    expect(row).toEqual({ communes: 325, outlined: 325, valid: true, wgs84: true, orleans: true });
    const indexes: { indexdef: string }[] = await api.dataSource.query(
      `select indexdef from pg_indexes where tablename in ('communes', 'zones', 'cases', 'alerts', 'alert_subscriptions') and indexdef ilike '%using gist%'`,
    );
    expect(indexes).toHaveLength(6);
  });

  it('refuses a point outside its commune beyond the stated tolerance, and accepts one just across the simplified border', async () => {
    const base = { category: 'SQUATS', communeCode: '45234', sensitivity: 'GREEN' };
    const before = await caseCount();
    const far = await paul.gql(CREATE, {
      input: { ...base, title: `Dossier ${unique()}`, point: await beyondBorder('45234', 400) },
    });
    expectRefused(
      far,
      'input.point',
      /hors de la commune choisie \(Orléans\) : à plus de 150 m de ses limites/,
    );
    expect(await caseCount()).toBe(before);
    const near = await paul.gql<{ createCase: { id: string } }>(CREATE, {
      input: { ...base, title: `Dossier ${unique()}`, point: await beyondBorder('45234', 60) },
    });
    expect(near.errors).toBeUndefined();

    const moved = await paul.gql(
      `mutation($id: ID!, $input: UpdateCaseInput!) { updateCase(id: $id, input: $input) { id } }`,
      { id: near.data!.createCase.id, input: { point: { longitude: 2.735, latitude: 47.997 } } },
    );
    expectRefused(moved, 'input.point', /hors de la commune choisie \(Orléans\)/);
  });

  it('refuses a point in the right commune but far from the zone named', async () => {
    const [{ id: zoneId }] = await api.dataSource.query(
      `select id from zones where name = 'Quartier du Plateau'`,
    );
    const gaelle = await api.as('gaelle.lambert@montargis.demo');
    const result = await gaelle.gql(CREATE, {
      input: {
        title: `Dossier ${unique()}`,
        category: 'SQUATS',
        communeCode: '45208',
        sensitivity: 'GREEN',
        zoneId,
        point: { longitude: 2.725, latitude: 47.992 },
      },
    });
    expectRefused(result, 'input.point', /hors de la zone « Quartier du Plateau » \(à plus de 500 m\)/);
  });

  it('accepts a drawn area anywhere in the département, also where no zone is drawn, and refuses one outside it', async () => {
    const pithiviers = await areaInside('45252');
    const [{ zones }] = await api.dataSource.query(
      `select count(*)::int as zones from zones where ST_Intersects(shape, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326))`,
      [JSON.stringify(pithiviers)],
    );
    expect(zones).toBe(0);
    expect((await inspector.gql(SAVE_AREA, { area: pithiviers })).errors).toBeUndefined();
    const lyon = {
      type: 'Polygon',
      coordinates: [
        [
          [4.8, 45.7],
          [4.9, 45.7],
          [4.9, 45.8],
          [4.8, 45.7],
        ],
      ],
    };
    expectRefused(await inspector.gql(SAVE_AREA, { area: lyon }), 'input.area', /hors du département/);
    // An organisation competent for Orléans and Olivet only may not draw over Pithiviers: named.
    expectRefused(await guard.gql(SAVE_AREA, { area: pithiviers }), 'input.area', /déborde .*: Pithiviers/);
  });

  it('gives an area drawn inside a commune the alerts said of that whole commune, and not of its neighbour', async () => {
    const audience = (communeCode: string) =>
      claire
        .gql<{ alertAudiencePreview: { organizations: { name: string; people: number }[] } }>(PREVIEW, {
          input: {
            title: 'Vols à la roulotte',
            body: 'Série en cours.',
            severity: 'VIGILANCE',
            communeCodes: [communeCode],
            audienceTypes: ['SECURITE_PRIVEE'],
          },
        })
        .then((result) => result.data!.alertAudiencePreview.organizations.map((o) => o.name));
    expect((await guard.gql(SAVE_AREA, { area: await areaInside('45234') })).errors).toBeUndefined();
    expect(await audience('45234')).toContain(firm);
    expect(await audience('45232')).not.toContain(firm);
    expect((await guard.gql(SAVE_AREA, { area: await areaInside('45232') })).errors).toBeUndefined();
    expect(await audience('45234')).not.toContain(firm);
    expect(await audience('45232')).toContain(firm);
  });

  it('serves the communes’ outlines (open data) to anyone — the public proposal form’s map — gzipped, once per version (ETag)', async () => {
    const http = () => request(api.app.getHttpServer());
    expect((await http().get('/territory/communes.geojson')).status).toBe(200);
    const first = await http()
      .get('/territory/communes.geojson')
      .set('cookie', paul.cookie!)
      .set('x-forwarded-for', paul.ip)
      .set('accept-encoding', 'gzip')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/^application\/geo\+json/);
    expect(first.headers['content-encoding']).toBe('gzip');
    // superagent inflates what the server gzipped.
    const collection = JSON.parse((first.body as Buffer).toString('utf8'));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(325);
    expect(
      collection.features.find((f: { properties: { code: string } }) => f.properties.code === '45234'),
    ).toMatchObject({ properties: { code: '45234', name: 'Orléans' }, geometry: { type: 'MultiPolygon' } });
    const again = await http()
      .get('/territory/communes.geojson')
      .set('cookie', paul.cookie!)
      .set('x-forwarded-for', paul.ip)
      .set('if-none-match', first.headers['etag']);
    expect(again.status).toBe(304);
  });
});
