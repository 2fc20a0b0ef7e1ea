import { APP_CONFIG } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Api, unique } from './api-harness';

/**
 * A small fluent factory of test data for the cases API, written straight to the database so a test
 * reads as the situation it checks:
 *
 *   await aCase(api).ownedBy('Val de Loire Habitat Démo').sensitivity('AMBER')
 *     .assignedTo("Police municipale d’Orléans", 'ACCEPTED').sharedWith('DDPN du Loiret')
 *     .withPerson('Jean Exemple').build();
 *
 * Organisations and users are looked up by name and e-mail among the seeded demo data; bodies,
 * working groups, zones and extra organisations are made here with unique names, and every case gets
 * a unique word in its title, so tests never collide with each other or with the demo data.
 */

export type Sensitivity = 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER_STRICT' | 'RED';
export const SENSITIVITIES: readonly Sensitivity[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];
export type AssignmentStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED';
export type CaseStatus =
  'NEW' | 'ANALYSIS' | 'RESPONSE' | 'ASSESSMENT' | 'RESOLVED' | 'CLOSED' | 'ON_HOLD' | 'REJECTED';
export type PersonRole = 'VICTIME' | 'MIS_EN_CAUSE' | 'TEMOIN' | 'SIGNALANT' | 'AUTRE';
/** Charter of a working group: signed in its current version, never signed, or signed in an older one. */
export type CharterState = 'signed' | 'unsigned' | 'old-version';

/** A word no other row of the run database contains: searching it finds only what carries it. */
export function uniqueWord(prefix = 'zq'): string {
  return `${prefix}${unique()}${unique()}`;
}

// ---------------------------------------------------------------------------------------------
// Lookups among the seeded demo data (cached per API instance).

const caches = new WeakMap<Api, Map<string, Promise<string>>>();

function cached(api: Api, key: string, load: () => Promise<string>): Promise<string> {
  let cache = caches.get(api);
  if (!cache) caches.set(api, (cache = new Map()));
  let value = cache.get(key);
  if (!value) {
    value = load();
    cache.set(key, value);
  }
  return value;
}

/** The id of an organisation by its exact name (a demo organisation, or one made by `anOrganization`). */
export function organizationId(api: Api, name: string): Promise<string> {
  return cached(api, `org:${name}`, async () => {
    const rows: { id: string }[] = await api.dataSource.query(
      'select id from organizations where name = $1',
      [name],
    );
    if (rows.length !== 1) throw new Error(`case-factory: organisation « ${name} » introuvable`);
    return rows[0].id;
  });
}

/** The id of a user by e-mail. */
export function userId(api: Api, email: string): Promise<string> {
  return cached(api, `user:${email}`, async () => {
    const rows: { id: string }[] = await api.dataSource.query('select id from users where email = $1', [
      email,
    ]);
    if (rows.length !== 1) throw new Error(`case-factory: utilisateur « ${email} » introuvable`);
    return rows[0].id;
  });
}

function departementCode(api: Api): string {
  return api.app.get<AppConfig>(APP_CONFIG).departementCode;
}

/** The next case reference, drawn from the same counter as the API (département-année-numéro). */
async function nextReference(api: Api, manager: EntityManager): Promise<string> {
  const code = departementCode(api);
  const year = Number(
    new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date()),
  );
  const [{ last }] = await manager.query(
    `insert into case_reference_counters (departement_code, year, last) values ($1, $2, 1)
     on conflict (departement_code, year) do update set last = case_reference_counters.last + 1
     returning last`,
    [code, year],
  );
  return `${code}-${year}-${String(last).padStart(6, '0')}`;
}

/** Today + `days` in Paris, as AAAA-MM-JJ. */
export function parisDate(days = 0): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

// ---------------------------------------------------------------------------------------------
// Organisations, zones, coordination bodies and working groups.

export interface BuiltOrganization {
  id: string;
  name: string;
}

class OrganizationBuilder {
  private prefix = 'Organisation de test';
  private type = 'GENDARMERIE';

  constructor(private readonly api: Api) {}

  named(prefix: string): this {
    this.prefix = prefix;
    return this;
  }

  ofType(type: string): this {
    this.type = type;
    return this;
  }

  async build(): Promise<BuiltOrganization> {
    const name = `${this.prefix} ${unique()}${unique()}`;
    const [{ id }] = await this.api.dataSource.query(
      `insert into organizations (name, type, whole_departement) values ($1, $2, true) returning id`,
      [name, this.type],
    );
    return { id, name };
  }
}

export function anOrganization(api: Api): OrganizationBuilder {
  return new OrganizationBuilder(api);
}

export interface BuiltZone {
  id: string;
  name: string;
}

class ZoneBuilder {
  private communes = ['45234'];

  constructor(private readonly api: Api) {}

  covering(...communeCodes: string[]): this {
    this.communes = communeCodes;
    return this;
  }

  async build(): Promise<BuiltZone> {
    const name = `Zone de test ${unique()}${unique()}`;
    const ring = [
      [1.9, 47.9],
      [1.91, 47.9],
      [1.91, 47.91],
      [1.9, 47.9],
    ];
    return this.api.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query(
        `insert into zones (name, kind, description, geometry) values ($1, 'OTHER', 'Zone de test', $2) returning id`,
        [name, JSON.stringify({ type: 'Polygon', coordinates: [ring] })],
      );
      await manager.query(
        `insert into zone_communes (zone_id, commune_code) select $1, unnest($2::varchar[])`,
        [id, this.communes],
      );
      return { id, name };
    });
  }
}

export function aZone(api: Api): ZoneBuilder {
  return new ZoneBuilder(api);
}

export interface BuiltBody {
  id: string;
  name: string;
}

class BodyBuilder {
  private prefix = 'CLSPD de test';
  private chair = 'Préfecture du Loiret — cabinet';
  private members: string[] = [];
  private secretary: string | null = null;

  constructor(private readonly api: Api) {}

  named(prefix: string): this {
    this.prefix = prefix;
    return this;
  }

  chairedBy(organization: string): this {
    this.chair = organization;
    return this;
  }

  /** Member organisations: involved in every case attached to the body (AMBER, AMBER+STRICT). */
  withMembers(...organizations: string[]): this {
    this.members.push(...organizations);
    return this;
  }

  withSecretary(email: string): this {
    this.secretary = email;
    return this;
  }

  async build(): Promise<BuiltBody> {
    const api = this.api;
    const name = `${this.prefix} ${unique()}${unique()}`;
    const chairId = await organizationId(api, this.chair);
    const memberIds = await Promise.all(this.members.map((member) => organizationId(api, member)));
    const secretaryId = this.secretary ? await userId(api, this.secretary) : null;
    return api.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query(
        `insert into coordination_bodies (name, kind, chair_organization_id, secretary_user_id)
         values ($1, 'CLSPD', $2, $3) returning id`,
        [name, chairId, secretaryId],
      );
      for (const memberId of memberIds)
        await manager.query(
          'insert into coordination_body_organizations (body_id, organization_id) values ($1, $2)',
          [id, memberId],
        );
      return { id, name };
    });
  }
}

export function aBody(api: Api): BodyBuilder {
  return new BodyBuilder(api);
}

export interface BuiltWorkingGroup {
  id: string;
  bodyId: string;
  name: string;
  charterVersion: string;
}

class WorkingGroupBuilder {
  private version = '2';
  private members: { email: string; charter: CharterState }[] = [];

  constructor(
    private readonly api: Api,
    private readonly body: BuiltBody,
  ) {}

  charterVersion(version: string): this {
    this.version = version;
    return this;
  }

  /** A named member (RED reader only once the current charter is signed). */
  withMember(email: string, charter: CharterState = 'signed'): this {
    this.members.push({ email, charter });
    return this;
  }

  async build(): Promise<BuiltWorkingGroup> {
    const api = this.api;
    const name = `Groupe restreint ${unique()}${unique()}`;
    const members = await Promise.all(
      this.members.map(async (member) => ({ ...member, id: await userId(api, member.email) })),
    );
    return api.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query(
        'insert into working_groups (body_id, name, charter_version) values ($1, $2, $3) returning id',
        [this.body.id, name, this.version],
      );
      for (const member of members) {
        const signed = member.charter !== 'unsigned';
        const version = member.charter === 'signed' ? this.version : `${this.version}-ancienne`;
        await manager.query(
          `insert into working_group_members (working_group_id, user_id, charter_signed_at, charter_signed_version)
           values ($1, $2, $3, $4)`,
          [id, member.id, signed ? new Date(Date.now() - 86_400_000) : null, signed ? version : null],
        );
      }
      return { id, bodyId: this.body.id, name, charterVersion: this.version };
    });
  }
}

export function aWorkingGroup(api: Api, body: BuiltBody): WorkingGroupBuilder {
  return new WorkingGroupBuilder(api, body);
}

// ---------------------------------------------------------------------------------------------
// Cases.

export interface BuiltCase {
  id: string;
  reference: string;
  title: string;
  /** The unique word of the title (search by a word). */
  word: string;
  sensitivity: Sensitivity;
  status: CaseStatus;
  ownerOrganizationId: string;
  personIds: string[];
  actionIds: string[];
  commentIds: string[];
  /** Referral ids by organisation name. */
  assignmentIds: Record<string, string>;
  /** Share ids by organisation name or user e-mail. */
  shareIds: Record<string, string>;
}

interface Assignment {
  organization: string;
  status: AssignmentStatus;
}
interface Share {
  organization?: string;
  user?: string;
  reason: string;
}
interface Action {
  organization: string;
  title: string;
  dueInDays: number | null;
}
interface Person {
  fullName: string;
  role: PersonRole;
}

class CaseBuilder {
  private owner = 'Groupement de gendarmerie du Loiret';
  private level: Sensitivity = 'GREEN';
  private state: CaseStatus = 'NEW';
  private titlePrefix = 'Dossier de test';
  private text = 'Faits constatés lors de la patrouille.';
  private kind = 'DESTRUCTIONS_DEGRADATIONS';
  private commune = '45234';
  private zone: string | null = null;
  private point: { longitude: number; latitude: number } | null = null;
  private body: string | null = null;
  private group: string | null = null;
  private assignments: Assignment[] = [];
  private shares: Share[] = [];
  private persons: Person[] = [];
  private actions: Action[] = [];
  private comments: { body: string; author: string | null }[] = [];
  private links: BuiltCase[] = [];

  constructor(private readonly api: Api) {}

  ownedBy(organization: string): this {
    this.owner = organization;
    return this;
  }

  sensitivity(level: Sensitivity): this {
    this.level = level;
    return this;
  }

  status(status: CaseStatus): this {
    this.state = status;
    return this;
  }

  /** The title is `<prefix> <unique word>`. */
  titled(prefix: string): this {
    this.titlePrefix = prefix;
    return this;
  }

  described(text: string): this {
    this.text = text;
    return this;
  }

  category(category: string): this {
    this.kind = category;
    return this;
  }

  inCommune(code: string): this {
    this.commune = code;
    return this;
  }

  inZone(zone: BuiltZone): this {
    this.zone = zone.id;
    return this;
  }

  at(longitude: number, latitude: number): this {
    this.point = { longitude, latitude };
    return this;
  }

  /** A referral to an organisation, with its answer. */
  assignedTo(organization: string, status: AssignmentStatus = 'PENDING'): this {
    this.assignments.push({ organization, status });
    return this;
  }

  /** Shared with an organisation (involves it: AMBER, AMBER+STRICT, nominative data). */
  sharedWith(organization: string, reason = 'Partage de test'): this {
    this.shares.push({ organization, reason });
    return this;
  }

  /** Shared with a named user (a RED reader). */
  sharedWithUser(email: string, reason = 'Lecteur nommé de test'): this {
    this.shares.push({ user: email, reason });
    return this;
  }

  /** Attached to a coordination body: its member organisations are involved. */
  attachedTo(body: BuiltBody): this {
    this.body = body.id;
    return this;
  }

  /** Attached to a restricted working group (and to its body). */
  inWorkingGroup(group: BuiltWorkingGroup): this {
    this.group = group.id;
    this.body = group.bodyId;
    return this;
  }

  withPerson(fullName: string, role: PersonRole = 'MIS_EN_CAUSE'): this {
    this.persons.push({ fullName, role });
    return this;
  }

  /** An open action for an organisation, due in `dueInDays` days (null: no due date). */
  withAction(organization: string, title = 'Action de test', dueInDays: number | null = 2): this {
    this.actions.push({ organization, title, dueInDays });
    return this;
  }

  withComment(body: string, authorEmail: string | null = null): this {
    this.comments.push({ body, author: authorEmail });
    return this;
  }

  linkedTo(...others: BuiltCase[]): this {
    this.links.push(...others);
    return this;
  }

  async build(): Promise<BuiltCase> {
    const api = this.api;
    const word = uniqueWord();
    const title = `${this.titlePrefix} ${word}`;
    const ownerId = await organizationId(api, this.owner);
    const assignments = await Promise.all(
      this.assignments.map(async (a) => ({ ...a, id: await organizationId(api, a.organization) })),
    );
    const shares = await Promise.all(
      this.shares.map(async (s) => ({
        ...s,
        organizationId: s.organization ? await organizationId(api, s.organization) : null,
        userId: s.user ? await userId(api, s.user) : null,
      })),
    );
    const actions = await Promise.all(
      this.actions.map(async (a) => ({ ...a, id: await organizationId(api, a.organization) })),
    );
    const comments = await Promise.all(
      this.comments.map(async (c) => ({ ...c, id: c.author ? await userId(api, c.author) : null })),
    );

    return api.dataSource.transaction(async (manager) => {
      const reference = await nextReference(api, manager);
      const [{ id }] = await manager.query(
        `insert into cases (reference, title, description, category, commune_code, zone_id, longitude, latitude,
                            sensitivity, owner_organization_id, status, body_id, working_group_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
        [
          reference,
          title,
          this.text,
          this.kind,
          this.commune,
          this.zone,
          this.point?.longitude ?? null,
          this.point?.latitude ?? null,
          this.level,
          ownerId,
          this.state,
          this.body,
          this.group,
        ],
      );
      await manager.query(
        `insert into case_events (case_id, kind, actor_label, data) values ($1, 'created', 'Fabrique de test', $2)`,
        [id, JSON.stringify({ category: this.kind, sensitivity: this.level })],
      );
      const built: BuiltCase = {
        id,
        reference,
        title,
        word,
        sensitivity: this.level,
        status: this.state,
        ownerOrganizationId: ownerId,
        personIds: [],
        actionIds: [],
        commentIds: [],
        assignmentIds: {},
        shareIds: {},
      };
      for (const a of assignments) {
        const answered = a.status !== 'PENDING';
        const [row] = await manager.query(
          `insert into case_assignments (case_id, organization_id, status, message, answered_at, decline_reason)
           values ($1, $2, $3, 'Saisine de test', $4, $5) returning id`,
          [
            id,
            a.id,
            a.status,
            answered ? new Date() : null,
            a.status === 'DECLINED' ? 'Pas de notre compétence' : null,
          ],
        );
        built.assignmentIds[a.organization] = row.id;
      }
      for (const s of shares) {
        const [row] = await manager.query(
          `insert into case_shares (case_id, organization_id, user_id, reason) values ($1, $2, $3, $4) returning id`,
          [id, s.organizationId, s.userId, s.reason],
        );
        built.shareIds[(s.organization ?? s.user) as string] = row.id;
      }
      for (const p of this.persons) {
        const [row] = await manager.query(
          `insert into case_persons (case_id, role, full_name, birth_year, address)
           values ($1, $2, $3, 1985, '12 rue de l''Exemple, Orléans') returning id`,
          [id, p.role, p.fullName],
        );
        built.personIds.push(row.id);
      }
      for (const a of actions) {
        const [row] = await manager.query(
          `insert into case_actions (case_id, title, organization_id, due_on) values ($1, $2, $3, $4) returning id`,
          [id, a.title, a.id, a.dueInDays === null ? null : parisDate(a.dueInDays)],
        );
        built.actionIds.push(row.id);
      }
      for (const c of comments) {
        const [row] = await manager.query(
          `insert into case_comments (case_id, author_user_id, author_label, body) values ($1, $2, $3, $4) returning id`,
          [id, c.id, c.author ?? 'Fabrique de test', c.body],
        );
        built.commentIds.push(row.id);
        await manager.query(
          `insert into case_events (case_id, kind, actor_label, data) values ($1, 'comment_added', 'Fabrique de test', $2)`,
          [id, JSON.stringify({ commentId: row.id })],
        );
      }
      for (const other of this.links) await insertLink(manager, id, other.id);
      return built;
    });
  }
}

async function insertLink(manager: EntityManager, one: string, other: string) {
  const [a, b] = [one, other].sort();
  await manager.query('insert into case_links (case_a_id, case_b_id) values ($1, $2)', [a, b]);
}

export function aCase(api: Api): CaseBuilder {
  return new CaseBuilder(api);
}

/** A UUID no row has. */
export function randomId(): string {
  return randomUUID();
}

/** Runs `work` over `items` with at most `limit` at a time (the pool has ten connections). */
export async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
