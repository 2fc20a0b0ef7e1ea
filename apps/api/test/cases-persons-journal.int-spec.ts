import { Api, ok } from './api-harness';
import { aCase } from './case-factory';

const READ = `query($id: ID!) { case(id: $id) { id persons { fullName } personsWithheldReason } }`;

describe('Every read of nominative data is journaled, whatever the case’s level', () => {
  let api: Api;
  beforeAll(async () => {
    api = await Api.start();
  });
  afterAll(() => api.stop());

  const entries = async (caseId: string) =>
    (await api.dataSource.query(
      `select actor_label, ip, details from audit_entries where action = 'case.persons.read' and subject_id = $1 order by id`,
      [caseId],
    )) as { actor_label: string; ip: string | null; details: { fields: string[] } }[];

  it('journals who read the persons of a GREEN case, from where, and nothing for whom they were withheld', async () => {
    const green = await aCase(api)
      .ownedBy('DDPN du Loiret')
      .sensitivity('GREEN')
      .withPerson('Jean Exemple')
      .build();
    const laurent = await api.as('laurent.moreau@police.demo');
    const nadia = await api.as('nadia.fournier@bailleur.demo');

    const seen = ok(await laurent.gql<{ case: { persons: { fullName: string }[] } }>(READ, { id: green.id }));
    expect(seen.case.persons.map((person) => person.fullName)).toEqual(['Jean Exemple']);
    const withheld = ok(await nadia.gql<{ case: { persons: null } }>(READ, { id: green.id }));
    expect(withheld.case.persons).toBeNull();

    expect(await entries(green.id)).toEqual([
      {
        actor_label: expect.stringMatching(/^Laurent Moreau/),
        ip: laurent.ip,
        details: { fields: ['persons'] },
      },
    ]);
  });

  it('journals nothing when the case has no person to read', async () => {
    const empty = await aCase(api).ownedBy('DDPN du Loiret').sensitivity('CLEAR').build();
    const laurent = await api.as('laurent.moreau@police.demo');
    ok(await laurent.gql(READ, { id: empty.id }));
    expect(await entries(empty.id)).toEqual([]);
  });
});
