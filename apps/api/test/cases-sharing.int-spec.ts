import { Api, codeOf, GraphqlError, GraphqlResult, ok, Session } from './api-harness';
import { aCase, BuiltCase, organizationId, randomId, userId } from './case-factory';
import { ALEX, CLAIRE, LAURENT, NADIA, PAUL, Persona, THOMAS } from './personas';

/**
 * The tricks (SHARING.md): guessing or forging ids, asking twice in one query, reaching the
 * timeline and comments of a case one may not read, writing to it; and the rules of writing:
 * a case one may not read does not exist (NOT_FOUND, word for word as a case that never existed),
 * one that is readable but not one's own is FORBIDDEN; lowering asks for a reason; sharing,
 * lowering and reads of AMBER+STRICT and RED cases are journaled with who and why.
 */

const READ = `query($id: ID!) { case(id: $id) { id title reference sensitivity } }`;
const SECRET = 'Commentaire secret du dossier';

/** Every write on a case, with the variables it needs besides `id`. */
const WRITES: Record<string, string> = {
  updateCase: `mutation($id: ID!) { updateCase(id: $id, input: { title: "Titre réécrit" }) { id title } }`,
  transitionCase: `mutation($id: ID!) { transitionCase(id: $id, to: ANALYSIS) { id status } }`,
  addCaseComment: `mutation($id: ID!) { addCaseComment(caseId: $id, body: "Je passe par là") { id body } }`,
  shareCase: `mutation($id: ID!, $org: ID!) { shareCase(id: $id, organizationId: $org, reason: "Pour voir") { id } }`,
  changeCaseSensitivity: `mutation($id: ID!) { changeCaseSensitivity(id: $id, sensitivity: CLEAR, reason: "Pour voir") { id sensitivity } }`,
  assignCase: `mutation($id: ID!, $other: ID!) { assignCase(id: $id, organizationId: $other) { id } }`,
  addCaseAction: `mutation($id: ID!, $org: ID!) { addCaseAction(caseId: $id, input: { organizationId: $org, title: "Action intruse" }) { id } }`,
  addCasePerson: `mutation($id: ID!) { addCasePerson(caseId: $id, input: { fullName: "Personne intruse", role: AUTRE }) { id } }`,
  linkCases: `mutation($id: ID!, $mine: ID!) { linkCases(id: $id, otherCaseId: $mine) { id } }`,
  linkCasesFromMine: `mutation($id: ID!, $mine: ID!) { linkCases(id: $mine, otherCaseId: $id) { id } }`,
};
const WRITE_NAMES = Object.keys(WRITES);

describe('Tricks, writes and the journal', () => {
  let api: Api;
  const sessions = new Map<string, Session>();
  const as = (persona: Persona) => sessions.get(persona.key)!;
  let ids: Record<string, string>;

  /** GREEN, owned by the gendarmerie: Paul reads it but it is not his. */
  let green: BuiltCase;
  /** AMBER, owned by the gendarmerie, shared with the parquet: Paul may not read it. */
  let hiddenAmber: BuiltCase;
  /** RED, owned by Paul's own organisation, Laurent named: Paul (not named) may not read it. */
  let hiddenRed: BuiltCase;
  /** AMBER+STRICT referred to Thomas's organisation: a private partner may not read it, even referred. */
  let strictForThomas: BuiltCase;
  /** AMBER, accepted by Laurent's organisation (DDPN). */
  let acceptedByLaurent: BuiltCase;
  /** Paul's own, to link from. */
  let paulsOwn: BuiltCase;

  beforeAll(async () => {
    api = await Api.start();
    await Promise.all(
      [PAUL, LAURENT, NADIA, THOMAS, CLAIRE, ALEX].map(async (p) =>
        sessions.set(p.key, await api.as(p.email)),
      ),
    );
    ids = {
      paul: await userId(api, PAUL.email),
      claire: await userId(api, CLAIRE.email),
      pm: await organizationId(api, PAUL.organization),
      ddpn: await organizationId(api, LAURENT.organization),
      bailleur: await organizationId(api, NADIA.organization),
    };
    [green, hiddenAmber, hiddenRed, strictForThomas, acceptedByLaurent, paulsOwn] = await Promise.all([
      aCase(api).titled('Tags au gymnase').sensitivity('GREEN').build(),
      aCase(api)
        .titled('Enquête discrète')
        .sensitivity('AMBER')
        .sharedWith('Parquet d’Orléans')
        .withPerson('Jean Exemple')
        .withAction('Groupement de gendarmerie du Loiret')
        .withComment(SECRET)
        .build(),
      aCase(api)
        .ownedBy(PAUL.organization)
        .titled('Groupe restreint')
        .sensitivity('RED')
        .sharedWithUser(LAURENT.email)
        .build(),
      aCase(api)
        .titled('Fraude en bande organisée')
        .sensitivity('AMBER_STRICT')
        .assignedTo(THOMAS.organization, 'PENDING')
        .build(),
      aCase(api)
        .titled('Trafic quartier nord')
        .sensitivity('AMBER')
        .assignedTo(LAURENT.organization, 'ACCEPTED')
        .build(),
      aCase(api).ownedBy(PAUL.organization).titled('Rodéos boulevard').sensitivity('GREEN').build(),
    ]);
  }, 60_000);

  afterAll(() => api?.stop());

  /** Everything that a write could have changed about a case. */
  const snapshot = async (id: string) =>
    (
      await api.dataSource.query(
        `select c.title, c.status, c.sensitivity, c.updated_at,
                (select count(*)::int from case_comments where case_id = c.id) as comments,
                (select count(*)::int from case_shares where case_id = c.id) as shares,
                (select count(*)::int from case_assignments where case_id = c.id) as assignments,
                (select count(*)::int from case_actions where case_id = c.id) as actions,
                (select count(*)::int from case_persons where case_id = c.id) as persons,
                (select count(*)::int from case_events where case_id = c.id) as events,
                (select count(*)::int from case_links where case_a_id = c.id or case_b_id = c.id) as links,
                (select count(*)::int from audit_entries where subject_id = c.id::text) as journal
           from cases c where c.id = $1`,
        [id],
      )
    )[0];
  const journal = (action: string, subjectId: string) =>
    api.dataSource.query(
      `select actor_user_id, actor_label, reason, details from audit_entries
        where action = $1 and subject_id = $2 order by id`,
      [action, subjectId],
    );
  const write = (session: Session, name: string, id: string) =>
    session.gql(WRITES[name], { id, org: ids['pm'], other: ids['ddpn'], mine: paulsOwn.id });
  const errorOf = (result: GraphqlResult): Pick<GraphqlError, 'message' | 'extensions'> => ({
    message: result.errors?.[0]?.message ?? '(pas d’erreur)',
    extensions: result.errors?.[0]?.extensions,
  });

  describe('guessing and forging ids', () => {
    it.each([
      ['an AMBER case he is not involved in', () => hiddenAmber.id],
      ['a RED case of his own organisation where he is not named', () => hiddenRed.id],
      ['the same id in capitals', () => hiddenAmber.id.toUpperCase()],
    ])('Paul gets for %s exactly what a random UUID gets', async (_, id) => {
      const [hidden, random] = await Promise.all([
        as(PAUL).gql(READ, { id: id() }),
        as(PAUL).gql(READ, { id: randomId() }),
      ]);
      expect(hidden.data).toBeNull();
      expect(codeOf(hidden)).toBe('NOT_FOUND');
      expect(hidden.errors).toEqual(random.errors);
    });

    it.each([
      ['not a UUID', 'abc'],
      ['empty', ''],
      ['an injection', "' or '1'='1"],
      ['a UUID with something after it', `${randomId()}x`],
      ['a UUID in braces', `{${randomId()}}`],
      ['a number', '42'],
    ])('refuses a malformed id (%s) before anything runs, the same for whoever asks', async (_, id) => {
      // It cannot designate a case: nothing is looked up, so the answer says nothing of what exists.
      const [paul, claire] = await Promise.all([as(PAUL).gql(READ, { id }), as(CLAIRE).gql(READ, { id })]);
      expect(paul.data).toBeUndefined();
      expect(errorOf(paul)).toEqual({
        message: 'id : identifiant invalide.',
        extensions: { code: 'BAD_USER_INPUT', field: 'id' },
      });
      expect(claire.errors).toEqual(paul.errors);
    });

    it('refuses a malformed id on a write the same way, whoever writes', async () => {
      for (const [name, field] of [
        ['updateCase', 'id'],
        ['addCaseComment', 'caseId'],
        ['shareCase', 'id'],
      ]) {
        const refused = errorOf(await write(as(PAUL), name, 'pas-un-uuid'));
        expect(refused).toEqual({
          message: `${field} : identifiant invalide.`,
          extensions: { code: 'BAD_USER_INPUT', field },
        });
        expect(errorOf(await write(as(CLAIRE), name, 'pas-un-uuid'))).toEqual(refused);
      }
    });

    it('refuses a forged list cursor as bad input on `after`', async () => {
      const cursor = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
      for (const [orderBy, value] of [
        ['PRIORITY_DESC', 'PIRATE'],
        ['UPDATED_DESC', 'pas une date'],
      ]) {
        const result = await as(PAUL).gql(
          `query($after: String, $orderBy: CaseOrder) { cases(after: $after, orderBy: $orderBy) { totalCount } }`,
          { after: cursor([value, randomId()]), orderBy },
        );
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions?.field).toBe('after');
      }
    });

    it('gives the same case twice to a reader who asks for it under two aliases', async () => {
      const result = await as(PAUL).gql<Record<'a' | 'b', { title: string }>>(
        `query($id: ID!) { a: case(id: $id) { title } b: case(id: $id) { id title reference } }`,
        { id: green.id },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.a.title).toBe(green.title);
      expect(result.data!.b).toEqual({ id: green.id, title: green.title, reference: green.reference });
    });

    it('gives nothing of a hidden case asked twice, or next to a readable one', async () => {
      const twice = await as(PAUL).gql(
        `query($id: ID!) { a: case(id: $id) { title } b: case(id: $id) { title comments { body } } }`,
        { id: hiddenAmber.id },
      );
      expect(twice.data).toBeNull();
      expect(twice.errors!.length).toBeGreaterThan(0);
      for (const error of twice.errors!) {
        expect(error.extensions?.code).toBe('NOT_FOUND');
        expect(error.message).toBe('Dossier introuvable.');
      }
      expect(JSON.stringify(twice)).not.toMatch(new RegExp(`${hiddenAmber.word}|${SECRET}`));
      const mixed = await as(PAUL).gql(
        `query($ok: ID!, $hidden: ID!) { ok: case(id: $ok) { title } hidden: case(id: $hidden) { title } }`,
        { ok: green.id, hidden: hiddenAmber.id },
      );
      expect(codeOf(mixed)).toBe('NOT_FOUND');
      expect(JSON.stringify(mixed)).not.toContain(hiddenAmber.word);
    });

    it('does not reach the timeline, comments, actions or persons of a case he may not read', async () => {
      const result = await as(PAUL).gql(
        `query($id: ID!) { case(id: $id) {
           timeline { summary } comments { body } actions { title } assignments { id }
           persons { fullName } shares { id } linkedCases { id } } }`,
        { id: hiddenAmber.id },
      );
      expect(result.data).toBeNull();
      expect(codeOf(result)).toBe('NOT_FOUND');
      const text = JSON.stringify(result);
      for (const secret of [SECRET, 'Jean Exemple', 'Action de test', hiddenAmber.word])
        expect(text).not.toContain(secret);
    });

    it('answers for a share on a case he may not read exactly as for no share at all', async () => {
      const mutation = `mutation($id: ID!) { unshareCase(shareId: $id, reason: "Pour voir") { id } }`;
      const hidden = await as(PAUL).gql(mutation, { id: hiddenAmber.shareIds['Parquet d’Orléans'] });
      const random = await as(PAUL).gql(mutation, { id: randomId() });
      expect(codeOf(hidden)).toBe('NOT_FOUND');
      expect(errorOf(hidden)).toEqual(errorOf(random));
    });

    it('answers Thomas for a referral on a case he may not read exactly as for no referral', async () => {
      const mutation = `mutation($id: ID!) { answerReferral(assignmentId: $id, accept: true) { id } }`;
      const hidden = await as(THOMAS).gql(mutation, {
        id: strictForThomas.assignmentIds[THOMAS.organization],
      });
      const random = await as(THOMAS).gql(mutation, { id: randomId() });
      expect(codeOf(hidden)).toBe('NOT_FOUND');
      expect(errorOf(hidden)).toEqual(errorOf(random));
    });

    it('answers for an action or a person of a case he may not read exactly as for none', async () => {
      const action = `mutation($id: ID!) { updateCaseAction(id: $id, input: { status: IN_PROGRESS }) { id } }`;
      const person = `mutation($id: ID!) { removeCasePerson(id: $id) }`;
      const before = await snapshot(hiddenAmber.id);
      expect(errorOf(await as(PAUL).gql(action, { id: hiddenAmber.actionIds[0] }))).toEqual(
        errorOf(await as(PAUL).gql(action, { id: randomId() })),
      );
      expect(errorOf(await as(PAUL).gql(person, { id: hiddenAmber.personIds[0] }))).toEqual(
        errorOf(await as(PAUL).gql(person, { id: randomId() })),
      );
      expect(await snapshot(hiddenAmber.id)).toEqual(before);
    });
  });

  describe('writing', () => {
    it.each(WRITE_NAMES)(
      '%s on a case Paul may not read: NOT_FOUND as for no case, nothing written',
      async (name) => {
        for (const kase of [hiddenAmber, hiddenRed]) {
          const before = await snapshot(kase.id);
          const [hidden, random] = [
            await write(as(PAUL), name, kase.id),
            await write(as(PAUL), name, randomId()),
          ];
          expect(codeOf(hidden)).toBe('NOT_FOUND');
          expect(errorOf(hidden)).toEqual(errorOf(random));
          expect(await snapshot(kase.id)).toEqual(before);
        }
      },
    );

    it.each(WRITE_NAMES.filter((name) => name !== 'linkCasesFromMine'))(
      '%s on a GREEN case Paul reads but does not own: FORBIDDEN, nothing written',
      async (name) => {
        const before = await snapshot(green.id);
        const result = await write(as(PAUL), name, green.id);
        expect(codeOf(result)).toBe('FORBIDDEN');
        expect(await snapshot(green.id)).toEqual(before);
      },
    );

    it('lets Nadia write nothing on an AMBER+STRICT case of her own organisation, which she may not read', async () => {
      const own = await aCase(api).ownedBy(NADIA.organization).sensitivity('AMBER_STRICT').build();
      const before = await snapshot(own.id);
      for (const name of ['updateCase', 'addCaseComment', 'changeCaseSensitivity'])
        expect(codeOf(await write(as(NADIA), name, own.id))).toBe('NOT_FOUND');
      expect(await snapshot(own.id)).toEqual(before);
    });

    it('lets an accepted assignee comment, but not edit, move, refer, share or re-grade', async () => {
      const comment = await write(as(LAURENT), 'addCaseComment', acceptedByLaurent.id);
      expect(comment.errors).toBeUndefined();
      for (const name of ['updateCase', 'transitionCase', 'shareCase', 'changeCaseSensitivity', 'assignCase'])
        expect([name, codeOf(await write(as(LAURENT), name, acceptedByLaurent.id))]).toEqual([
          name,
          'FORBIDDEN',
        ]);
    });

    it('lets the coordinator share and re-grade an AMBER case she does not own; not a RED one where she is not named', async () => {
      const kase = await aCase(api).sensitivity('AMBER').build();
      const share = await as(CLAIRE).gql(
        `mutation($id: ID!, $org: ID!) { shareCase(id: $id, organizationId: $org, reason: "Coordination") { id } }`,
        { id: kase.id, org: ids['ddpn'] },
      );
      expect(share.errors).toBeUndefined();
      const raise = await as(CLAIRE).gql(
        `mutation($id: ID!) { changeCaseSensitivity(id: $id, sensitivity: AMBER_STRICT) { sensitivity } }`,
        { id: kase.id },
      );
      expect(raise.errors).toBeUndefined();
      const before = await snapshot(hiddenRed.id);
      expect(codeOf(await write(as(CLAIRE), 'changeCaseSensitivity', hiddenRed.id))).toBe('NOT_FOUND');
      expect(await snapshot(hiddenRed.id)).toEqual(before);
    });
  });

  describe('involvement through the API', () => {
    const PERSONS = `query($id: ID!) { case(id: $id) { id persons { fullName } personsWithheldReason } }`;

    it('reads a landlord’s AMBER case as SHARING.md says, seat by seat', async () => {
      const kase = await aCase(api)
        .ownedBy('Val de Loire Habitat Démo')
        .sensitivity('AMBER')
        .assignedTo('Police municipale d’Orléans', 'ACCEPTED')
        .sharedWith('DDPN du Loiret')
        .withPerson('Jean Exemple')
        .build();
      const personsOf = async (persona: Persona) => {
        await as(persona).giveMotive(kase.id); // refused where the persons are not theirs: read below
        const result = await as(persona).gql<{ case: { persons: { fullName: string }[] | null } }>(PERSONS, {
          id: kase.id,
        });
        return result.errors ? codeOf(result) : result.data!.case.persons;
      };
      expect(await personsOf(PAUL)).toEqual([{ fullName: 'Jean Exemple' }]); // accepted referral, public
      expect(await personsOf(LAURENT)).toEqual([{ fullName: 'Jean Exemple' }]); // organisation share, public
      expect(await personsOf(NADIA)).toBeNull(); // owner, but a private partner
      expect(await personsOf(CLAIRE)).toBeNull(); // coordinator, not involved
      expect(await personsOf(THOMAS)).toBe('NOT_FOUND'); // not involved
      expect(await personsOf(ALEX)).toBe('NOT_FOUND'); // the admin role reads no case
    });

    it('lets a pending referral read the AMBER case to answer it; declining takes the access away', async () => {
      const kase = await aCase(api)
        .sensitivity('AMBER')
        .assignedTo(PAUL.organization, 'PENDING')
        .withPerson('Jean Exemple')
        .build();
      const pending = await as(PAUL).gql<{ case: { persons: null; personsWithheldReason: string } }>(
        PERSONS,
        {
          id: kase.id,
        },
      );
      expect(pending.data!.case).toMatchObject({ persons: null, personsWithheldReason: expect.any(String) });
      const declined = await as(PAUL).gql<{ answerReferral: { status: string; case: unknown } }>(
        `mutation($id: ID!) { answerReferral(assignmentId: $id, accept: false, reason: "Hors compétence") {
           status case { id title } } }`,
        { id: kase.assignmentIds[PAUL.organization] },
      );
      expect(declined.errors).toBeUndefined();
      expect(declined.data!.answerReferral).toEqual({ status: 'DECLINED', case: null });
      expect(codeOf(await as(PAUL).gql(PERSONS, { id: kase.id }))).toBe('NOT_FOUND');
      const work = await as(PAUL).gql<{ myWork: { pendingReferrals: { id: string }[] } }>(
        `{ myWork { pendingReferrals { id } } }`,
      );
      expect(work.data!.myWork.pendingReferrals.map((r) => r.id)).not.toContain(
        kase.assignmentIds[PAUL.organization],
      );
    });

    it('gives the persons to a public authority once it accepts the referral', async () => {
      const kase = await aCase(api)
        .sensitivity('AMBER_STRICT')
        .assignedTo(PAUL.organization, 'PENDING')
        .withPerson('Jean Exemple')
        .build();
      expect(codeOf(await as(PAUL).giveMotive(kase.id))).toBe('FORBIDDEN'); // not yet involved
      const accepted = await as(PAUL).gql<{
        answerReferral: { status: string; case: { persons: unknown; personsMotiveRequired: boolean } };
      }>(
        `mutation($id: ID!) { answerReferral(assignmentId: $id, accept: true) { status case { persons { fullName } personsMotiveRequired } } }`,
        { id: kase.assignmentIds[PAUL.organization] },
      );
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data!.answerReferral).toEqual({
        status: 'ACCEPTED',
        case: { persons: null, personsMotiveRequired: true },
      });
      ok(await as(PAUL).giveMotive(kase.id));
      const read = await as(PAUL).gql<{ case: { persons: unknown } }>(PERSONS, { id: kase.id });
      expect(read.data!.case.persons).toEqual([{ fullName: 'Jean Exemple' }]);
    });
  });

  describe('lowering and sharing, journaled with who and why', () => {
    const CHANGE = `mutation($id: ID!, $to: Sensitivity!, $reason: String) {
      changeCaseSensitivity(id: $id, sensitivity: $to, reason: $reason) { sensitivity timeline { summary } } }`;

    it.each([
      ['no reason', undefined],
      ['a blank reason', '   '],
    ])('refuses to lower a case with %s, field `reason`, and changes nothing', async (_, reason) => {
      const kase = await aCase(api).ownedBy(PAUL.organization).sensitivity('AMBER').build();
      const before = await snapshot(kase.id);
      const result = await as(PAUL).gql(CHANGE, { id: kase.id, to: 'GREEN', reason });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions?.field).toBe('reason');
      expect(result.errors![0].message).toMatch(/motif/);
      expect(await snapshot(kase.id)).toEqual(before);
      expect(await journal('case.sensitivity.lowered', kase.id)).toEqual([]);
    });

    it('lowers a case given a reason, and journals who and why', async () => {
      const kase = await aCase(api).ownedBy(PAUL.organization).sensitivity('AMBER_STRICT').build();
      const result = await as(PAUL).gql<{
        changeCaseSensitivity: { sensitivity: string; timeline: { summary: string }[] };
      }>(CHANGE, { id: kase.id, to: 'GREEN', reason: 'Faits désormais publics' });
      expect(result.errors).toBeUndefined();
      expect(result.data!.changeCaseSensitivity.sensitivity).toBe('GREEN');
      expect(result.data!.changeCaseSensitivity.timeline.at(-1)!.summary).toMatch(/Faits désormais publics/);
      expect(await journal('case.sensitivity.lowered', kase.id)).toEqual([
        {
          actor_user_id: ids['paul'],
          actor_label: expect.stringContaining('Paul Durand'),
          reason: 'Faits désormais publics',
          details: expect.objectContaining({ reference: kase.reference, from: 'AMBER_STRICT', to: 'GREEN' }),
        },
      ]);
    });

    it('raises a case without a reason, journaled too', async () => {
      const kase = await aCase(api).ownedBy(PAUL.organization).sensitivity('GREEN').build();
      const result = await as(PAUL).gql(CHANGE, { id: kase.id, to: 'AMBER' });
      expect(result.errors).toBeUndefined();
      expect(await journal('case.sensitivity.raised', kase.id)).toEqual([
        expect.objectContaining({
          actor_user_id: ids['paul'],
          details: expect.objectContaining({ to: 'AMBER' }),
        }),
      ]);
    });

    it('shares with an organisation, journaled with who and why; unsharing takes the access back', async () => {
      const kase = await aCase(api)
        .ownedBy(PAUL.organization)
        .sensitivity('AMBER')
        .withPerson('Jean Exemple')
        .build();
      const read = `query($id: ID!) { case(id: $id) { id persons { fullName } personsWithheldReason shares { id reason } } }`;
      expect(codeOf(await as(NADIA).gql(read, { id: kase.id }))).toBe('NOT_FOUND');

      const shared = await as(PAUL).gql<{ shareCase: { id: string } }>(
        `mutation($id: ID!, $org: ID!) { shareCase(id: $id, organizationId: $org, reason: "Hall du bâtiment C") { id } }`,
        { id: kase.id, org: ids['bailleur'] },
      );
      expect(shared.errors).toBeUndefined();
      expect(await journal('case.shared', kase.id)).toEqual([
        {
          actor_user_id: ids['paul'],
          actor_label: expect.stringContaining('Paul Durand'),
          reason: 'Hall du bâtiment C',
          details: expect.objectContaining({ reference: kase.reference, with: NADIA.organization }),
        },
      ]);
      // Nadia now reads it, without the persons (private partner), and without the shares (not hers to manage).
      const nadiaReads = await as(NADIA).gql<{ case: Record<string, unknown> }>(read, { id: kase.id });
      expect(nadiaReads.errors).toBeUndefined();
      expect(nadiaReads.data!.case).toMatchObject({ persons: null, shares: [] });
      const paulReads = await as(PAUL).gql<{ case: { shares: { reason: string }[] } }>(read, { id: kase.id });
      expect(paulReads.data!.case.shares).toEqual([
        { id: shared.data!.shareCase.id, reason: 'Hall du bâtiment C' },
      ]);

      const unshared = await as(PAUL).gql(
        `mutation($id: ID!) { unshareCase(shareId: $id, reason: "Fin de l’opération") { id } }`,
        { id: shared.data!.shareCase.id },
      );
      expect(unshared.errors).toBeUndefined();
      expect(await journal('case.unshared', kase.id)).toEqual([
        expect.objectContaining({ actor_user_id: ids['paul'], reason: 'Fin de l’opération' }),
      ]);
      expect(codeOf(await as(NADIA).gql(read, { id: kase.id }))).toBe('NOT_FOUND');
    });
  });

  describe('reads of AMBER+STRICT and RED cases, journaled', () => {
    it('journals who read an AMBER+STRICT or a RED case, and not an AMBER one', async () => {
      const [strict, red, amber] = await Promise.all([
        aCase(api).ownedBy(PAUL.organization).sensitivity('AMBER_STRICT').build(),
        aCase(api).sensitivity('RED').sharedWithUser(PAUL.email).build(),
        aCase(api).ownedBy(PAUL.organization).sensitivity('AMBER').build(),
      ]);
      for (const kase of [strict, red, amber])
        expect((await as(PAUL).gql(READ, { id: kase.id })).errors).toBeUndefined();
      for (const kase of [strict, red])
        expect(await journal('case.read.restricted', kase.id)).toEqual([
          expect.objectContaining({
            actor_user_id: ids['paul'],
            details: expect.objectContaining({ reference: kase.reference, sensitivity: kase.sensitivity }),
          }),
        ]);
      expect(await journal('case.read.restricted', amber.id)).toEqual([]);
    });

    it('journals nothing for who was refused the case', async () => {
      const strict = await aCase(api).ownedBy(PAUL.organization).sensitivity('AMBER_STRICT').build();
      expect(codeOf(await as(NADIA).gql(READ, { id: strict.id }))).toBe('NOT_FOUND');
      expect(
        await api.dataSource.query(`select 1 from audit_entries where subject_id = $1`, [strict.id]),
      ).toEqual([]);
    });

    it('journals the reads of restricted cases reached through a list or a nested path', async () => {
      const strict = await aCase(api)
        .ownedBy(PAUL.organization)
        .titled('Lecture imbriquée')
        .sensitivity('AMBER_STRICT')
        .build();
      const hub = await aCase(api).sensitivity('CLEAR').linkedTo(strict).build();
      const linked = await as(PAUL).gql(
        `query($id: ID!) { case(id: $id) { linkedCases { id description } } }`,
        {
          id: hub.id,
        },
      );
      expect(linked.errors).toBeUndefined();
      expect(await journal('case.read.restricted', strict.id)).toEqual([
        expect.objectContaining({ actor_user_id: ids['paul'] }),
      ]);
      const listed = await as(PAUL).gql(
        `query($q: String!) { cases(filter: { search: $q }) { edges { node { id } } } }`,
        {
          q: strict.word,
        },
      );
      expect(listed.errors).toBeUndefined();
      expect(await journal('case.listed.restricted', strict.id)).toEqual([
        expect.objectContaining({ actor_user_id: ids['paul'] }),
      ]);
    });
  });
  describe('linking', () => {
    it('links two cases Paul may edit, seen from both sides by who reads them', async () => {
      const [one, other] = await Promise.all([
        aCase(api).ownedBy(PAUL.organization).sensitivity('GREEN').build(),
        aCase(api).ownedBy(PAUL.organization).sensitivity('AMBER').build(),
      ]);
      const linked = await as(PAUL).gql<{ linkCases: { linkedCases: { id: string }[] } }>(
        `mutation($id: ID!, $other: ID!) { linkCases(id: $id, otherCaseId: $other) { linkedCases { id } } }`,
        { id: one.id, other: other.id },
      );
      expect(linked.errors).toBeUndefined();
      expect(linked.data!.linkCases.linkedCases).toEqual([{ id: other.id }]);
      // Nadia reads the GREEN one, not the AMBER one: she sees no link.
      const nadia = await as(NADIA).gql<{ case: { linkedCases: { id: string }[] } }>(
        `query($id: ID!) { case(id: $id) { linkedCases { id } } }`,
        { id: one.id },
      );
      expect(nadia.data!.case.linkedCases).toEqual([]);
    });
  });

  describe('the audit journal', () => {
    it('does not give the admin or the coordinator the reason a RED case they may not read was shared', async () => {
      const reason = `Signalement nominatif ${randomId()}`;
      const red = await aCase(api)
        .ownedBy(PAUL.organization)
        .sensitivity('RED')
        .sharedWithUser(PAUL.email)
        .build();
      const shared = await as(PAUL).gql(
        `mutation($id: ID!, $user: ID!, $reason: String) { shareCase(id: $id, userId: $user, reason: $reason) { id } }`,
        { id: red.id, user: await userId(api, LAURENT.email), reason },
      );
      expect(shared.errors).toBeUndefined();
      for (const reader of [ALEX, CLAIRE]) {
        expect(codeOf(await as(reader).gql(READ, { id: red.id }))).toBe('NOT_FOUND');
        const journal = await as(reader).gql(
          `{ auditEntries(first: 100, action: "case.shared") { edges { node { action subjectId reason details } } } }`,
        );
        expect(journal.errors).toBeUndefined();
        expect(JSON.stringify(journal)).not.toContain(reason);
      }
    });
  });
});
