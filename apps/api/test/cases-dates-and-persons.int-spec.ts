import { Api, codeOf, GraphqlResult, ok, Session, unique } from './api-harness';
import { aCase, organizationId, parisDate } from './case-factory';
import { LAURENT, MARC, NADIA, PAUL, Persona } from './personas';

/**
 * What new users stumbled on (issue 14, « Cases »): due dates set in the past, a birth year in the
 * future, an assignee removing the owner's persons in one click, and the history of a case linked to
 * one its reader may not read.
 */

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCaseInput!) { updateCase(id: $id, input: $input) { id title assessmentDueOn } }`;
const ADD_ACTION = `mutation($id: ID!, $org: ID!, $due: String) {
  addCaseAction(caseId: $id, input: { title: "Patrouille renforcée", organizationId: $org, dueOn: $due }) { id dueOn } }`;
const UPDATE_ACTION = `mutation($id: ID!, $input: UpdateCaseActionInput!) { updateCaseAction(id: $id, input: $input) { id status dueOn } }`;
const ADD_PERSON = `mutation($id: ID!, $year: Int) {
  addCasePerson(caseId: $id, input: { fullName: "Jean Témoin", role: TEMOIN, birthYear: $year }) { id birthYear } }`;
const REMOVE_PERSON = `mutation($id: ID!, $reason: String) { removeCasePerson(id: $id, reason: $reason) }`;
const PERMISSIONS = `query($id: ID!) { case(id: $id) { viewerCan { update readPersons editPersons } persons { id } } }`;

describe('Cases: dates, persons and the history of links', () => {
  let api: Api;
  const sessions = new Map<string, Session>();
  const as = (persona: Persona) => sessions.get(persona.key)!;
  const yesterday = parisDate(-1);
  const thisYear = Number(parisDate().slice(0, 4));

  beforeAll(async () => {
    api = await Api.start();
    for (const persona of [LAURENT, MARC, NADIA, PAUL])
      sessions.set(persona.key, await api.as(persona.email));
  }, 60_000);

  afterAll(() => api?.stop());

  const expectRefused = (result: GraphqlResult, field: string, message: RegExp) => {
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe(field);
    expect(result.errors?.[0].message).toMatch(message);
  };
  const timeline = async (caseId: string, kind: string) =>
    (
      await api.dataSource.query('select data from case_events where case_id = $1 and kind = $2', [
        caseId,
        kind,
      ])
    ).length as number;

  describe('dates', () => {
    it('refuses to open a case whose assessment is already past, naming the field in French', async () => {
      const result = await as(LAURENT).gql(CREATE, {
        input: {
          title: `Rodéos quai du Roi ${unique()}`,
          category: 'RODEOS_URBAINS',
          communeCode: '45234',
          sensitivity: 'GREEN',
          assessmentDueOn: yesterday,
        },
      });
      expectRefused(
        result,
        'input.assessmentDueOn',
        /^La date d’évaluation ne peut pas être dans le passé\.$/,
      );
    });

    it('keeps an assessment date that became past when it is unchanged, refuses a new past one, accepts today', async () => {
      const kase = await aCase(api).ownedBy(LAURENT.organization).build();
      await api.dataSource.query(`update cases set assessment_due_on = '2025-01-15' where id = $1`, [
        kase.id,
      ]);
      const kept = await as(LAURENT).gql(UPDATE, {
        id: kase.id,
        input: { title: `Titre revu ${unique()}`, assessmentDueOn: '2025-01-15' },
      });
      expect(ok(kept)).toMatchObject({ updateCase: { assessmentDueOn: '2025-01-15' } });
      expectRefused(
        await as(LAURENT).gql(UPDATE, { id: kase.id, input: { assessmentDueOn: '2025-01-16' } }),
        'input.assessmentDueOn',
        /passé/,
      );
      expect(
        ok(await as(LAURENT).gql(UPDATE, { id: kase.id, input: { assessmentDueOn: parisDate() } })),
      ).toBeTruthy();
    });

    it('refuses a new action due in the past (« en retard de 2 532 jours » on the day it is written)', async () => {
      const kase = await aCase(api).ownedBy(LAURENT.organization).build();
      const ddpn = await organizationId(api, LAURENT.organization);
      expectRefused(
        await as(LAURENT).gql(ADD_ACTION, { id: kase.id, org: ddpn, due: '2020-01-01' }),
        'input.dueOn',
        /^L’échéance de l’action ne peut pas être dans le passé\.$/,
      );
      expect(await timeline(kase.id, 'action_added')).toBe(0);
      expect(
        ok(await as(LAURENT).gql(ADD_ACTION, { id: kase.id, org: ddpn, due: parisDate(7) })),
      ).toBeTruthy();
    });

    it('lets an action already late be worked without moving its date, but not be moved to another past date', async () => {
      const kase = await aCase(api).ownedBy(LAURENT.organization).withAction(LAURENT.organization).build();
      const [actionId] = kase.actionIds;
      await api.dataSource.query(`update case_actions set due_on = $2 where id = $1`, [actionId, yesterday]);
      expect(
        ok(
          await as(LAURENT).gql(UPDATE_ACTION, {
            id: actionId,
            input: { status: 'IN_PROGRESS', dueOn: yesterday },
          }),
        ),
      ).toMatchObject({ updateCaseAction: { status: 'IN_PROGRESS', dueOn: yesterday } });
      expectRefused(
        await as(LAURENT).gql(UPDATE_ACTION, { id: actionId, input: { dueOn: parisDate(-2) } }),
        'input.dueOn',
        /passé/,
      );
    });

    it('refuses a birth year in the future', async () => {
      const kase = await aCase(api).ownedBy(LAURENT.organization).sensitivity('AMBER').build();
      expectRefused(
        await as(LAURENT).gql(ADD_PERSON, { id: kase.id, year: thisYear + 1 }),
        'input.birthYear',
        /^L’année de naissance ne peut pas être dans le futur\.$/,
      );
      expect(ok(await as(LAURENT).gql(ADD_PERSON, { id: kase.id, year: thisYear }))).toBeTruthy();
    });
  });

  describe('who edits persons (SHARING.md: the owner organisation edits the case)', () => {
    it('an accepted assignee reads the persons but neither adds nor removes one, and is not offered to', async () => {
      const kase = await aCase(api)
        .ownedBy(LAURENT.organization)
        .sensitivity('AMBER')
        .assignedTo(MARC.organization, 'ACCEPTED')
        .withPerson('Jean Exemple')
        .build();
      ok(await as(MARC).giveMotive(kase.id));
      const seen = ok(
        await as(MARC).gql<{ case: { viewerCan: Record<string, boolean>; persons: unknown[] } }>(
          PERMISSIONS,
          { id: kase.id },
        ),
      );
      expect(seen.case.viewerCan).toEqual({ update: false, readPersons: true, editPersons: false });
      expect(seen.case.persons).toHaveLength(1);

      const added = await as(MARC).gql(ADD_PERSON, { id: kase.id });
      const removed = await as(MARC).gql(REMOVE_PERSON, { id: kase.personIds[0], reason: 'Plus concerné' });
      for (const result of [added, removed]) {
        expect(codeOf(result)).toBe('FORBIDDEN');
        expect(result.errors?.[0].message).toMatch(/Seule l’organisation qui porte le dossier/);
      }
      const [{ n }] = await api.dataSource.query(
        'select count(*)::int as n from case_persons where case_id = $1',
        [kase.id],
      );
      expect(n).toBe(1);
      const owner = ok(
        await as(LAURENT).gql<{ case: { viewerCan: Record<string, boolean> } }>(PERMISSIONS, { id: kase.id }),
      );
      expect(owner.case.viewerCan['editPersons']).toBe(true);
    });

    it('the owner removes a person only with a reason, journaled with who and why', async () => {
      const kase = await aCase(api)
        .ownedBy(LAURENT.organization)
        .sensitivity('AMBER')
        .withPerson('Jean Exemple')
        .build();
      const [personId] = kase.personIds;
      for (const reason of [undefined, '   ']) {
        expectRefused(
          await as(LAURENT).gql(REMOVE_PERSON, { id: personId, reason }),
          'reason',
          /^Indiquez le motif du retrait de cette personne\.$/,
        );
      }
      expect(await timeline(kase.id, 'person_removed')).toBe(0);
      expect(
        ok(await as(LAURENT).gql(REMOVE_PERSON, { id: personId, reason: 'Doublon de la fiche' })),
      ).toEqual({
        removeCasePerson: true,
      });
      expect(await timeline(kase.id, 'person_removed')).toBe(1);
      const journal = await api.dataSource.query(
        `select actor_label, reason, details from audit_entries where action = 'case.person_removed' and subject_id = $1`,
        [kase.id],
      );
      expect(journal).toEqual([
        {
          actor_label: expect.stringContaining('Laurent Moreau'),
          reason: 'Doublon de la fiche',
          details: { personId, role: 'MIS_EN_CAUSE' },
        },
      ]);
    });
  });

  it('the history of a case never names a linked case its reader may not read (SHARING.md « Decisions »)', async () => {
    const open = await aCase(api).ownedBy(PAUL.organization).sensitivity('GREEN').build();
    const hidden = await aCase(api)
      .ownedBy(PAUL.organization)
      .sensitivity('AMBER')
      .titled('Enquête discrète')
      .build();
    ok(
      await as(PAUL).gql(
        `mutation($id: ID!, $other: ID!) { linkCases(id: $id, otherCaseId: $other) { id } }`,
        {
          id: open.id,
          other: hidden.id,
        },
      ),
    );
    const read = ok(
      await as(NADIA).gql<{
        case: { timeline: { kind: string; summary: string }[]; linkedCases: unknown[] };
      }>(`query($id: ID!) { case(id: $id) { timeline { kind summary } linkedCases { id } } }`, {
        id: open.id,
      }),
    );
    expect(read.case.linkedCases).toEqual([]);
    expect(read.case.timeline).toContainEqual({ kind: 'linked', summary: 'Lié à un autre dossier.' });
    const text = JSON.stringify(read);
    for (const secret of [hidden.id, hidden.reference, hidden.title, hidden.word])
      expect(text).not.toContain(secret);
  });

  it('lists communes in French order: « Boësses » before « Boynes », « Échilleuses » among the E', async () => {
    const { communes } = ok(await as(LAURENT).gql<{ communes: { name: string }[] }>('{ communes { name } }'));
    const names = communes.map((commune) => commune.name);
    expect(names.indexOf('Boësses')).toBeLessThan(names.indexOf('Boynes'));
    expect(names.indexOf('Échilleuses')).toBeLessThan(names.indexOf('Faverelles'));
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
  });
});
