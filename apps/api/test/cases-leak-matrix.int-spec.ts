import { Api, codeOf, GraphqlError, GraphqlResult, Session } from './api-harness';
import {
  aBody,
  aCase,
  aWorkingGroup,
  aZone,
  BuiltBody,
  BuiltCase,
  BuiltWorkingGroup,
  BuiltZone,
  CaseStatus,
  CharterState,
  inBatches,
  randomId,
  Sensitivity,
  SENSITIVITIES,
  uniqueWord,
} from './case-factory';
import {
  describeSeen,
  expectedSeen,
  Persona,
  PERSONAS,
  readsNoCase,
  Seen,
  Situation,
  SITUATIONS,
} from './personas';

/**
 * The leak matrix (SHARING.md): for every demo persona, every way of being involved in a case and
 * every sensitivity, one case made for that cell alone; through the GraphQL API, the persona must
 * read it (`case(id)`), list it, count it and find it by its reference and by a word of its title
 * exactly when SHARING.md says so, and get its nominative data only on a need-to-know basis. A case
 * they may not read answers exactly as a case that does not exist.
 */

const READ = `query Read($id: ID!) {
  case(id: $id) {
    id reference title sensitivity status
    persons { fullName }
    personsWithheldReason
    viewerCan { readPersons }
  }
}`;

const FIND = `query Find($title: String!, $word: String!, $reference: String!) {
  byTitle: cases(filter: { search: $title }) { totalCount countsByStatus { status count } edges { node { id } } }
  byWord: cases(filter: { search: $word }) { totalCount countsByStatus { status count } edges { node { id } } }
  byReference: cases(filter: { search: $reference }) { totalCount countsByStatus { status count } edges { node { id } } }
}`;

interface ReadCase {
  id: string;
  reference: string;
  title: string;
  sensitivity: Sensitivity;
  status: CaseStatus;
  persons: { fullName: string }[] | null;
  personsWithheldReason: string | null;
  viewerCan: { readPersons: boolean };
}
type Found = Record<'byTitle' | 'byWord' | 'byReference', Connection>;
interface Connection {
  totalCount: number;
  countsByStatus: { status: CaseStatus; count: number }[];
  edges: { node: { id: string } }[];
}

/** A different status per sensitivity, so that `countsByStatus` is checked on several statuses. */
const STATUS_OF: Record<Sensitivity, CaseStatus> = {
  CLEAR: 'NEW',
  GREEN: 'ANALYSIS',
  AMBER: 'RESPONSE',
  AMBER_STRICT: 'ASSESSMENT',
  RED: 'ON_HOLD',
};
const PERSON = 'Jean Exemple';
/** A word in the title of every case of this matrix (other tests and the demo share the database). */
const RUN = uniqueWord('matrice');

interface Cell {
  persona: Persona;
  situation: Situation;
  sensitivity: Sensitivity;
  seen: Seen;
}
/** Situations that involve the persona's organisation rather than the persona by name. */
const ORGANIZATION_SITUATIONS: ReadonlySet<Situation> = new Set<Situation>([
  'owner',
  'pending referral',
  'accepted referral',
  'declined referral',
  'organisation share',
  'body member',
]);
const keyOf = (cell: Omit<Cell, 'seen'>) => `${cell.persona.key}|${cell.situation}|${cell.sensitivity}`;

const CELLS: Cell[] = PERSONAS.flatMap((persona) =>
  SITUATIONS.flatMap((situation) =>
    SENSITIVITIES.map((sensitivity) => ({
      persona,
      situation,
      sensitivity,
      seen: expectedSeen(persona, situation, sensitivity),
    })),
  ),
);

/**
 * Cells where the API contradicts SHARING.md, by `persona|situation|sensitivity`, with the bug:
 * they run as `it.failing` until the product is fixed. Empty when the API agrees everywhere.
 */
const KNOWN_BUGS: Record<string, string> = {};

describe('The leak matrix: who reads, lists, counts and finds which case', () => {
  let api: Api;
  const sessions = new Map<string, Session>();
  const cases = new Map<string, BuiltCase>();
  const unknownCase = new Map<string, GraphqlError>();
  let zone: BuiltZone;
  let hub: BuiltCase;
  // Every cell's two requests, sent in beforeAll a few at a time; each test then checks its own.
  const answers = new Map<
    string,
    { motive: GraphqlResult; read: GraphqlResult<{ case: ReadCase }>; found: GraphqlResult<Found> }
  >();
  const ask = async (cell: Cell) => {
    const session = sessions.get(cell.persona.key)!;
    const kase = cases.get(keyOf(cell))!;
    // The motive first, as a person gives it before the persons are shown (once per case and session).
    const motive = await session.giveMotive(kase.id);
    const [read, found] = await Promise.all([
      session.gql<{ case: ReadCase }>(READ, { id: kase.id }),
      session.gql<Found>(FIND, { title: kase.title, word: kase.word, reference: kase.reference }),
    ]);
    answers.set(keyOf(cell), { motive, read, found });
  };

  beforeAll(async () => {
    api = await Api.start();
    await Promise.all(PERSONAS.map(async (p) => sessions.set(p.key, await api.as(p.email))));

    // Every case of the matrix in one zone of its own. Per persona: a body their organisation is a
    // member of, and three working groups (in a body they are no member of) where they signed the
    // current charter, never signed it, or signed an older version.
    zone = await aZone(api).build();
    const host = await aBody(api).named('Instance hôte des groupes restreints').build();
    const bodies = new Map<string, BuiltBody>();
    const groups = new Map<string, BuiltWorkingGroup>();
    await Promise.all(
      PERSONAS.map(async (p) => {
        bodies.set(p.key, await aBody(api).named('CLSPD de test').withMembers(p.organization).build());
        for (const charter of ['signed', 'unsigned', 'old-version'] as CharterState[])
          groups.set(
            `${p.key}|${charter}`,
            await aWorkingGroup(api, host).charterVersion('3').withMember(p.email, charter).build(),
          );
      }),
    );

    const build = ({ persona: p, situation, sensitivity }: Cell): Promise<BuiltCase> => {
      const kase = aCase(api)
        .ownedBy('Groupement de gendarmerie du Loiret')
        .titled(`Matrice de diffusion ${RUN}`)
        .sensitivity(sensitivity)
        .status(STATUS_OF[sensitivity])
        .inZone(zone)
        .withPerson(PERSON);
      // « Mes dossiers » lists 100 actions at most: the DPO's cells (the cabinet's, like the
      // coordinator's) carry none, so that the coordinator's list holds all of hers.
      if (!readsNoCase(p)) kase.withAction(p.organization, 'Action de la matrice', -30);
      switch (situation) {
        case 'owner':
          return kase.ownedBy(p.organization).build();
        case 'pending referral':
          return kase.assignedTo(p.organization, 'PENDING').build();
        case 'accepted referral':
          return kase.assignedTo(p.organization, 'ACCEPTED').build();
        case 'declined referral':
          return kase.assignedTo(p.organization, 'DECLINED').build();
        case 'organisation share':
          return kase.sharedWith(p.organization).build();
        case 'named user share':
          return kase.sharedWithUser(p.email).build();
        case 'body member':
          return kase.attachedTo(bodies.get(p.key) as BuiltBody).build();
        case 'working group, charter signed':
          return kase.inWorkingGroup(groups.get(`${p.key}|signed`) as BuiltWorkingGroup).build();
        case 'working group, charter unsigned':
          return kase.inWorkingGroup(groups.get(`${p.key}|unsigned`) as BuiltWorkingGroup).build();
        case 'working group, old charter version':
          return kase.inWorkingGroup(groups.get(`${p.key}|old-version`) as BuiltWorkingGroup).build();
        case 'not involved':
          return kase.build();
      }
    };
    await inBatches(CELLS, 8, async (cell) => cases.set(keyOf(cell), await build(cell)));
    // A CLEAR case everyone reads, linked to every case of the matrix (outside its zone and search).
    hub = await aCase(api)
      .titled('Pivot de la matrice')
      .sensitivity('CLEAR')
      .linkedTo(...cases.values())
      .build();

    await inBatches(CELLS, 6, ask);
    // What a case that does not exist answers, for each persona: the yardstick of NOT_FOUND.
    await Promise.all(
      PERSONAS.map(async (p) => {
        const result = await sessions.get(p.key)!.gql(READ, { id: randomId() });
        unknownCase.set(p.key, result.errors![0]);
      }),
    );
  }, 120_000);

  afterAll(() => api?.stop());

  const check = (cell: Cell) => {
    const kase = cases.get(keyOf(cell))!;
    const { motive, read, found } = answers.get(keyOf(cell))!;

    if (cell.seen === '-') {
      // Giving a motive for a case one may not read answers as for a case that does not exist.
      expect(codeOf(motive)).toBe('NOT_FOUND');
      expect(motive.errors![0].message).toBe('Dossier introuvable.');
      // Exactly what a case that does not exist answers: same code, same message, nothing else.
      const unknown = unknownCase.get(cell.persona.key)!;
      expect(read.data).toBeNull();
      expect(read.errors).toHaveLength(1);
      expect(codeOf(read)).toBe('NOT_FOUND');
      expect(read.errors![0].message).toBe(unknown.message);
      expect(read.errors![0].extensions).toEqual(unknown.extensions);
      expect(JSON.stringify(read)).not.toMatch(new RegExp(`${kase.word}|${kase.reference}|${PERSON}`));
    } else {
      expect(read.errors).toBeUndefined();
      const got = read.data!.case;
      expect(got).toMatchObject({
        id: kase.id,
        reference: kase.reference,
        title: kase.title,
        sensitivity: cell.sensitivity,
        status: STATUS_OF[cell.sensitivity],
      });
      if (cell.seen === 'P') {
        expect(motive.errors).toBeUndefined();
        expect(got.persons).toEqual([{ fullName: PERSON }]);
        expect(got.personsWithheldReason).toBeNull();
        expect(got.viewerCan.readPersons).toBe(true);
      } else {
        expect(codeOf(motive)).toBe('FORBIDDEN');
        expect(got.persons).toBeNull();
        expect(got.personsWithheldReason).toMatch(/autorités publiques/);
        expect(got.viewerCan.readPersons).toBe(false);
        expect(JSON.stringify(read)).not.toContain(PERSON);
      }
    }

    expect(found.errors).toBeUndefined();
    const visible = cell.seen !== '-';
    for (const connection of [found.data!.byTitle, found.data!.byWord, found.data!.byReference]) {
      expect(connection.edges.map((edge) => edge.node.id)).toEqual(visible ? [kase.id] : []);
      expect(connection.totalCount).toBe(visible ? 1 : 0);
      expect(connection.countsByStatus).toEqual(
        visible ? [{ status: STATUS_OF[cell.sensitivity], count: 1 }] : [],
      );
    }
  };

  describe.each(PERSONAS.map((persona) => [persona.label, persona] as const))('%s', (_, persona) => {
    for (const cell of CELLS.filter((c) => c.persona === persona)) {
      const bug = KNOWN_BUGS[keyOf(cell)];
      const title = `${cell.situation} · ${cell.sensitivity} → ${describeSeen(cell.seen)}`;
      if (bug) it.failing(`${title} — BUG: ${bug}`, () => check(cell));
      else it(title, () => check(cell));
    }
  });

  it('answers the same NOT_FOUND, word for word, to every persona for a case that does not exist', () => {
    const answers = [...unknownCase.values()].map((error) => ({
      message: error.message,
      extensions: error.extensions,
    }));
    expect(answers[0]).toEqual({ message: 'Dossier introuvable.', extensions: { code: 'NOT_FOUND' } });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it('has built one case per cell: 10 personas × 11 situations × 5 sensitivities', () => {
    expect(cases.size).toBe(PERSONAS.length * SITUATIONS.length * SENSITIVITIES.length);
  });

  // Over the whole matrix at once, through the other paths: someone else's cell is one they are not
  // involved in (unless it is their organisation's); every cell carries an overdue action for its
  // persona's organisation.
  describe.each(PERSONAS.map((persona) => [persona.label, persona] as const))(
    '%s, over the whole matrix',
    (_, persona) => {
      // Two personas of one organisation (the cabinet's coordinator and DPO) share its situations.
      const seenBy = (cell: Cell): Seen =>
        cell.persona === persona
          ? cell.seen
          : expectedSeen(
              persona,
              sameOrganization(cell) && ORGANIZATION_SITUATIONS.has(cell.situation)
                ? cell.situation
                : 'not involved',
              cell.sensitivity,
            );
      const sameOrganization = (cell: Cell) => cell.persona.organization === persona.organization;
      const readableCells = () => CELLS.filter((cell) => seenBy(cell) !== '-');
      const idsOf = (cells: Cell[]) => cells.map((cell) => cases.get(keyOf(cell))!.id).sort();
      const matrixIds = () => new Set(idsOf(CELLS));
      const countsOf = (cells: Cell[]) => {
        const counts = new Map<CaseStatus, number>();
        for (const cell of cells) {
          const status = STATUS_OF[cell.sensitivity];
          counts.set(status, (counts.get(status) ?? 0) + 1);
        }
        return [...counts]
          .map(([status, count]) => ({ status, count }))
          .sort((a, b) => a.status.localeCompare(b.status));
      };
      const WHOLE = `query Whole($run: String!, $zone: ID!) {
      search: cases(filter: { search: $run }, first: 1) { totalCount countsByStatus { status count } }
      inZone: cases(filter: { zoneId: $zone }, first: 1) { totalCount countsByStatus { status count } }
      zone(id: $zone) { cases(first: 1) { totalCount countsByStatus { status count } } }
      myWork { pendingReferrals { case { id } } dueActions { case { id } } }
    }`;
      const HUB = `query Hub($hub: ID!) { hub: case(id: $hub) { linkedCases { id } } }`;
      interface Whole {
        search: Omit<Connection, 'edges'>;
        inZone: Omit<Connection, 'edges'>;
        zone: { cases: Omit<Connection, 'edges'> };
        hub: { linkedCases: { id: string }[] } | null;
        myWork: Record<'pendingReferrals' | 'dueActions', { case: { id: string } | null }[]>;
      }
      let whole: Whole;
      beforeAll(async () => {
        const session = sessions.get(persona.key)!;
        const result = await session.gql<Whole>(WHOLE, { run: RUN, zone: zone.id });
        expect(result.errors).toBeUndefined();
        // The pivot is a CLEAR case: only the technical administration and the DPO, who read no case,
        // are told it does not exist.
        const pivot = await session.gql<Pick<Whole, 'hub'>>(HUB, { hub: hub.id });
        expect(pivot.errors?.map((error) => error.extensions?.code)).toEqual(
          readsNoCase(persona) ? ['NOT_FOUND'] : undefined,
        );
        whole = { ...result.data!, hub: pivot.data?.hub ?? null };
      });

      it('counts exactly the cells they may read, by status, in a search and in the zone', () => {
        const expected = countsOf(readableCells());
        const total = readableCells().length;
        for (const connection of [whole.search, whole.inZone, whole.zone.cases]) {
          expect(connection.countsByStatus).toEqual(expected);
          expect(connection.totalCount).toBe(total);
        }
      });

      it('finds among the linked cases of a case they read exactly the cells they may read', () => {
        expect((whole.hub?.linkedCases ?? []).map((c) => c.id).sort()).toEqual(idsOf(readableCells()));
      });

      it('has in « Mes dossiers » the referrals and actions of the cells they may read only', () => {
        const inMatrix = (items: { case: { id: string } | null }[]) =>
          items.flatMap((item) => (item.case && matrixIds().has(item.case.id) ? [item.case.id] : [])).sort();
        expect(whole.myWork.pendingReferrals.filter((item) => item.case === null)).toEqual([]);
        expect(whole.myWork.dueActions.filter((item) => item.case === null)).toEqual([]);
        const own = readableCells().filter(sameOrganization);
        expect(inMatrix(whole.myWork.pendingReferrals)).toEqual(
          idsOf(own.filter((cell) => cell.situation === 'pending referral')),
        );
        expect(inMatrix(whole.myWork.dueActions)).toEqual(
          idsOf(own.filter((cell) => !readsNoCase(cell.persona))),
        );
      });
    },
  );
});
