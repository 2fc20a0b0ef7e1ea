import { Api, ok } from './api-harness';
import { aCase } from './case-factory';

const READ = `query($id: ID!) { case(id: $id) { id persons { fullName } personsWithheldReason personsMotiveRequired } }`;

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

    // Entitled, but no motive given yet in this session: nothing shown, nothing read.
    const asked = ok(
      await laurent.gql<{
        case: { persons: null; personsWithheldReason: string; personsMotiveRequired: boolean };
      }>(READ, { id: green.id }),
    );
    expect(asked.case).toMatchObject({ persons: null, personsMotiveRequired: true });
    expect(asked.case.personsWithheldReason).toMatch(/^Indiquez le motif de votre consultation/);
    expect(await entries(green.id)).toEqual([]);
    ok(await laurent.giveMotive(green.id, 'MEETING_PREPARATION'));
    const seen = ok(await laurent.gql<{ case: { persons: { fullName: string }[] } }>(READ, { id: green.id }));
    expect(seen.case.persons.map((person) => person.fullName)).toEqual(['Jean Exemple']);
    const withheld = ok(
      await nadia.gql<{ case: { persons: null; personsMotiveRequired: boolean } }>(READ, { id: green.id }),
    );
    expect(withheld.case).toMatchObject({ persons: null, personsMotiveRequired: false });
    expect(
      ok(await laurent.gql<{ case: { persons: unknown[] } }>(READ, { id: green.id })).case.persons,
    ).toHaveLength(1); // the motive holds for the session: not asked again

    expect(await entries(green.id)).toEqual([
      {
        actor_label: expect.stringMatching(/^Laurent Moreau/),
        ip: laurent.ip,
        details: { fields: ['persons'], motive: 'MEETING_PREPARATION' },
      },
      {
        actor_label: expect.stringMatching(/^Laurent Moreau/),
        ip: laurent.ip,
        details: { fields: ['persons'], motive: 'MEETING_PREPARATION' },
      },
    ]);
    const [given] = await api.dataSource.query(
      `select reason from audit_entries where action = 'case.read.motive' and subject_id = $1`,
      [green.id],
    );
    expect(given.reason).toBe('Préparation d’une instance');
  });

  it('journals nothing when the case has no person to read', async () => {
    const empty = await aCase(api).ownedBy('DDPN du Loiret').sensitivity('CLEAR').build();
    const laurent = await api.as('laurent.moreau@police.demo');
    ok(await laurent.giveMotive(empty.id));
    ok(await laurent.gql(READ, { id: empty.id }));
    expect(await entries(empty.id)).toEqual([]);
  });

  it('asks a motive from the closed list, « Autre » with its text, refused in French otherwise, nothing recorded', async () => {
    const kase = await aCase(api)
      .ownedBy('DDPN du Loiret')
      .sensitivity('GREEN')
      .withPerson('Marie Test')
      .build();
    const laurent = await api.as('laurent.moreau@police.demo');
    const refusals: [string, string | undefined, RegExp][] = [
      ['OTHER', undefined, /Précisez le motif « Autre »/],
      ['OTHER', '   ', /Précisez le motif « Autre »/],
      ['OTHER', 'x'.repeat(301), /limité à 300 caractères/],
      ['CURIOSITE', undefined, /n’est pas une valeur possible pour input.motive/],
    ];
    for (const [motive, detail, message] of refusals) {
      const result = await laurent.giveMotive(kase.id, motive, detail);
      expect(result.errors?.[0].message).toMatch(message);
    }
    expect(
      ok(await laurent.gql<{ case: { personsMotiveRequired: boolean } }>(READ, { id: kase.id })).case
        .personsMotiveRequired,
    ).toBe(true);
    ok(await laurent.giveMotive(kase.id, 'OTHER', 'Vérification d’une adresse signalée'));
    const [given] = await api.dataSource.query(
      `select reason from audit_entries where action = 'case.read.motive' and subject_id = $1`,
      [kase.id],
    );
    expect(given.reason).toBe('Autre : Vérification d’une adresse signalée');
    // Another session of the same person is asked again.
    const again = await api.as('laurent.moreau@police.demo');
    expect(
      ok(await again.gql<{ case: { personsMotiveRequired: boolean } }>(READ, { id: kase.id })).case
        .personsMotiveRequired,
    ).toBe(true);
  });
});
