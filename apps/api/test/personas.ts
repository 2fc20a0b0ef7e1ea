import { Sensitivity, SENSITIVITIES } from './case-factory';

/**
 * The demo personas (PERSONAS.md) the leak matrix signs in as, and what SHARING.md says each of
 * them reads of a case, by sensitivity and by how they are involved in it.
 */

/**
 * Private partner, public authority, the prefect's cabinet, technical administration, the
 * data-protection officer.
 */
export type PersonaKind = 'private' | 'public' | 'coordinator' | 'admin' | 'dpo';

export interface Persona {
  key: string;
  label: string;
  email: string;
  organization: string;
  kind: PersonaKind;
}

export const NADIA: Persona = {
  key: 'nadia',
  label: 'Nadia Fournier (bailleur, partenaire privé)',
  email: 'nadia.fournier@bailleur.demo',
  organization: 'Val de Loire Habitat Démo',
  kind: 'private',
};
export const THOMAS: Persona = {
  key: 'thomas',
  label: 'Thomas Girard (transporteur, partenaire privé)',
  email: 'thomas.girard@transport.demo',
  organization: 'Transports de l’Orléanais Démo',
  kind: 'private',
};
export const HUGO: Persona = {
  key: 'hugo',
  label: 'Hugo Dupont (sécurité privée, partenaire privé)',
  email: 'hugo.dupont@securite.demo',
  organization: 'Centre Sécurité Privée Démo',
  kind: 'private',
};
export const PAUL: Persona = {
  key: 'paul',
  label: 'Paul Durand (police municipale, responsable)',
  email: 'paul.durand@pm-orleans.demo',
  organization: 'Police municipale d’Orléans',
  kind: 'public',
};
export const LAURENT: Persona = {
  key: 'laurent',
  label: 'Laurent Moreau (DDPN)',
  email: 'laurent.moreau@police.demo',
  organization: 'DDPN du Loiret',
  kind: 'public',
};
export const MARC: Persona = {
  key: 'marc',
  label: 'Marc Petit (mairie)',
  email: 'marc.petit@orleans.demo',
  organization: 'Mairie d’Orléans',
  kind: 'public',
};
export const EMMA: Persona = {
  key: 'emma',
  label: 'Emma Bonnet (URSSAF)',
  email: 'emma.bonnet@urssaf.demo',
  organization: 'URSSAF Centre-Val de Loire',
  kind: 'public',
};
export const CLAIRE: Persona = {
  key: 'claire',
  label: 'Claire Martin (cabinet du préfet, coordinatrice)',
  email: 'claire.martin@prefecture.demo',
  organization: 'Préfecture du Loiret — cabinet',
  kind: 'coordinator',
};
export const ALEX: Persona = {
  key: 'alex',
  label: 'Alex Admin (administrateur, SIDSIC)',
  email: 'admin@continuum.demo',
  organization: 'Préfecture du Loiret — SIDSIC',
  kind: 'admin',
};

export const MATHILDE: Persona = {
  key: 'mathilde',
  label: 'Mathilde Leroy (cabinet du préfet, déléguée à la protection des données)',
  email: 'mathilde.leroy@prefecture.demo',
  organization: 'Préfecture du Loiret — cabinet',
  kind: 'dpo',
};

export const PERSONAS: readonly Persona[] = [
  NADIA,
  THOMAS,
  HUGO,
  PAUL,
  LAURENT,
  MARC,
  EMMA,
  CLAIRE,
  ALEX,
  MATHILDE,
];

/** Those who read no case at all: the technical administration and the DPO (outside subject access). */
export const readsNoCase = (persona: Persona): boolean => persona.kind === 'admin' || persona.kind === 'dpo';

/** How the persona (or their organisation) stands in a case. */
export type Situation =
  | 'owner'
  | 'pending referral'
  | 'accepted referral'
  | 'declined referral'
  | 'organisation share'
  | 'named user share'
  | 'body member'
  | 'working group, charter signed'
  | 'working group, charter unsigned'
  | 'working group, old charter version'
  | 'not involved';

export const SITUATIONS: readonly Situation[] = [
  'owner',
  'pending referral',
  'accepted referral',
  'declined referral',
  'organisation share',
  'named user share',
  'body member',
  'working group, charter signed',
  'working group, charter unsigned',
  'working group, old charter version',
  'not involved',
];

/**
 * What one reads: `P` the case and its nominative data, `R` the case with `persons` withheld
 * (null, with the reason), `-` nothing (NOT_FOUND, absent from every list and count).
 */
export type Seen = 'P' | 'R' | '-';

type Row = `${Seen} ${Seen} ${Seen} ${Seen} ${Seen}`;

// SHARING.md, written by hand. Columns: CLEAR GREEN AMBER AMBER_STRICT RED.
//
// - CLEAR and GREEN: everyone; nominative data only for public authorities that are involved as
//   owner, accepted assignee or organisation shared with (never by mere GREEN visibility).
// - AMBER: the involved organisations (owner, pending or accepted referral, organisation share,
//   member of the attached body); a declined referral no longer involves.
// - AMBER+STRICT: the same, public authorities only.
// - RED: named users only (named share, working-group member who signed the current charter);
//   nominative data for those of them who belong to a public authority.
// - The coordinator reads everything up to AMBER+STRICT, RED only where named, and nominative data
//   only where involved. The admin reads no case at all, even where Alex Admin's organisation
//   (the SIDSIC of the préfecture) is involved: an administrator's account is not an agent's.
const PRIVATE_PARTNER: Record<Situation, Row> = {
  owner: 'R R R - -',
  'pending referral': 'R R R - -',
  'accepted referral': 'R R R - -',
  'declined referral': 'R R - - -',
  'organisation share': 'R R R - -',
  'named user share': 'R R - - R',
  'body member': 'R R R - -',
  'working group, charter signed': 'R R - - R',
  'working group, charter unsigned': 'R R - - -',
  'working group, old charter version': 'R R - - -',
  'not involved': 'R R - - -',
};
const PUBLIC_AUTHORITY: Record<Situation, Row> = {
  owner: 'P P P P -',
  'pending referral': 'R R R R -',
  'accepted referral': 'P P P P -',
  'declined referral': 'R R - - -',
  'organisation share': 'P P P P -',
  'named user share': 'R R - - P',
  'body member': 'R R R R -',
  'working group, charter signed': 'R R - - P',
  'working group, charter unsigned': 'R R - - -',
  'working group, old charter version': 'R R - - -',
  'not involved': 'R R - - -',
};
const COORDINATOR: Record<Situation, Row> = {
  owner: 'P P P P -',
  'pending referral': 'R R R R -',
  'accepted referral': 'P P P P -',
  'declined referral': 'R R R R -',
  'organisation share': 'P P P P -',
  'named user share': 'R R R R P',
  'body member': 'R R R R -',
  'working group, charter signed': 'R R R R P',
  'working group, charter unsigned': 'R R R R -',
  'working group, old charter version': 'R R R R -',
  'not involved': 'R R R R -',
};

// The technical administration reads no case, whatever its organisation's place in it.
const ADMINISTRATION = Object.fromEntries(SITUATIONS.map((situation) => [situation, '- - - - -'])) as Record<
  Situation,
  Row
>;

const TABLES: Record<PersonaKind, Record<Situation, Row>> = {
  private: PRIVATE_PARTNER,
  public: PUBLIC_AUTHORITY,
  coordinator: COORDINATOR,
  admin: ADMINISTRATION,
  // The DPO reads no case either, though their organisation (the cabinet) is involved: what they
  // read of a case's persons goes through a subject-access search, journaled.
  dpo: ADMINISTRATION,
};

export function expectedSeen(persona: Persona, situation: Situation, sensitivity: Sensitivity): Seen {
  return TABLES[persona.kind][situation].split(' ')[SENSITIVITIES.indexOf(sensitivity)] as Seen;
}

export function describeSeen(seen: Seen): string {
  return seen === 'P'
    ? 'reads it, with the persons'
    : seen === 'R'
      ? 'reads it, persons withheld'
      : 'does not see it (NOT_FOUND)';
}
