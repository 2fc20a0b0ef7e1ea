import { Api, Session } from './api-harness';

describe('Territory', () => {
  let api: Api;
  let sophie: Session;
  beforeAll(async () => {
    api = await Api.start();
    sophie = await api.as('sophie.bernard@orleans.demo');
  });
  afterAll(() => api.stop());

  it('lists every commune of the Loiret with its population and EPCI', async () => {
    const { data } = await sophie.gql<{
      communes: {
        code: string;
        name: string;
        population: number;
        postcodes: string[];
        epci: { name: string } | null;
      }[];
    }>(`{ communes { code name population postcodes epci { name } } }`);
    expect(data!.communes.length).toBeGreaterThan(300);
    expect(data!.communes.every((commune) => commune.code.startsWith('45'))).toBe(true);
    expect(data!.communes.find((commune) => commune.code === '45234')).toEqual({
      code: '45234',
      name: 'Orléans',
      population: expect.any(Number),
      postcodes: ['45000', '45100'],
      epci: { name: 'Orléans Métropole' },
    });
  });

  it('finds communes with accents ignored, and by postcode', async () => {
    const byName = await sophie.gql<{ communes: { name: string }[] }>(
      `{ communes(filter: { search: "orleans" }) { name } }`,
    );
    expect(byName.data!.communes.map((commune) => commune.name)).toContain('Orléans');
    const byPostcode = await sophie.gql<{ communes: { name: string }[] }>(
      `{ communes(filter: { search: "45500" }) { name } }`,
    );
    expect(byPostcode.data!.communes.map((commune) => commune.name)).toContain('Gien');
  });

  it('has at least five demo zones in Orléans, Montargis and Gien', async () => {
    const { data } = await sophie.gql<{
      zones: { name: string; geometry: { type: string }; communes: { name: string }[] }[];
    }>(`{ zones { name kind geometry communes { name } } }`);
    const communes = new Set(data!.zones.flatMap((zone) => zone.communes.map((commune) => commune.name)));
    expect(data!.zones.length).toBeGreaterThanOrEqual(5);
    for (const name of ['Orléans', 'Montargis', 'Gien']) expect(communes).toContain(name);
  });

  it('answers an unknown commune as NOT_FOUND', async () => {
    const result = await sophie.gql(`{ commune(code: "75056") { name } }`);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('tells the client whether it is a demo, before login', async () => {
    const { data } = await api.visitor().gql(`{ appInfo { demoMode departement { code name } } }`);
    expect(data).toEqual({ appInfo: { demoMode: true, departement: { code: '45', name: 'Loiret' } } });
  });
});
