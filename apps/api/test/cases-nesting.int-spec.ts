import { Api, Session } from './api-harness';
import {
  aBody,
  aCase,
  anOrganization,
  aWorkingGroup,
  aZone,
  BuiltCase,
  BuiltOrganization,
  BuiltZone,
  CaseStatus,
  Sensitivity,
  SENSITIVITIES,
} from './case-factory';
import {
  ALEX,
  CLAIRE,
  EMMA,
  expectedSeen,
  HUGO,
  LAURENT,
  MARC,
  NADIA,
  Persona,
  PAUL,
  PERSONAS,
  readsNoCase,
  Seen,
  Situation,
  THOMAS,
} from './personas';

/**
 * Every way of reaching a case other than `case(id)` and `cases` applies the same policy: the
 * cases of a zone and of an organisation, the linked cases, « Mes dossiers » (referrals to answer
 * and actions due, through `CaseAssignment.case` and `CaseAction.case`), the possible duplicates,
 * and the counts of filters that would otherwise reveal a case by its sensitivity or its status.
 *
 * One small world: an organisation of its own owns, in a zone of its own, one case per sensitivity
 * in which every persona has a different seat; a CLEAR « hub » case is linked to all five.
 */

const SEATS: Record<string, Situation> = {
  [PAUL.key]: 'pending referral',
  [THOMAS.key]: 'pending referral',
  [LAURENT.key]: 'accepted referral',
  [MARC.key]: 'declined referral',
  [NADIA.key]: 'organisation share',
  [EMMA.key]: 'body member',
  [HUGO.key]: 'working group, charter signed',
  [CLAIRE.key]: 'named user share',
  [ALEX.key]: 'not involved',
};
/** Organisations with an action due on every case of the world. */
const ACTING = [PAUL, THOMAS, LAURENT, NADIA];
/** Organisations with a referral still to answer on every case of the world. */
const REFERRED = [PAUL, THOMAS];

const STATUS_OF: Record<Sensitivity, CaseStatus> = {
  CLEAR: 'NEW',
  GREEN: 'ANALYSIS',
  AMBER: 'RESPONSE',
  AMBER_STRICT: 'ASSESSMENT',
  RED: 'ON_HOLD',
};
const PERSON = 'Jeanne Témoin';

const SEEN_FIELDS = `id title persons { fullName } personsWithheldReason`;
const CONNECTION = `totalCount countsByStatus { status count } edges { node { ${SEEN_FIELDS} } }`;
const NESTED = `query Nested($zone: ID!, $org: ID!, $hub: ID!) {
  zone(id: $zone) { cases(first: 50) { ${CONNECTION} } }
  organization(id: $org) { cases(first: 50) { ${CONNECTION} } }
  byZone: cases(filter: { zoneId: $zone }, first: 50) { ${CONNECTION} }
  byOwner: cases(filter: { ownerOrganizationId: $org }, first: 50) { ${CONNECTION} }
  hub: case(id: $hub) { linkedCases { ${SEEN_FIELDS} timeline { summary } comments { body } linkedCases { id }
    assignments { case { id } } actions { case { id } } } }
  duplicates: possibleDuplicates(category: DESTRUCTIONS_DEGRADATIONS, zoneId: $zone) { ${SEEN_FIELDS} }
  myWork {
    pendingReferrals { id organization { name } case { ${SEEN_FIELDS} } }
    dueActions { id organization { name } case { ${SEEN_FIELDS} } }
  }
}`;
const COUNTS = `query Counts($org: ID!, $zone: ID!) {
  red: cases(filter: { ownerOrganizationId: $org, sensitivity: [RED] }) { totalCount countsByStatus { status count } }
  strict: cases(filter: { ownerOrganizationId: $org, sensitivity: [AMBER_STRICT] }) { totalCount countsByStatus { status count } }
  restricted: cases(filter: { zoneId: $zone, sensitivity: [AMBER, AMBER_STRICT, RED] }) { totalCount countsByStatus { status count } }
  onHold: cases(filter: { ownerOrganizationId: $org, status: [ON_HOLD] }) { totalCount countsByStatus { status count } }
  assessment: cases(filter: { zoneId: $zone, status: [ASSESSMENT] }) { totalCount countsByStatus { status count } }
  overdue: cases(filter: { ownerOrganizationId: $org, overdue: true }) { totalCount countsByStatus { status count } }
}`;

interface SeenCase {
  id: string;
  title: string;
  persons: { fullName: string }[] | null;
  personsWithheldReason: string | null;
}
interface Connection {
  totalCount: number;
  countsByStatus: { status: CaseStatus; count: number }[];
  edges: { node: SeenCase }[];
}
interface Counted {
  totalCount: number;
  countsByStatus: { status: CaseStatus; count: number }[];
}
interface Nested {
  zone: { cases: Connection };
  organization: { cases: Connection };
  byZone: Connection;
  byOwner: Connection;
  hub: {
    linkedCases: (SeenCase & {
      timeline: { summary: string }[];
      comments: { body: string }[];
      linkedCases: { id: string }[];
      assignments: { case: { id: string } | null }[];
      actions: { case: { id: string } | null }[];
    })[];
  };
  duplicates: SeenCase[];
  myWork: {
    pendingReferrals: { id: string; organization: { name: string }; case: SeenCase | null }[];
    dueActions: { id: string; organization: { name: string }; case: SeenCase | null }[];
  };
}

describe('Nested paths to cases apply the same policy', () => {
  let api: Api;
  const sessions = new Map<string, Session>();
  let owner: BuiltOrganization;
  let zone: BuiltZone;
  let hub: BuiltCase;
  const world = new Map<Sensitivity, BuiltCase>();

  beforeAll(async () => {
    // NESTED asks every path at once, per persona: costlier than the cost limit lets a client ask.
    api = await Api.start({ graphql: { maxDepth: 10, maxComplexity: 5000 } });
    await Promise.all(PERSONAS.map(async (p) => sessions.set(p.key, await api.as(p.email))));
    owner = await anOrganization(api).named('Brigade de test').ofType('GENDARMERIE').build();
    zone = await aZone(api).covering('45234').build();
    const body = await aBody(api).named('CLSPD imbriqué').withMembers(EMMA.organization).build();
    const group = await aWorkingGroup(api, body).withMember(HUGO.email, 'signed').build();
    for (const sensitivity of SENSITIVITIES) {
      let kase = aCase(api)
        .ownedBy(owner.name)
        .titled('Dossier imbriqué')
        .sensitivity(sensitivity)
        .status(STATUS_OF[sensitivity])
        .inZone(zone)
        .at(1.905, 47.905)
        .category('DESTRUCTIONS_DEGRADATIONS')
        .assignedTo(LAURENT.organization, 'ACCEPTED')
        .assignedTo(MARC.organization, 'DECLINED')
        .sharedWith(NADIA.organization)
        .sharedWithUser(CLAIRE.email)
        .inWorkingGroup(group)
        .withPerson(PERSON)
        .withComment(`Note confidentielle « ${sensitivity} »`);
      for (const p of REFERRED) kase = kase.assignedTo(p.organization, 'PENDING');
      for (const p of ACTING) kase = kase.withAction(p.organization, `Action de ${p.key}`, -1);
      world.set(sensitivity, await kase.build());
    }
    hub = await aCase(api)
      .ownedBy(owner.name)
      .titled('Dossier pivot')
      .sensitivity('CLEAR')
      .inZone(zone)
      .at(1.905, 47.905)
      .category('DESTRUCTIONS_DEGRADATIONS')
      .linkedTo(...world.values())
      .build();
  }, 60_000);

  afterAll(() => api?.stop());

  const seenBy = (persona: Persona, sensitivity: Sensitivity): Seen =>
    expectedSeen(persona, SEATS[persona.key], sensitivity);
  const readable = (persona: Persona) => SENSITIVITIES.filter((s) => seenBy(persona, s) !== '-');
  const hidden = (persona: Persona) => SENSITIVITIES.filter((s) => seenBy(persona, s) === '-');
  const idsOf = (sensitivities: Sensitivity[]) => sensitivities.map((s) => world.get(s)!.id).sort();
  const sensitivityOf = (id: string) => SENSITIVITIES.find((s) => world.get(s)!.id === id)!;
  const sorted = (ids: string[]) => [...ids].sort();
  const countsOf = (sensitivities: Sensitivity[], withHub: boolean) => {
    const counts = new Map<CaseStatus, number>();
    for (const s of sensitivities) counts.set(STATUS_OF[s], (counts.get(STATUS_OF[s]) ?? 0) + 1);
    if (withHub) counts.set('NEW', (counts.get('NEW') ?? 0) + 1);
    return [...counts]
      .map(([status, count]) => ({ status, count }))
      .sort((a, b) => a.status.localeCompare(b.status));
  };

  /** A world case as the persona must see it: persons on a need-to-know basis. */
  const expectSeenAsSharingSays = (persona: Persona, node: SeenCase) => {
    if (node.id === hub.id) return;
    const seen = seenBy(persona, sensitivityOf(node.id));
    expect(seen).not.toBe('-');
    if (seen === 'P') {
      expect(node.persons).toEqual([{ fullName: PERSON }]);
      expect(node.personsWithheldReason).toBeNull();
    } else {
      expect(node.persons).toBeNull();
      expect(node.personsWithheldReason).toMatch(/autorités publiques/);
    }
  };

  const nested = new Map<string, Nested>();
  const ask = async (persona: Persona): Promise<Nested> => {
    if (!nested.has(persona.key)) {
      const session = sessions.get(persona.key)!;
      // The motive for each world case, as a person gives it before its persons are shown (refused,
      // and then without effect, where the persons are not theirs).
      await Promise.all([...world.values()].map((kase) => session.giveMotive(kase.id)));
      const result = await session.gql<Nested>(NESTED, { zone: zone.id, org: owner.id, hub: hub.id });
      expect(result.errors).toBeUndefined();
      nested.set(persona.key, result.data!);
    }
    return nested.get(persona.key)!;
  };

  // Every path below starts from the CLEAR hub: the technical administration, which reads no case at
  // all, gets NOT_FOUND for it (and nothing anywhere, which the leak matrix checks path by path).
  const personas = PERSONAS.filter((p) => !readsNoCase(p)).map((p) => [p.label, SEATS[p.key], p] as const);

  it.each(PERSONAS.filter(readsNoCase).map((p) => [p.label, p] as const))(
    'tells %s the hub does not exist, and lists no case in the zone or the organisation',
    async (_, nobody) => {
      const result = await sessions
        .get(nobody.key)!
        .gql<Nested>(NESTED, { zone: zone.id, org: owner.id, hub: hub.id });
      expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
        [['hub'], 'NOT_FOUND'],
      ]);
    },
  );

  describe.each(personas)('%s (%s)', (_, _seat, persona) => {
    it('lists and counts in zone { cases } and organization { cases } only what they may read', async () => {
      const data = await ask(persona);
      const expected = sorted([...idsOf(readable(persona)), hub.id]);
      for (const connection of [data.zone.cases, data.organization.cases, data.byZone, data.byOwner]) {
        expect(sorted(connection.edges.map((edge) => edge.node.id))).toEqual(expected);
        expect(connection.totalCount).toBe(expected.length);
        expect(connection.countsByStatus).toEqual(countsOf(readable(persona), true));
        for (const edge of connection.edges) expectSeenAsSharingSays(persona, edge.node);
      }
    });

    it('finds in linkedCases only the linked cases they may read, with their timeline and comments', async () => {
      const data = await ask(persona);
      const linked = data.hub.linkedCases;
      expect(sorted(linked.map((c) => c.id))).toEqual(idsOf(readable(persona)));
      for (const kase of linked) {
        expectSeenAsSharingSays(persona, kase);
        expect(kase.linkedCases).toEqual([{ id: hub.id }]);
        expect(kase.comments.map((c) => c.body)).toEqual([
          `Note confidentielle « ${sensitivityOf(kase.id)} »`,
        ]);
        expect(kase.timeline.length).toBeGreaterThan(0);
        // CaseAssignment.case and CaseAction.case lead back to the case itself.
        expect(kase.assignments).toHaveLength(REFERRED.length + 2);
        expect(kase.actions).toHaveLength(ACTING.length);
        for (const item of [...kase.assignments, ...kase.actions]) expect(item.case).toEqual({ id: kase.id });
      }
    });

    it('gets as possible duplicates only the cases they may read', async () => {
      const data = await ask(persona);
      // The zone is this test's own: every case in it is the hub or a case of the world.
      expect(sorted(data.duplicates.map((c) => c.id))).toEqual(sorted([...idsOf(readable(persona)), hub.id]));
      for (const kase of data.duplicates) expectSeenAsSharingSays(persona, kase);
    });

    it('has in « Mes dossiers » the referrals and actions of their organisation on cases they may read only', async () => {
      const data = await ask(persona);
      const worldIds = idsOf([...SENSITIVITIES]);
      const referrals = data.myWork.pendingReferrals.filter((r) => r.case && worldIds.includes(r.case.id));
      const actions = data.myWork.dueActions.filter((a) => a.case && worldIds.includes(a.case.id));
      // An item whose case is hidden must not be there at all, not even with `case: null`.
      expect(data.myWork.pendingReferrals.filter((r) => r.case === null)).toEqual([]);
      expect(data.myWork.dueActions.filter((a) => a.case === null)).toEqual([]);
      const referred = REFERRED.includes(persona);
      const acting = ACTING.includes(persona);
      expect(sorted(referrals.map((r) => r.case!.id))).toEqual(referred ? idsOf(readable(persona)) : []);
      expect(sorted(actions.map((a) => a.case!.id))).toEqual(acting ? idsOf(readable(persona)) : []);
      for (const item of [...referrals, ...actions]) {
        expect(item.organization.name).toBe(persona.organization);
        expectSeenAsSharingSays(persona, item.case!);
      }
    });

    it('never gets a word of a case they may not read, anywhere in the answer', async () => {
      const text = JSON.stringify(await ask(persona));
      for (const s of hidden(persona)) {
        const kase = world.get(s)!;
        expect(text).not.toContain(kase.id);
        expect(text).not.toContain(kase.word);
        expect(text).not.toContain(`Note confidentielle « ${s} »`);
      }
      if (!SENSITIVITIES.some((s) => seenBy(persona, s) === 'P')) expect(text).not.toContain(PERSON);
    });

    it('cannot tell a hidden case by filtering on its sensitivity or its status and counting', async () => {
      const result = await sessions
        .get(persona.key)!
        .gql<Record<string, Counted>>(COUNTS, { org: owner.id, zone: zone.id });
      expect(result.errors).toBeUndefined();
      const data = result.data!;
      const only = (...levels: Sensitivity[]) => readable(persona).filter((s) => levels.includes(s));
      const expectCounts = (connection: Counted, levels: Sensitivity[]) => {
        expect(connection.totalCount).toBe(levels.length);
        expect(connection.countsByStatus).toEqual(countsOf(levels, false));
      };
      expectCounts(data['red'], only('RED'));
      expectCounts(data['strict'], only('AMBER_STRICT'));
      expectCounts(data['restricted'], only('AMBER', 'AMBER_STRICT', 'RED'));
      expectCounts(data['onHold'], only('RED'));
      expectCounts(data['assessment'], only('AMBER_STRICT'));
      // Every world case has an overdue action: the filter counts the readable ones only.
      expectCounts(data['overdue'], readable(persona));
    });
  });
});
