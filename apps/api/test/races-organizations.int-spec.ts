import { Api, Session, unique } from './api-harness';
import { race, unexpected } from './race-outcomes';

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`;
const DISABLE = `mutation($id: ID!) { setOrganizationDisabled(id: $id, disabled: true, reason: "Fermée") { id } }`;

/** Parallel administration of organisations: one winner, the losers told why, one journal line. */
describe('Races on organisations', () => {
  let api: Api;
  let admin: Session;

  beforeAll(async () => {
    api = await Api.start();
    admin = await api.as('admin@continuum.demo');
  });
  afterAll(() => api.stop());

  const journalLines = async (action: string, id: string) =>
    Number(
      (
        await api.dataSource.query(
          `select count(*)::int as n from audit_entries where action = $1 and subject_id = $2`,
          [action, id],
        )
      )[0].n,
    );
  const anOrganization = async () =>
    (
      await admin.gql<{ createOrganization: { id: string } }>(CREATE, {
        input: { name: `Organisation ${unique()}${unique()}`, type: 'URSSAF', wholeDepartement: true },
      })
    ).data!.createOrganization.id;

  it('creates one of 15 organisations named alike at once; the others are told the name is taken', async () => {
    const name = `Organisation ${unique()}${unique()}`;
    const outcome = await race(15, () =>
      admin.gql(CREATE, { input: { name, type: 'URSSAF', wholeDepartement: true } }),
    );
    expect(unexpected(outcome.told, /^CONFLICT : Une organisation porte déjà le nom/)).toEqual([]);
    expect(outcome.winners).toHaveLength(1);
    const [{ n }] = await api.dataSource.query(
      `select count(*)::int as n from organizations where lower(name) = lower($1)`,
      [name],
    );
    expect(n).toBe(1);
  });

  it('keeps every field of parallel updates of one organisation, each written once', async () => {
    const id = await anOrganization();
    const changes = [
      { email: 'accueil@exemple.fr' },
      { phone: '02 38 00 00 00' },
      { seatCommuneCode: '45234' },
      { wholeDepartement: false },
      { competenceCommuneCodes: ['45234', '45232'] },
    ];
    const outcome = await race(changes.length, (i) => admin.gql(UPDATE, { id, input: changes[i] }));
    expect(outcome.told).toEqual([]);
    const [row] = await api.dataSource.query(
      `select email, phone, seat_commune_code, whole_departement,
              array(select commune_code from organization_competence_communes where organization_id = o.id order by 1) as competence
         from organizations o where id = $1`,
      [id],
    );
    expect(row).toEqual({
      email: 'accueil@exemple.fr',
      phone: '02 38 00 00 00',
      seat_commune_code: '45234',
      whole_departement: false,
      competence: ['45232', '45234'],
    });
  });

  it('disables an organisation once when 15 ask at once: one journal line', async () => {
    const id = await anOrganization();
    const outcome = await race(15, () => admin.gql(DISABLE, { id }));
    expect(unexpected(outcome.told, /^CONFLICT : /)).toEqual([]);
    expect(await journalLines('organization.disabled', id)).toBe(1);
  });
});
