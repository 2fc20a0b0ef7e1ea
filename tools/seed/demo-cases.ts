import {
  CaseCategory,
  CasePriority,
  CaseStatus,
  isPublicAuthority,
  OrganizationType,
  Sensitivity,
} from '@continuum/domain';
import { mulberry32 } from '@continuum/server/platform';
import type { EntityManager } from 'typeorm';
import {
  ACTIONS,
  ASK_SENTENCES,
  ASK_SENTENCES_PUBLIC_SPACE,
  CATEGORY_TEXTS,
  COMMUNES,
  CONTEXT_SENTENCES,
  CONTEXT_SENTENCES_OTHER,
  DECLINES,
  deCommune,
  type DemoPlace,
  DURATIONS,
  FIRST_NAMES,
  GENERIC_COMMENTS,
  LAST_NAMES,
  ON_HOLD_REASONS,
  ORG_COMMENTS,
  ORG_NAMES,
  type OrgKey,
  type PlaceKind,
  PERIODS,
  PERSON_NOTES,
  PLACES,
  RED_CASES,
  REFERRAL_MESSAGES,
  REFERRAL_TARGETS,
  REJECTED_REASONS,
  REOPEN_REASONS,
  SENSITIVITY_REASONS,
  SHARE_REASONS,
  SHARE_TARGETS,
  type TransportStop,
} from './demo-case-texts';
import { ARGONNE_GROUP, BODY, type BodyKey } from './demo-bodies';
import { DEMO_ORGANIZATIONS, DEMO_USERS, DEMO_ZONES } from './demo-data';

/**
 * The demo cases: about 360 problem cases across the Loiret's demo communes and zones, with their
 * referrals, shares, actions, comments, persons, links and timeline, so that each persona's
 * « Mes dossiers » reads like their job. Drawn from a seeded PRNG: the content is the same on every
 * run; dates are relative to `today` (the Paris date of the run), so that « en retard » and « pour
 * demain » stay true. Inserted in bulk (one statement per table) only when none of the demo
 * references exists yet; the reference counters then continue after the last demo number.
 */

const SEED = 0x45_2026;
const K = CaseCategory;
const S = Sensitivity;
const ST = CaseStatus;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness (mulberry32).

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('demo-cases: tirage dans une liste vide');
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let draw = this.next() * total;
    for (const [value, weight] of entries) {
      draw -= weight;
      if (draw < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
  /** A version-4 UUID made of PRNG bytes. */
  uuid(): string {
    const hex = Array.from({ length: 16 }, (_, i) => {
      let byte = Math.floor(this.next() * 256);
      if (i === 6) byte = (byte & 0x0f) | 0x40;
      if (i === 8) byte = (byte & 0x3f) | 0x80;
      return byte.toString(16).padStart(2, '0');
    }).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Time: minutes relative to today 00:00, Paris wall clock (negative in the past).

const DAY = 1440;
/** Nothing happens after yesterday 23:00, so the content does not depend on the hour of the run. */
const HORIZON = -60;

function addDays(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:MM` (Paris wall clock) of a minute offset. */
function stamp(today: string, minute: number): string {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + minute * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

const dayOf = (minute: number) => Math.floor(minute / DAY);

/** `minute` moved into the office hours of its day, when that keeps it after `min` and before the horizon. */
function inOfficeHours(rng: Rng, minute: number, min: number): number {
  const inDay = minute - dayOf(minute) * DAY;
  if (inDay >= 480 && inDay <= 1170) return minute;
  const moved = dayOf(minute) * DAY + 480 + Math.floor(rng.float() * 690);
  return moved >= min && moved <= HORIZON ? moved : minute;
}

/** The minute offset of a `YYYY-MM-DD HH:MM` stamp. */
function parisMinute(value: string, today: string): number {
  const [date, time] = value.split(' ');
  const days = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  const [h, m] = time.split(':').map(Number);
  return days * DAY + h * 60 + m;
}

/** A moment between `from` and `to`, moved into office hours (8:00–19:30) when that keeps it in range. */
function officeTime(rng: Rng, from: number, to: number): number {
  to = Math.min(to, HORIZON);
  from = Math.min(from, to);
  if (to <= from) return from;
  const raw = Math.round(from + rng.float() * (to - from));
  const start = dayOf(raw) * DAY;
  const inDay = raw - start;
  if (inDay >= 480 && inDay <= 1170) return raw;
  const moved = start + 480 + Math.floor(rng.float() * 690);
  return moved >= from && moved <= to ? moved : raw;
}

// ---------------------------------------------------------------------------------------------
// Who opens what, where.

type Mix = readonly [CaseCategory, readonly string[], number];

interface OwnerProfile {
  owner: OrgKey;
  count: number;
  mix: readonly Mix[];
}

const ORL = ['ORL_CENTRE', 'ORL_OTHER', 'ORL_ARGONNE', 'ORL_SOURCE'];
const HOUSING = ['ORL_ARGONNE', 'ORL_SOURCE', 'ORL_OTHER', 'FLEURY', 'SJR', 'MTG_PLATEAU'];

const OWNERS: readonly OwnerProfile[] = [
  {
    owner: 'PM_ORL',
    count: 62,
    mix: [
      [K.RODEOS_URBAINS, ORL, 8],
      [K.NUISANCES_SONORES, ['ORL_CENTRE', 'ORL_OTHER', 'ORL_ARGONNE'], 9],
      [K.DEPOTS_SAUVAGES, ['ORL_OTHER', 'ORL_SOURCE', 'ORL_ARGONNE'], 6],
      [K.DESTRUCTIONS_DEGRADATIONS, ['ORL_CENTRE', 'ORL_OTHER', 'ORL_SOURCE'], 6],
      [K.OCCUPATION_HALLS, ['ORL_ARGONNE', 'ORL_SOURCE', 'ORL_OTHER'], 7],
      [K.INCIVILITES_TRANSPORTS, ['TRAM_A', 'TRAM_A', 'ORL_GARE'], 7],
      [K.USAGE_STUPEFIANTS, ['ORL_CENTRE', 'ORL_OTHER', 'ORL_SOURCE'], 4],
      [K.VOLS_SANS_VIOLENCE, ['ORL_CENTRE', 'ORL_GARE'], 5],
      [K.VOLS_ACCESSOIRES_VEHICULES, ['ORL_OTHER', 'ORL_SOURCE'], 3],
      [K.VOLS_DANS_VEHICULES, ['ORL_CENTRE', 'ORL_OTHER'], 3],
      [K.POINT_DE_DEAL, ['ORL_SOURCE', 'ORL_OTHER'], 3],
      [K.SQUATS, ['ORL_OTHER', 'ORL_CENTRE'], 2],
      [K.COUPS_ET_BLESSURES, ['ORL_CENTRE', 'TRAM_A'], 2],
    ],
  },
  {
    owner: 'MAIRIE_ORL',
    count: 25,
    mix: [
      [K.DEPOTS_SAUVAGES, ORL, 6],
      [K.NUISANCES_SONORES, ['ORL_CENTRE', 'ORL_OTHER'], 4],
      [K.SQUATS, ['ORL_OTHER', 'ORL_CENTRE', 'ORL_SOURCE'], 4],
      [K.DESTRUCTIONS_DEGRADATIONS, ORL, 4],
      [K.RODEOS_URBAINS, ['ORL_OTHER', 'ORL_SOURCE'], 3],
      [K.OCCUPATION_HALLS, ['ORL_ARGONNE'], 1],
      [K.USAGE_STUPEFIANTS, ['ORL_CENTRE', 'ORL_OTHER'], 2],
      [K.TRAVAIL_DISSIMULE, ['ORL_CENTRE'], 1],
    ],
  },
  {
    owner: 'DDPN',
    count: 54,
    mix: [
      [K.POINT_DE_DEAL, ['ORL_SOURCE', 'ORL_OTHER', 'FLEURY', 'SJR', 'MTG_PLATEAU', 'MTG_AGGLO'], 10],
      [K.TRAFIC_STUPEFIANTS, ['ORL_SOURCE', 'ORL_OTHER', 'METRO_OTHER', 'MTG_AGGLO'], 5],
      [K.CAMBRIOLAGES, ['METRO_OTHER', 'ORL_OTHER', 'MTG_AGGLO'], 6],
      [K.VOLS_VIOLENTS_SANS_ARME, ['ORL_CENTRE', 'ORL_GARE', 'TRAM_A'], 4],
      [K.VOLS_SANS_VIOLENCE, ['TRAM_A', 'ORL_GARE'], 2],
      [K.VOLS_AVEC_ARMES, ['ORL_OTHER', 'METRO_OTHER', 'MTG_AGGLO'], 2],
      [K.COUPS_ET_BLESSURES, ['ORL_CENTRE', 'ORL_SOURCE', 'MTG_PLATEAU'], 3],
      [K.VIOLENCES_INTRAFAMILIALES, ['ORL_OTHER', 'METRO_OTHER', 'MTG_AGGLO'], 4],
      [K.VIOLENCES_SEXUELLES, ['TRAM_A', 'ORL_CENTRE', 'ORL_GARE'], 3],
      [K.HOMICIDES, ['ORL_SOURCE', 'MTG_PLATEAU'], 2],
      [K.VOLS_DE_VEHICULES, ['METRO_OTHER', 'ORL_OTHER', 'MTG_AGGLO'], 3],
      [K.ESCROQUERIES, ['METRO_OTHER', 'ORL_CENTRE'], 3],
      [K.VOLS_DANS_VEHICULES, ['ORL_GARE', 'METRO_OTHER'], 2],
      [K.VOLS_ACCESSOIRES_VEHICULES, ['METRO_OTHER'], 1],
      [K.TRAVAIL_DISSIMULE, ['METRO_OTHER', 'MTG_AGGLO'], 2],
      [K.USAGE_STUPEFIANTS, ['ORL_CENTRE'], 1],
    ],
  },
  {
    owner: 'GGD',
    count: 47,
    mix: [
      [K.VOLS_MATERIEL_AGRICOLE, ['GIENNOIS', 'GIENNOIS', 'GIEN_ABORDS'], 11],
      [K.CAMBRIOLAGES, ['RURAL', 'GIENNOIS'], 6],
      [K.VOLS_DE_VEHICULES, ['RURAL', 'GIENNOIS'], 3],
      [K.DEPOTS_SAUVAGES, ['RURAL', 'GIENNOIS', 'GIEN_ABORDS'], 3],
      [K.VIOLENCES_INTRAFAMILIALES, ['RURAL', 'GIENNOIS'], 3],
      [K.ESCROQUERIES, ['RURAL'], 3],
      [K.RODEOS_URBAINS, ['RURAL', 'GIENNOIS', 'GIEN_ABORDS'], 3],
      [K.TRAFIC_STUPEFIANTS, ['RURAL', 'GIENNOIS'], 3],
      [K.TRAVAIL_DISSIMULE, ['RURAL', 'GIENNOIS', 'GIEN_ABORDS'], 3],
      [K.VOLS_AVEC_ARMES, ['RURAL'], 1],
      [K.HOMICIDES, ['RURAL'], 1],
      [K.NUISANCES_SONORES, ['RURAL'], 1],
      [K.VOLS_DANS_VEHICULES, ['RURAL'], 1],
      [K.COUPS_ET_BLESSURES, ['GIEN_CENTRE'], 1],
      [K.DESTRUCTIONS_DEGRADATIONS, ['GIENNOIS', 'GIEN_CENTRE'], 2],
      [K.NUISANCES_SONORES, ['GIEN_CENTRE'], 1],
    ],
  },
  {
    owner: 'GIEN',
    count: 24,
    mix: [
      [K.DEPOTS_SAUVAGES, ['GIEN_ABORDS'], 11],
      [K.NUISANCES_SONORES, ['GIEN_CENTRE'], 3],
      [K.DESTRUCTIONS_DEGRADATIONS, ['GIEN_CENTRE'], 3],
      [K.RODEOS_URBAINS, ['GIEN_ABORDS', 'GIEN_CENTRE'], 3],
      [K.VOLS_MATERIEL_AGRICOLE, ['GIEN_ABORDS'], 2],
      [K.SQUATS, ['GIEN_CENTRE'], 1],
      [K.USAGE_STUPEFIANTS, ['GIEN_CENTRE'], 1],
    ],
  },
  {
    owner: 'MAIRIE_MTG',
    count: 31,
    mix: [
      [K.OCCUPATION_HALLS, ['MTG_PLATEAU'], 5],
      [K.DESTRUCTIONS_DEGRADATIONS, ['MTG_PLATEAU', 'MTG_PLATEAU', 'MTG_AGGLO'], 5],
      [K.RODEOS_URBAINS, ['MTG_PLATEAU'], 4],
      [K.NUISANCES_SONORES, ['MTG_PLATEAU', 'MTG_AGGLO'], 4],
      [K.DEPOTS_SAUVAGES, ['MTG_PLATEAU', 'MTG_AGGLO'], 4],
      [K.POINT_DE_DEAL, ['MTG_PLATEAU'], 3],
      [K.SQUATS, ['MTG_PLATEAU', 'MTG_AGGLO'], 2],
      [K.COUPS_ET_BLESSURES, ['MTG_PLATEAU'], 1],
      [K.USAGE_STUPEFIANTS, ['MTG_PLATEAU'], 1],
      [K.VOLS_ACCESSOIRES_VEHICULES, ['MTG_PLATEAU'], 1],
      [K.TRAVAIL_DISSIMULE, ['MTG_AGGLO'], 1],
    ],
  },
  {
    owner: 'BAILLEUR',
    count: 30,
    mix: [
      [K.OCCUPATION_HALLS, HOUSING, 9],
      [K.SQUATS, HOUSING, 5],
      [K.DESTRUCTIONS_DEGRADATIONS, HOUSING, 6],
      [K.DEPOTS_SAUVAGES, HOUSING, 4],
      [K.NUISANCES_SONORES, HOUSING, 3],
      [K.USAGE_STUPEFIANTS, HOUSING, 2],
      [K.VOLS_SANS_VIOLENCE, ['ORL_SOURCE', 'ORL_ARGONNE'], 1],
    ],
  },
  {
    owner: 'TRANSPORT',
    count: 26,
    mix: [
      [K.INCIVILITES_TRANSPORTS, ['TRAM_A', 'TRAM_A', 'ORL_GARE'], 11],
      [K.DESTRUCTIONS_DEGRADATIONS, ['TRAM_A'], 5],
      [K.VOLS_SANS_VIOLENCE, ['TRAM_A'], 3],
      [K.COUPS_ET_BLESSURES, ['TRAM_A'], 2],
      [K.VIOLENCES_SEXUELLES, ['TRAM_A'], 3],
      [K.VOLS_VIOLENTS_SANS_ARME, ['TRAM_A'], 2],
    ],
  },
  {
    owner: 'SECU',
    count: 8,
    mix: [
      [K.VOLS_SANS_VIOLENCE, ['ORL_GARE', 'METRO_OTHER'], 3],
      [K.VOLS_DANS_VEHICULES, ['ORL_GARE', 'METRO_OTHER'], 2],
      [K.DESTRUCTIONS_DEGRADATIONS, ['ORL_GARE'], 1],
      [K.NUISANCES_SONORES, ['ORL_GARE'], 1],
      [K.USAGE_STUPEFIANTS, ['ORL_GARE'], 1],
    ],
  },
  {
    owner: 'URSSAF',
    count: 10,
    mix: [
      [K.TRAVAIL_DISSIMULE, ['METRO_OTHER', 'ORL_CENTRE', 'MTG_AGGLO', 'GIENNOIS', 'RURAL', 'ORL_OTHER'], 1],
    ],
  },
  {
    owner: 'ARS',
    count: 5,
    mix: [
      [K.USAGE_STUPEFIANTS, ['ORL_CENTRE', 'ORL_OTHER'], 2],
      [K.SQUATS, ['ORL_OTHER', 'MTG_AGGLO'], 2],
      [K.NUISANCES_SONORES, ['ORL_CENTRE'], 1],
    ],
  },
  {
    owner: 'DOUANES',
    count: 5,
    mix: [
      [K.TRAFIC_STUPEFIANTS, ['METRO_OTHER', 'RURAL'], 3],
      [K.ESCROQUERIES, ['ORL_CENTRE', 'MTG_AGGLO'], 2],
    ],
  },
  {
    owner: 'DDFIP',
    count: 4,
    mix: [
      [K.ESCROQUERIES, ['METRO_OTHER', 'MTG_AGGLO'], 2],
      [K.TRAVAIL_DISSIMULE, ['METRO_OTHER'], 1],
      [K.TRAFIC_STUPEFIANTS, ['ORL_OTHER'], 1],
    ],
  },
  {
    owner: 'PARQUET',
    count: 6,
    mix: [
      [K.VIOLENCES_INTRAFAMILIALES, ['ORL_OTHER', 'METRO_OTHER', 'MTG_AGGLO'], 3],
      [K.TRAFIC_STUPEFIANTS, ['ORL_SOURCE'], 1],
      [K.RODEOS_URBAINS, ['ORL_OTHER'], 1],
      [K.VIOLENCES_SEXUELLES, ['ORL_CENTRE'], 1],
    ],
  },
  {
    owner: 'CABINET',
    count: 6,
    mix: [
      [K.RODEOS_URBAINS, ['ORL_CENTRE', 'MTG_PLATEAU'], 2],
      [K.INCIVILITES_TRANSPORTS, ['ORL_GARE', 'TRAM_A'], 2],
      [K.POINT_DE_DEAL, ['ORL_SOURCE'], 1],
      [K.DEPOTS_SAUVAGES, ['RURAL', 'GIEN_ABORDS'], 1],
    ],
  },
];

/**
 * Cases opened in the last three weeks by one organisation that call for another, which has not
 * answered yet: they keep the smaller partners' « Mes dossiers » supplied with fresh referrals.
 */
const RECENT: readonly (readonly [owner: OrgKey, category: CaseCategory, place: string, awaits: OrgKey])[] = [
  ['DDPN', K.TRAVAIL_DISSIMULE, 'METRO_OTHER', 'URSSAF'],
  ['GGD', K.TRAVAIL_DISSIMULE, 'GIENNOIS', 'URSSAF'],
  ['MAIRIE_MTG', K.TRAVAIL_DISSIMULE, 'MTG_PLATEAU', 'URSSAF'],
  ['GGD', K.DEPOTS_SAUVAGES, 'GIEN_ABORDS', 'GIEN'],
  ['GGD', K.RODEOS_URBAINS, 'GIEN_ABORDS', 'GIEN'],
  ['GGD', K.VOLS_MATERIEL_AGRICOLE, 'GIEN_ABORDS', 'GIEN'],
  ['DDPN', K.POINT_DE_DEAL, 'MTG_PLATEAU', 'MAIRIE_MTG'],
  ['BAILLEUR', K.OCCUPATION_HALLS, 'MTG_PLATEAU', 'MAIRIE_MTG'],
  ['PM_ORL', K.INCIVILITES_TRANSPORTS, 'TRAM_A', 'TRANSPORT'],
  ['DDPN', K.VOLS_VIOLENTS_SANS_ARME, 'TRAM_A', 'TRANSPORT'],
  ['DDPN', K.TRAFIC_STUPEFIANTS, 'METRO_OTHER', 'DOUANES'],
  ['GGD', K.TRAFIC_STUPEFIANTS, 'GIENNOIS', 'DDFIP'],
  ['MAIRIE_ORL', K.SQUATS, 'ORL_OTHER', 'ARS'],
  ['PM_ORL', K.OCCUPATION_HALLS, 'ORL_SOURCE', 'BAILLEUR'],
];

/** Sensitivity weights [CLEAR, GREEN, AMBER, AMBER_STRICT] per category. */
function sensitivityWeights(category: CaseCategory): [Sensitivity, number][] {
  const w = (clear: number, green: number, amber: number, strict: number): [Sensitivity, number][] => [
    [S.CLEAR, clear],
    [S.GREEN, green],
    [S.AMBER, amber],
    [S.AMBER_STRICT, strict],
  ];
  switch (category) {
    case K.RODEOS_URBAINS:
    case K.DEPOTS_SAUVAGES:
    case K.NUISANCES_SONORES:
    case K.INCIVILITES_TRANSPORTS:
    case K.DESTRUCTIONS_DEGRADATIONS:
      return w(14, 58, 27, 1);
    case K.OCCUPATION_HALLS:
    case K.SQUATS:
    case K.USAGE_STUPEFIANTS:
      return w(3, 47, 48, 2);
    case K.POINT_DE_DEAL:
    case K.TRAFIC_STUPEFIANTS:
      return w(0, 12, 55, 33);
    case K.VIOLENCES_INTRAFAMILIALES:
    case K.VIOLENCES_SEXUELLES:
    case K.HOMICIDES:
      return w(0, 5, 35, 60);
    case K.VOLS_AVEC_ARMES:
    case K.COUPS_ET_BLESSURES:
      return w(0, 30, 50, 20);
    case K.ESCROQUERIES:
      return w(6, 44, 35, 15);
    case K.TRAVAIL_DISSIMULE:
      return w(0, 15, 50, 35);
    default:
      return w(4, 56, 36, 4);
  }
}

function priorityWeights(category: CaseCategory): [CasePriority, number][] {
  const w = (low: number, normal: number, high: number, urgent: number): [CasePriority, number][] => [
    [CasePriority.LOW, low],
    [CasePriority.NORMAL, normal],
    [CasePriority.HIGH, high],
    [CasePriority.URGENT, urgent],
  ];
  switch (category) {
    case K.HOMICIDES:
    case K.VIOLENCES_INTRAFAMILIALES:
    case K.VIOLENCES_SEXUELLES:
    case K.VOLS_AVEC_ARMES:
      return w(0, 30, 50, 20);
    case K.POINT_DE_DEAL:
    case K.TRAFIC_STUPEFIANTS:
    case K.COUPS_ET_BLESSURES:
    case K.RODEOS_URBAINS:
      return w(5, 45, 40, 10);
    case K.DEPOTS_SAUVAGES:
    case K.NUISANCES_SONORES:
      return w(35, 50, 13, 2);
    default:
      return w(20, 58, 19, 3);
  }
}

function drawStatus(rng: Rng, age: number): CaseStatus {
  if (age <= 7)
    return rng.weighted([
      [ST.NEW, 55],
      [ST.ANALYSIS, 32],
      [ST.REJECTED, 8],
      [ST.ON_HOLD, 5],
    ]);
  if (age <= 30)
    return rng.weighted([
      [ST.NEW, 15],
      [ST.ANALYSIS, 32],
      [ST.RESPONSE, 30],
      [ST.ASSESSMENT, 5],
      [ST.ON_HOLD, 8],
      [ST.REJECTED, 6],
      [ST.RESOLVED, 4],
    ]);
  if (age <= 120)
    return rng.weighted([
      [ST.NEW, 3],
      [ST.ANALYSIS, 15],
      [ST.RESPONSE, 32],
      [ST.ASSESSMENT, 18],
      [ST.RESOLVED, 14],
      [ST.CLOSED, 6],
      [ST.ON_HOLD, 9],
      [ST.REJECTED, 3],
    ]);
  return rng.weighted([
    [ST.ANALYSIS, 5],
    [ST.RESPONSE, 16],
    [ST.ASSESSMENT, 12],
    [ST.RESOLVED, 22],
    [ST.CLOSED, 30],
    [ST.ON_HOLD, 10],
    [ST.REJECTED, 5],
  ]);
}

/** Problems of the public space: nuisances, occupations, deal, transports. */
const PUBLIC_SPACE: readonly CaseCategory[] = [
  K.RODEOS_URBAINS,
  K.NUISANCES_SONORES,
  K.OCCUPATION_HALLS,
  K.SQUATS,
  K.DEPOTS_SAUVAGES,
  K.DESTRUCTIONS_DEGRADATIONS,
  K.USAGE_STUPEFIANTS,
  K.POINT_DE_DEAL,
  K.INCIVILITES_TRANSPORTS,
  K.VOLS_SANS_VIOLENCE,
  K.VOLS_DANS_VEHICULES,
  K.VOLS_ACCESSOIRES_VEHICULES,
];

const TERMINAL: readonly CaseStatus[] = [ST.RESOLVED, ST.CLOSED, ST.REJECTED];

/** The SARA transitions that lead to `status` (each allowed by CASE_TRANSITIONS), with reasons where needed. */
function statusPath(rng: Rng, status: CaseStatus, age: number): { to: CaseStatus; reason: string | null }[] {
  const step = (to: CaseStatus, reason: string | null = null) => ({ to, reason });
  const forward = [ST.ANALYSIS, ST.RESPONSE, ST.ASSESSMENT, ST.RESOLVED, ST.CLOSED];
  switch (status) {
    case ST.NEW:
      return [];
    case ST.ANALYSIS:
    case ST.RESPONSE:
      if (age > 150 && rng.chance(0.2)) {
        // Resolved once, then reopened: the facts came back.
        const reopened = [
          ...forward.slice(0, 4).map((to) => step(to)),
          step(ST.ANALYSIS, rng.pick(REOPEN_REASONS)),
        ];
        return status === ST.RESPONSE ? [...reopened, step(ST.RESPONSE)] : reopened;
      }
      return forward.slice(0, forward.indexOf(status) + 1).map((to) => step(to));
    case ST.ASSESSMENT:
    case ST.RESOLVED:
    case ST.CLOSED:
      return forward.slice(0, forward.indexOf(status) + 1).map((to) => step(to));
    case ST.ON_HOLD: {
      const before = forward.slice(0, rng.int(0, 2)).map((to) => step(to));
      return [...before, step(ST.ON_HOLD, rng.pick(ON_HOLD_REASONS))];
    }
    case ST.REJECTED:
      return [...(rng.chance(0.5) ? [step(ST.ANALYSIS)] : []), step(ST.REJECTED, rng.pick(REJECTED_REASONS))];
  }
}

interface Queue {
  pending: number;
  overdue: number;
  tomorrow: number;
}

/** What each persona's organisation finds at least in « Mes dossiers ». */
const QUEUES: Partial<Record<OrgKey, Queue>> = {
  BAILLEUR: { pending: 6, overdue: 3, tomorrow: 2 },
  TRANSPORT: { pending: 5, overdue: 3, tomorrow: 2 },
  PM_ORL: { pending: 6, overdue: 4, tomorrow: 2 },
  DDPN: { pending: 6, overdue: 4, tomorrow: 2 },
  GGD: { pending: 3, overdue: 3, tomorrow: 2 },
  GIEN: { pending: 3, overdue: 2, tomorrow: 1 },
  MAIRIE_MTG: { pending: 3, overdue: 2, tomorrow: 1 },
  MAIRIE_ORL: { pending: 3, overdue: 2, tomorrow: 1 },
  URSSAF: { pending: 3, overdue: 2, tomorrow: 1 },
  DOUANES: { pending: 2, overdue: 1, tomorrow: 1 },
  ARS: { pending: 2, overdue: 1, tomorrow: 1 },
  DDFIP: { pending: 2, overdue: 1, tomorrow: 1 },
  PARQUET: { pending: 2, overdue: 1, tomorrow: 1 },
  SECU: { pending: 1, overdue: 1, tomorrow: 1 },
  CABINET: { pending: 0, overdue: 1, tomorrow: 1 },
};

// ---------------------------------------------------------------------------------------------
// The plan: every row to insert, built in memory.

interface DemoUserRow {
  id: string;
  email: string;
  fullName: string;
  org: OrgKey;
  label: string;
}

interface World {
  orgIds: Record<OrgKey, string>;
  users: DemoUserRow[];
  usersOf: Record<OrgKey, DemoUserRow[]>;
  zoneIds: Map<string, string>;
  zoneCommunes: Map<string, Set<string>>;
  bodyIds: Partial<Record<BodyKey, string>>;
  argonneGroupId: string | null;
}

interface PlannedCase {
  id: string;
  reference: string;
  year: number;
  seq: number;
  title: string;
  description: string;
  category: CaseCategory;
  commune: string;
  place: string;
  zoneId: string | null;
  lon: number | null;
  lat: number | null;
  sensitivity: Sensitivity;
  priority: CasePriority;
  owner: OrgKey;
  status: CaseStatus;
  statusReason: string | null;
  bodyId: string | null;
  workingGroupId: string | null;
  creator: DemoUserRow;
  openedAt: number;
  assessmentDueOn: string | null;
  resolvedAt: number | null;
  updatedAt: number;
  /** The organisation whose answer to a referral this case awaits (RECENT). */
  awaits: OrgKey | null;
  /** When a RED case was raised to RED (it was AMBER before), if it was. */
  raisedAt: number | null;
}

interface PlannedEvent {
  caseId: string;
  at: number;
  actor: DemoUserRow | null;
  actorLabel: string;
  kind: string;
  data: Record<string, unknown>;
  seq: number;
}

interface Plan {
  cases: PlannedCase[];
  persons: unknown[][];
  assignments: unknown[][];
  shares: unknown[][];
  actions: unknown[][];
  comments: unknown[][];
  links: [string, string, string][];
  events: PlannedEvent[];
}

const ORG_KEYS = Object.keys(ORG_NAMES) as OrgKey[];
const ORG_BY_NAME = new Map(DEMO_ORGANIZATIONS.map((org) => [org.name, org]));
const DDPN_COMMUNES = new Set(ORG_BY_NAME.get(ORG_NAMES.DDPN)?.communes ?? []);

function covers(org: OrgKey, commune: string): boolean {
  const definition = ORG_BY_NAME.get(ORG_NAMES[org]);
  if (!definition) return false;
  return definition.wholeDepartement === true || (definition.communes ?? []).includes(commune);
}

function isPublic(org: OrgKey): boolean {
  const type = ORG_BY_NAME.get(ORG_NAMES[org])?.type;
  return type !== undefined && isPublicAuthority(type as OrganizationType);
}

/** POLICE, PM and MAIRIE name the competent organisation for the commune. */
function resolveTarget(token: string, commune: string): OrgKey | null {
  switch (token) {
    case 'POLICE':
      return DDPN_COMMUNES.has(commune) ? 'DDPN' : 'GGD';
    case 'PM':
      return commune === '45234'
        ? 'PM_ORL'
        : commune === '45208'
          ? 'PM_MTG'
          : commune === '45155'
            ? 'GIEN'
            : null;
    case 'MAIRIE':
      return commune === '45234'
        ? 'MAIRIE_ORL'
        : commune === '45208'
          ? 'MAIRIE_MTG'
          : commune === '45155'
            ? 'GIEN'
            : null;
    default:
      return (ORG_KEYS as string[]).includes(token) ? (token as OrgKey) : null;
  }
}

/** Where a declining organisation suggests to go: a demo organisation, or free text. */
function redirectOf(token: string | null, commune: string): { org: OrgKey | null; text: string | null } {
  if (token === null) return { org: null, text: null };
  const org = resolveTarget(token, commune);
  if (org) return { org, text: ORG_NAMES[org] };
  if (token === 'PM') return { org: null, text: 'La police municipale ou le garde champêtre de la commune' };
  if (token === 'MAIRIE') return { org: null, text: 'La mairie de la commune' };
  return { org: null, text: token };
}

/** Counts per mix entry (largest remainder), so that every category of a profile is present. */
function allocate(profile: OwnerProfile): Mix[] {
  const total = profile.mix.reduce((sum, [, , weight]) => sum + weight, 0);
  const exact = profile.mix.map(([, , weight]) => (weight / total) * profile.count);
  const counts = exact.map(Math.floor);
  const order = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; counts.reduce((a, b) => a + b, 0) < profile.count; k++) counts[order[k][1]]++;
  return profile.mix.flatMap((entry, i) => Array.from({ length: counts[i] }, () => entry));
}

function pointInPolygon(lon: number, lat: number, ring: readonly (readonly number[])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const ZONE_RINGS = new Map(
  DEMO_ZONES.filter((zone) => zone.geometry.type === 'Polygon').map((zone) => [
    zone.name,
    (zone.geometry.coordinates as number[][][])[0],
  ]),
);

/** Bounding box [minLon, minLat, maxLon, maxLat] of each demo zone. */
const ZONE_BOXES = new Map(
  DEMO_ZONES.map((zone) => {
    const points = (
      zone.geometry.type === 'Polygon'
        ? (zone.geometry.coordinates as number[][][]).flat()
        : (zone.geometry.coordinates as number[][])
    ) as number[][];
    const lons = points.map(([lon]) => lon);
    const lats = points.map(([, lat]) => lat);
    return [zone.name, [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]];
  }),
);

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

interface Location {
  commune: string;
  stop: TransportStop | null;
  lon: number | null;
  lat: number | null;
  zoneName: string | null;
}

function locate(rng: Rng, place: DemoPlace, owner: OrgKey, world: World): Location {
  const competent = (code: string) => covers(owner, code);
  let stop: TransportStop | null = null;
  let commune: string;
  if (place.stops && !place.box) {
    const stops = place.stops.filter((s) => competent(s.commune));
    stop = rng.pick(stops.length ? stops : place.stops);
    commune = stop.commune;
  } else {
    const communes = place.communes.filter(competent);
    commune = rng.pick(communes.length ? communes : place.communes);
    const stops = place.stops?.filter((s) => s.commune === commune) ?? [];
    if (stops.length) stop = rng.pick(stops);
  }
  const zoneName = place.zone && world.zoneCommunes.get(place.zone)?.has(commune) ? place.zone : null;
  const ring = zoneName ? ZONE_RINGS.get(zoneName) : undefined;
  const inside = (lon: number, lat: number) => !ring || pointInPolygon(lon, lat, ring);
  let lon: number | null = null;
  let lat: number | null = null;
  for (let attempt = 0; attempt < 30 && lon === null; attempt++) {
    let x: number;
    let y: number;
    if (stop && !place.box) {
      x = stop.lon + (rng.float() - 0.5) * 0.0012;
      y = stop.lat + (rng.float() - 0.5) * 0.0012;
    } else if (place.box && place.communes.length === 1) {
      const [minLon, minLat, maxLon, maxLat] = place.box;
      x = minLon + rng.float() * (maxLon - minLon);
      y = minLat + rng.float() * (maxLat - minLat);
    } else {
      const centre = COMMUNES[commune];
      x = centre.lon + (rng.float() - 0.5) * 2 * centre.spread;
      y = centre.lat + (rng.float() - 0.5) * 1.4 * centre.spread;
    }
    if (inside(x, y)) [lon, lat] = [round6(x), round6(y)];
  }
  if (lon === null) {
    const centre = COMMUNES[commune];
    [lon, lat] = [centre.lon, centre.lat];
  }
  // A point placed in a zone lies within the zone's bounding box.
  const box = zoneName ? ZONE_BOXES.get(zoneName) : undefined;
  if (box) [lon, lat] = [round6(clamp(lon, box[0], box[2])), round6(clamp(lat!, box[1], box[3]))];
  // A few cases are placed in a commune only, without a point.
  if (!zoneName && rng.chance(0.08)) [lon, lat] = [null, null];
  return { commune, stop, lon, lat, zoneName };
}

/** Renders a template; each token is drawn once per case, so title and description agree. */
class Words {
  private readonly drawn = new Map<string, string>();
  constructor(
    private readonly rng: Rng,
    private readonly place: DemoPlace,
    private readonly location: Location,
  ) {}

  fits(template: string): boolean {
    const tag = /^([UHTR])\|/.exec(template)?.[1];
    return !tag || this.place.kinds.includes(tag as PlaceKind);
  }

  render(template: string): string {
    return template.replace(/^[UHTR]\|/, '').replace(/\{(\w+)\}/g, (_, token: string) => this.token(token));
  }

  private token(token: string): string {
    const known = this.drawn.get(token);
    if (known !== undefined) return known;
    const value = this.draw(token);
    this.drawn.set(token, value);
    return value;
  }

  private draw(token: string): string {
    const { rng, place, location } = this;
    const commune = COMMUNES[location.commune];
    switch (token) {
      case 'rue':
        return rng.pick(place.streets);
      case 'num':
        return String(rng.chance(0.7) ? rng.int(2, 40) : rng.int(41, 140));
      case 'spot':
        return location.stop && !place.kinds.includes('U') && rng.chance(0.7)
          ? this.token('arret')
          : rng.pick(place.spots);
      case 'arret':
        return location.stop ? `à l’arrêt ${location.stop.name}` : rng.pick(place.spots);
      case 'commune':
        return commune.name;
      case 'deCommune':
        return deCommune(commune.name);
      case 'quartier':
        return place.quartier && place.communes.length === 1 ? place.quartier : `à ${commune.name}`;
      case 'chemin':
        return rng.pick(place.chemins ?? place.streets);
      case 'lieudit':
        return rng.pick(place.lieudits ?? ['Les Brosses']);
      case 'residence':
        return rng.pick(place.residences ?? ['résidence Les Tilleuls']);
      case 'bat':
        return rng.pick(['A', 'B', 'C', 'D', '2', '3']);
      case 'duree':
        return rng.pick(DURATIONS);
      case 'periode':
        return rng.pick(PERIODS);
      case 'appels':
        return String(rng.int(4, 25));
      case 'n':
        return String(rng.int(3, 14));
      default:
        throw new Error(`demo-cases: jeton inconnu {${token}}`);
    }
  }
}

function textsFor(category: CaseCategory, owner: OrgKey, words: Words) {
  const own = CATEGORY_TEXTS[`${category}:${owner}`];
  const base = CATEGORY_TEXTS[category];
  const titles = (own?.titles ?? []).filter((t) => words.fits(t));
  return {
    titles: titles.length ? titles : base.titles.filter((t) => words.fits(t)),
    facts: own?.facts ?? base.facts,
  };
}

class Planner {
  private readonly rng = new Rng(SEED);
  /** Ids come from their own stream, so that content does not depend on how many ids were drawn. */
  private readonly ids = new Rng(SEED ^ 0x1d5);
  private readonly titles = new Set<string>();
  private readonly plan: Plan = {
    cases: [],
    persons: [],
    assignments: [],
    shares: [],
    actions: [],
    comments: [],
    links: [],
    events: [],
  };
  private eventSeq = 0;

  constructor(
    private readonly world: World,
    private readonly departementCode: string,
    private readonly today: string,
  ) {}

  build(): Plan {
    const seeds: {
      owner: OrgKey;
      category: CaseCategory;
      place: string;
      red?: (typeof RED_CASES)[number];
      awaits?: OrgKey;
    }[] = [];
    for (const profile of OWNERS)
      for (const [category, places] of allocate(profile))
        seeds.push({ owner: profile.owner, category, place: this.rng.pick(places) });
    this.rng.shuffle(seeds);
    for (const [i, red] of RED_CASES.entries())
      seeds.splice(i * 31 + 7, 0, { owner: red.owner, category: red.category, place: 'ORL_ARGONNE', red });
    for (const [i, [owner, category, place, awaits]] of RECENT.entries())
      seeds.splice(i * 29 + 13, 0, { owner, category, place, awaits });
    for (const seed of seeds)
      this.planCase(seed.owner, seed.category, seed.place, seed.red ?? null, seed.awaits ?? null);
    this.fillQueues();
    this.planLinks();
    this.number();
    return this.plan;
  }

  private userOf(org: OrgKey): DemoUserRow | null {
    const users = this.world.usersOf[org];
    return users.length ? this.rng.pick(users) : null;
  }

  private label(org: OrgKey, user: DemoUserRow | null): string {
    return user ? user.label : ORG_NAMES[org];
  }

  private event(
    kase: PlannedCase,
    at: number,
    actor: DemoUserRow | null,
    fallbackOrg: OrgKey,
    kind: string,
    data: Record<string, unknown>,
  ) {
    this.plan.events.push({
      caseId: kase.id,
      at,
      actor,
      actorLabel: this.label(fallbackOrg, actor),
      kind,
      data,
      seq: this.eventSeq++,
    });
    kase.updatedAt = Math.max(kase.updatedAt, at);
  }

  private planCase(
    owner: OrgKey,
    category: CaseCategory,
    placeKey: string,
    red: (typeof RED_CASES)[number] | null,
    awaits: OrgKey | null,
  ): void {
    const rng = this.rng;
    const place = PLACES[placeKey];
    const location = locate(rng, place, owner, this.world);
    let words = new Words(rng, place, location);

    // What and how sensitive.
    let title: string;
    let description: string;
    if (red) {
      title = words.render(red.title);
      description = `${words.render(red.fact)} ${words.render(rng.pick(CONTEXT_SENTENCES_OTHER))}`;
    } else {
      const texts = textsFor(category, owner, words);
      if (texts.titles.length === 0)
        throw new Error(`demo-cases: aucun titre pour ${category} / ${placeKey}`);
      title = words.render(rng.pick(texts.titles));
      for (let attempt = 0; attempt < 20 && this.titles.has(title); attempt++) {
        words = new Words(rng, place, location);
        title = words.render(rng.pick(texts.titles));
      }
      // One or two facts, in the order they are written (the first ones set the scene).
      const facts = rng
        .shuffle(texts.facts.map((_, i) => i))
        .slice(0, rng.chance(0.55) ? 2 : 1)
        .sort((a, b) => a - b)
        .map((i) => texts.facts[i]);
      const publicSpace = PUBLIC_SPACE.includes(category);
      const parts = [...facts];
      if (rng.chance(0.6)) parts.push(rng.pick(publicSpace ? CONTEXT_SENTENCES : CONTEXT_SENTENCES_OTHER));
      if (rng.chance(0.5))
        parts.push(rng.pick(publicSpace ? [...ASK_SENTENCES, ...ASK_SENTENCES_PUBLIC_SPACE] : ASK_SENTENCES));
      description = parts.map((part) => words.render(part)).join(' ');
    }
    this.titles.add(title);
    let sensitivity = red ? S.RED : rng.weighted(sensitivityWeights(category));
    // A private partner never reads AMBER+STRICT: neither as owner nor as the awaited partner.
    if ((!isPublic(owner) || (awaits && !isPublic(awaits))) && sensitivity === S.AMBER_STRICT)
      sensitivity = S.AMBER;
    const priority = red
      ? rng.weighted([
          [CasePriority.HIGH, 60],
          [CasePriority.URGENT, 40],
        ])
      : rng.weighted(priorityWeights(category));

    // When, and where it stands in the SARA cycle.
    const age = red
      ? rng.int(6, 200)
      : awaits
        ? rng.int(2, 21)
        : rng.weighted([
            [() => rng.int(1, 30), 30],
            [() => rng.int(31, 120), 30],
            [() => rng.int(121, 250), 25],
            [() => rng.int(251, 420), 15],
          ] as const)();
    const opened =
      -age * DAY +
      rng.weighted([
        [() => rng.int(420, 1260), 80],
        [() => rng.int(1261, 1430), 12],
        [() => rng.int(0, 419), 8],
      ] as const)();
    const openedAt = Math.min(opened, HORIZON - 180);
    let status = drawStatus(rng, age);
    if (red && TERMINAL.includes(status)) status = ST.RESPONSE;
    if (awaits && (TERMINAL.includes(status) || status === ST.ON_HOLD)) status = ST.ANALYSIS;
    const path = statusPath(rng, status, age);
    const span = HORIZON - openedAt;
    const lastTransition = path.length
      ? inOfficeHours(
          rng,
          openedAt +
            Math.round(
              span * (TERMINAL.includes(status) ? 0.4 + rng.float() * 0.5 : 0.3 + rng.float() * 0.65),
            ),
          openedAt + 1,
        )
      : openedAt;
    const times = path.map((_, i) =>
      i === path.length - 1
        ? lastTransition
        : officeTime(
            rng,
            openedAt + ((lastTransition - openedAt) * i) / path.length + 30,
            openedAt + ((lastTransition - openedAt) * (i + 1)) / path.length,
          ),
    );
    times.sort((a, b) => a - b);
    // The work stops when the case is resolved (closing comes later) or rejected.
    const activityEnd =
      status === ST.CLOSED ? times[times.length - 2] : TERMINAL.includes(status) ? lastTransition : HORIZON;

    const creator = red
      ? (this.world.usersOf[owner].find((u) => u.email.startsWith(owner === 'DDPN' ? 'laurent' : 'paul')) ??
        this.userOf(owner)!)
      : this.userOf(owner)!;
    const kase: PlannedCase = {
      id: this.ids.uuid(),
      reference: '',
      year: 0,
      seq: 0,
      title,
      description,
      category,
      commune: location.commune,
      place: placeKey,
      zoneId: location.zoneName ? (this.world.zoneIds.get(location.zoneName) ?? null) : null,
      lon: location.lon,
      lat: location.lat,
      sensitivity,
      priority,
      owner,
      status,
      statusReason: null,
      bodyId: null,
      workingGroupId: null,
      creator,
      openedAt,
      assessmentDueOn: null,
      resolvedAt: null,
      updatedAt: openedAt,
      raisedAt: null,
      awaits,
    };
    this.plan.cases.push(kase);

    // Sensitivity at creation, and the change that led to the current one.
    let initial = sensitivity;
    let change: { at: number; reason: string | null } | null = null;
    const changeAt = (days: number) =>
      officeTime(rng, openedAt + 60, Math.min(activityEnd, openedAt + days * DAY));
    if (red && rng.chance(0.25)) {
      initial = S.AMBER;
      change = { at: changeAt(3), reason: SENSITIVITY_REASONS.red };
      kase.raisedAt = change.at;
    } else if (!red && rng.chance(0.09)) {
      if (sensitivity === S.AMBER)
        [initial, change] = [S.GREEN, { at: changeAt(20), reason: rng.pick(SENSITIVITY_REASONS.raise) }];
      else if (sensitivity === S.AMBER_STRICT)
        [initial, change] = [S.AMBER, { at: changeAt(20), reason: rng.pick(SENSITIVITY_REASONS.raise) }];
      else if (sensitivity === S.GREEN)
        [initial, change] = [S.AMBER, { at: changeAt(20), reason: SENSITIVITY_REASONS.lower[0] }];
      else if (sensitivity === S.CLEAR)
        [initial, change] = [S.GREEN, { at: changeAt(20), reason: SENSITIVITY_REASONS.lower[1] }];
    }
    this.event(kase, openedAt, creator, owner, 'created', { category, sensitivity: initial });
    if (change)
      this.event(kase, change.at, creator, owner, 'sensitivity_changed', {
        from: initial,
        to: sensitivity,
        reason: change.reason,
      });

    // The SARA transitions.
    if (path.length) {
      let from: CaseStatus = ST.NEW;
      path.forEach((step, i) => {
        const actor = rng.chance(0.7) ? creator : (this.userOf(owner) ?? creator);
        this.event(kase, times[i], actor, owner, 'status_changed', {
          from,
          to: step.to,
          reason: step.reason,
        });
        if (step.to === ST.RESOLVED) kase.resolvedAt = times[i];
        else if (step.to !== ST.CLOSED) kase.resolvedAt = null;
        kase.statusReason = step.reason;
        from = step.to;
      });
    }
    if (status === ST.RESPONSE && rng.chance(0.6)) kase.assessmentDueOn = addDays(this.today, rng.int(5, 60));
    if (status === ST.ASSESSMENT) kase.assessmentDueOn = addDays(this.today, rng.int(-20, 30));
    if ((status === ST.RESOLVED || status === ST.CLOSED) && rng.chance(0.5))
      kase.assessmentDueOn = addDays(this.today, dayOf(kase.resolvedAt ?? lastTransition) - rng.int(0, 10));

    // Coordination body.
    this.attach(kase, red !== null);

    // Referrals, shares, then the work.
    const accepted = this.planReferrals(kase, openedAt, activityEnd);
    this.planShares(kase, openedAt, activityEnd);
    this.planActions(kase, accepted, activityEnd);
    this.planComments(kase, accepted, activityEnd);
    this.planPersons(kase, activityEnd, red !== null);
  }

  private attach(kase: PlannedCase, red: boolean): void {
    const { bodyIds, argonneGroupId } = this.world;
    const rng = this.rng;
    if (red) {
      kase.bodyId = bodyIds.CLSPD ?? null;
      kase.workingGroupId = argonneGroupId;
      return;
    }
    if (kase.sensitivity === S.CLEAR) return;
    const strong = kase.sensitivity !== S.GREEN;
    let body: BodyKey | null = null;
    if (kase.owner === 'CABINET')
      body = kase.category === K.INCIVILITES_TRANSPORTS ? 'EM_TRANSPORTS' : 'PADRSQ';
    else if (kase.place === 'ORL_SOURCE') body = rng.chance(0.5) ? 'GPO' : rng.chance(0.15) ? 'CLSPD' : null;
    else if (kase.place === 'TRAM_A' || kase.category === K.INCIVILITES_TRANSPORTS)
      body = rng.chance(0.3) ? 'EM_TRANSPORTS' : null;
    else if (kase.commune === '45234') body = rng.chance(strong ? 0.4 : 0.2) ? 'CLSPD' : null;
    else if (['45208', '45068', '45004', '45338'].includes(kase.commune))
      body = rng.chance(strong ? 0.55 : 0.3) ? 'CISPD' : null;
    else if (rng.chance(0.05)) body = 'PADRSQ';
    // Drug points and the like kept to public authorities are the CLSPD plenary's business too:
    // its private members see them on the agenda as « point confidentiel ».
    if (
      !body &&
      kase.sensitivity === S.AMBER_STRICT &&
      kase.commune === '45234' &&
      ['DDPN', 'MAIRIE_ORL'].includes(kase.owner)
    )
      body = 'CLSPD';
    kase.bodyId = body ? (bodyIds[body] ?? null) : null;
  }

  private referralTargets(kase: PlannedCase): OrgKey[] {
    const targets: OrgKey[] = [];
    for (const token of REFERRAL_TARGETS[kase.category]) {
      const org = resolveTarget(token, kase.commune);
      if (!org || org === kase.owner || targets.includes(org) || !covers(org, kase.commune)) continue;
      // The network operator for its lines and stations, the landlord where it has residences.
      if (org === 'TRANSPORT' && kase.place !== 'TRAM_A' && kase.place !== 'ORL_GARE') continue;
      if (org === 'BAILLEUR' && !PLACES[kase.place].kinds.includes('H')) continue;
      if (kase.sensitivity === S.AMBER_STRICT && !isPublic(org)) continue;
      if (kase.sensitivity === S.RED && !['PM_ORL', 'DDPN', 'PARQUET', 'BAILLEUR'].includes(org)) continue;
      targets.push(org);
    }
    return targets;
  }

  private planReferrals(kase: PlannedCase, openedAt: number, end: number): Map<OrgKey, number> {
    const rng = this.rng;
    const accepted = new Map<OrgKey, number>();
    const candidates = this.referralTargets(kase);
    if (kase.status === ST.REJECTED || candidates.length === 0) return accepted;
    const count = rng.weighted([
      [0, kase.status === ST.NEW ? 30 : 22],
      [1, 42],
      [2, 26],
      [3, 10],
    ]);
    // Earlier candidates are the likelier ones.
    const pool = candidates.map((org, i) => [org, 1 / (i + 1)] as [OrgKey, number]);
    const chosen: OrgKey[] = [];
    while (chosen.length < count && pool.length) {
      const org = rng.weighted(pool);
      chosen.push(org);
      pool.splice(
        pool.findIndex(([o]) => o === org),
        1,
      );
    }
    // The awaited partner is asked first.
    if (kase.awaits && candidates.includes(kase.awaits) && !chosen.includes(kase.awaits))
      chosen.unshift(kase.awaits);
    const assigned = new Set<OrgKey>();
    const refer = (org: OrgKey, at: number, message: string, allowDecline: boolean) => {
      if (assigned.has(org) || org === kase.owner || at >= end) return;
      const open = !TERMINAL.includes(kase.status);
      const pending = kase.status === ST.NEW ? 0.65 : kase.status === ST.ANALYSIS ? 0.35 : open ? 0.12 : 0;
      // A decline points elsewhere, never back to the owner.
      const declines = (allowDecline ? (DECLINES[org] ?? []) : []).filter(
        (option) => redirectOf(option.redirect, kase.commune).org !== kase.owner,
      );
      const decline = declines.length ? 0.14 : 0;
      let status = rng.weighted([
        ['PENDING', pending],
        ['DECLINED', decline],
        ['ACCEPTED', 1 - pending - decline],
      ] as const);
      if (org === kase.awaits) status = 'PENDING';
      const answeredAt = officeTime(rng, at + 90, Math.min(end, at + rng.int(1, 8) * DAY));
      if (status !== 'PENDING' && (answeredAt >= end || answeredAt <= at)) {
        if (!open) return; // no time left to answer before the case ended: it was never referred
        status = 'PENDING';
      }
      assigned.add(org);
      const requester = rng.chance(0.75) ? kase.creator : (this.userOf(kase.owner) ?? kase.creator);
      const orgId = this.world.orgIds[org];
      const requested = [
        this.ids.uuid(),
        kase.id,
        orgId,
        status,
        message,
        requester.id,
        stamp(this.today, at),
      ];
      this.event(kase, at, requester, kase.owner, 'assigned', {
        organization: ORG_NAMES[org],
        organizationId: orgId,
      });
      if (status === 'PENDING') {
        this.plan.assignments.push([...requested, null, null, null, null]);
        return;
      }
      const answerer = this.userOf(org);
      const answered = [answerer?.id ?? null, stamp(this.today, answeredAt)];
      if (status === 'ACCEPTED') {
        accepted.set(org, answeredAt);
        this.plan.assignments.push([...requested, ...answered, null, null]);
        this.event(kase, answeredAt, answerer, org, 'referral_accepted', {
          organization: ORG_NAMES[org],
          reason: null,
          redirect: null,
        });
        return;
      }
      const option = rng.pick(declines);
      const redirect = redirectOf(option.redirect, kase.commune);
      this.plan.assignments.push([...requested, ...answered, option.reason, redirect.text]);
      this.event(kase, answeredAt, answerer, org, 'referral_declined', {
        organization: ORG_NAMES[org],
        reason: option.reason,
        redirect: redirect.text,
      });
      // The owner follows the suggestion.
      if (redirect.org && covers(redirect.org, kase.commune) && rng.chance(0.8)) {
        const next = officeTime(rng, answeredAt + 60, Math.min(end, answeredAt + 3 * DAY));
        refer(
          redirect.org,
          next,
          `Suite à la réorientation proposée par ${ORG_NAMES[org]}. ${rng.pick(REFERRAL_MESSAGES[redirect.org])}`,
          false,
        );
      }
    };
    for (const org of chosen) {
      const at = officeTime(
        rng,
        openedAt + 20,
        openedAt + Math.max(60, Math.min(3 * DAY, (end - openedAt) * 0.3)),
      );
      refer(org, at, rng.pick(REFERRAL_MESSAGES[org]), true);
    }
    return accepted;
  }

  private planShares(kase: PlannedCase, openedAt: number, end: number): void {
    const rng = this.rng;
    const sharer = kase.creator;
    if (kase.sensitivity === S.RED) {
      // The author is the first named reader (as the API does, without a timeline line).
      // Raised later: whoever raises a case to RED stays a named reader of it.
      const [reason, at] =
        kase.raisedAt === null
          ? ['Auteur du dossier', openedAt]
          : ['A relevé le dossier en TLP:RED', kase.raisedAt];
      this.plan.shares.push([
        this.ids.uuid(),
        kase.id,
        null,
        sharer.id,
        sharer.id,
        reason,
        stamp(this.today, at),
      ]);
      const extra: string[] = [];
      if (this.plan.cases.filter((c) => c.sensitivity === S.RED).length % 3 === 1)
        extra.push('claire.martin@prefecture.demo');
      if (kase.category === K.TRAFIC_STUPEFIANTS) extra.push('ines.caron@douane.demo');
      if (kase.category === K.VOLS_AVEC_ARMES || (kase.category === K.TRAFIC_STUPEFIANTS && rng.chance(0.5)))
        extra.push('luc.mercier@dgfip.demo');
      for (const email of extra) {
        const user = this.world.users.find((u) => u.email === email);
        if (!user) continue;
        const since = kase.raisedAt ?? openedAt;
        const at = officeTime(rng, since + 120, Math.min(end, since + 10 * DAY));
        const reason =
          user.org === 'CABINET'
            ? 'Suivi préfectoral du plan de reconquête'
            : `Appui ${user.org === 'DOUANES' ? 'douanier' : 'patrimonial'} à l’enquête`;
        this.plan.shares.push([
          this.ids.uuid(),
          kase.id,
          null,
          user.id,
          sharer.id,
          reason,
          stamp(this.today, at),
        ]);
        this.event(kase, at, sharer, kase.owner, 'shared', { with: user.fullName });
      }
      return;
    }
    if ((kase.sensitivity !== S.AMBER && kase.sensitivity !== S.AMBER_STRICT) || !rng.chance(0.22)) return;
    const assigned = new Set(
      this.plan.assignments.filter((a) => a[1] === kase.id).map((a) => a[2] as string),
    );
    const targets = [...(SHARE_TARGETS[kase.category] ?? []), 'PARQUET', 'CABINET']
      .map((token) => resolveTarget(token, kase.commune))
      .filter(
        (org): org is OrgKey =>
          org !== null &&
          org !== kase.owner &&
          covers(org, kase.commune) &&
          !assigned.has(this.world.orgIds[org]) &&
          (kase.sensitivity === S.AMBER || isPublic(org)),
      );
    if (!targets.length) return;
    const org = targets[0] === 'PARQUET' || rng.chance(0.3) ? rng.pick(targets) : targets[0];
    const at = officeTime(rng, openedAt + 60, Math.min(end, openedAt + 15 * DAY));
    if (at >= end) return;
    this.plan.shares.push([
      this.ids.uuid(),
      kase.id,
      this.world.orgIds[org],
      null,
      sharer.id,
      rng.pick(SHARE_REASONS),
      stamp(this.today, at),
    ]);
    this.event(kase, at, sharer, kase.owner, 'shared', { with: ORG_NAMES[org] });
  }

  private planActions(kase: PlannedCase, accepted: Map<OrgKey, number>, end: number): void {
    const rng = this.rng;
    const counts: Record<CaseStatus, [number, number][]> = {
      [ST.NEW]: [
        [0, 55],
        [1, 45],
      ],
      [ST.ANALYSIS]: [
        [0, 30],
        [1, 45],
        [2, 25],
      ],
      [ST.RESPONSE]: [
        [1, 30],
        [2, 40],
        [3, 23],
        [4, 7],
      ],
      [ST.ASSESSMENT]: [
        [1, 40],
        [2, 40],
        [3, 20],
      ],
      [ST.RESOLVED]: [
        [1, 40],
        [2, 40],
        [3, 20],
      ],
      [ST.CLOSED]: [
        [1, 40],
        [2, 40],
        [3, 20],
      ],
      [ST.ON_HOLD]: [
        [0, 40],
        [1, 40],
        [2, 20],
      ],
      [ST.REJECTED]: [[0, 1]],
    };
    const count = rng.weighted(counts[kase.status]);
    const used = new Set<string>();
    const orgs: [OrgKey, number][] = [
      [kase.owner, 1],
      ...[...accepted.keys()].map((org) => [org, 1.4] as [OrgKey, number]),
    ];
    const terminal = TERMINAL.includes(kase.status);
    for (let i = 0; i < count; i++) {
      const org = rng.weighted(orgs);
      const choices = ACTIONS[org].filter(([title]) => !used.has(title));
      if (!choices.length) continue;
      const [title, outcome] = rng.pick(choices);
      const start = org === kase.owner ? kase.openedAt + 45 : accepted.get(org)! + 20;
      if (start >= end - 30) continue;
      used.add(title);
      const created = officeTime(rng, start, start + (end - start) * 0.7);
      const createdBy =
        org !== kase.owner && rng.chance(0.5) ? (this.userOf(org) ?? kase.creator) : kase.creator;
      const assignee = rng.chance(0.65) ? this.userOf(org) : null;
      const status = terminal
        ? rng.weighted([
            ['DONE', 85],
            ['CANCELLED', 15],
          ] as const)
        : rng.weighted(
            kase.status === ST.ASSESSMENT
              ? ([
                  ['DONE', 65],
                  ['IN_PROGRESS', 15],
                  ['TODO', 15],
                  ['CANCELLED', 5],
                ] as const)
              : ([
                  ['DONE', 26],
                  ['IN_PROGRESS', 26],
                  ['TODO', 43],
                  ['CANCELLED', 5],
                ] as const),
          );
      const createdDay = dayOf(created);
      let due: number | null;
      let completedAt: number | null = null;
      if (status === 'TODO' || status === 'IN_PROGRESS') {
        due = rng.weighted<() => number | null>([
          [() => -rng.int(1, 25), 32],
          [() => 0, 6],
          [() => 1, 14],
          [() => rng.int(2, 7), 18],
          [() => rng.int(8, 45), 25],
          [() => null, 5],
        ])();
        if (due !== null && due <= createdDay) due = createdDay + rng.int(2, 14);
      } else {
        due = rng.chance(0.9) ? createdDay + rng.int(5, 30) : null;
        if (status === 'DONE') completedAt = officeTime(rng, created + 60, end);
      }
      const id = this.ids.uuid();
      const who = assignee ?? this.userOf(org);
      this.plan.actions.push([
        id,
        kase.id,
        title,
        null,
        this.world.orgIds[org],
        assignee?.id ?? null,
        due === null ? null : addDays(this.today, due),
        status,
        status === 'DONE' ? outcome : null,
        createdBy.id,
        stamp(this.today, created),
        completedAt === null ? null : stamp(this.today, completedAt),
      ]);
      this.event(kase, created, createdBy, kase.owner, 'action_added', {
        title,
        organization: ORG_NAMES[org],
      });
      if (status === 'IN_PROGRESS') {
        const at = officeTime(rng, created + 60, Math.min(end, created + 10 * DAY));
        this.event(kase, at, who, org, 'action_updated', { title, change: 'statut « En cours »' });
      } else if (status === 'DONE') {
        this.event(kase, completedAt!, who, org, 'action_updated', {
          title,
          change: 'statut « Terminée », résultat renseigné',
        });
      } else if (status === 'CANCELLED') {
        const at = officeTime(rng, created + 60, end);
        this.event(kase, at, kase.creator, kase.owner, 'action_updated', {
          title,
          change: 'statut « Annulée »',
        });
      }
      if ((status === 'TODO' || status === 'IN_PROGRESS') && due !== null && rng.chance(0.12)) {
        const at = officeTime(rng, created + 120, end);
        this.event(kase, at, who, org, 'action_updated', {
          title,
          change: `échéance ${addDays(this.today, due)}`,
        });
      }
    }
  }

  private planComments(kase: PlannedCase, accepted: Map<OrgKey, number>, end: number): void {
    const rng = this.rng;
    const counts: Record<CaseStatus, [number, number][]> = {
      [ST.NEW]: [
        [0, 50],
        [1, 40],
        [2, 10],
      ],
      [ST.ANALYSIS]: [
        [0, 30],
        [1, 40],
        [2, 25],
        [3, 5],
      ],
      [ST.RESPONSE]: [
        [0, 15],
        [1, 30],
        [2, 30],
        [3, 18],
        [4, 7],
      ],
      [ST.ASSESSMENT]: [
        [0, 15],
        [1, 30],
        [2, 30],
        [3, 18],
        [4, 7],
      ],
      [ST.RESOLVED]: [
        [0, 30],
        [1, 40],
        [2, 25],
        [3, 5],
      ],
      [ST.CLOSED]: [
        [0, 30],
        [1, 40],
        [2, 25],
        [3, 5],
      ],
      [ST.ON_HOLD]: [
        [0, 30],
        [1, 40],
        [2, 30],
      ],
      [ST.REJECTED]: [
        [0, 60],
        [1, 40],
      ],
    };
    const count = rng.weighted(counts[kase.status]);
    const authors: [OrgKey, number][] = [
      [kase.owner, 1],
      ...[...accepted.keys()]
        .filter((org) => this.world.usersOf[org].length)
        .map((org) => [org, 1] as [OrgKey, number]),
    ];
    const involved = [
      kase.owner,
      ...this.plan.assignments
        .filter((a) => a[1] === kase.id && a[3] !== 'DECLINED')
        .map((a) => ORG_KEYS.find((key) => this.world.orgIds[key] === a[2])!),
    ];
    const used = new Set<string>();
    for (let i = 0; i < count; i++) {
      const org = rng.weighted(authors);
      const author = org === kase.owner && rng.chance(0.6) ? kase.creator : this.userOf(org);
      if (!author) continue;
      const own = ORG_COMMENTS[org] ?? [];
      const pool = (own.length && rng.chance(0.55) ? own : GENERIC_COMMENTS).filter(
        (body) => !used.has(body),
      );
      if (!pool.length) continue;
      const body = rng.pick(pool);
      const start = org === kase.owner ? kase.openedAt + 30 : accepted.get(org)! + 30;
      if (start >= end) continue;
      used.add(body);
      const at = officeTime(rng, start, end);
      const others = involved.filter((o) => o !== org);
      const addressed = others.length && rng.chance(0.25) ? rng.pick(others) : null;
      const id = this.ids.uuid();
      this.plan.comments.push([
        id,
        kase.id,
        author.id,
        this.world.orgIds[org],
        author.label,
        addressed ? this.world.orgIds[addressed] : null,
        body,
        stamp(this.today, at),
      ]);
      this.event(kase, at, author, org, 'comment_added', { commentId: id });
    }
  }

  private planPersons(kase: PlannedCase, end: number, red: boolean): void {
    const rng = this.rng;
    if (!isPublic(kase.owner)) return;
    const chance: Partial<Record<CaseCategory, number>> = {
      [K.VIOLENCES_INTRAFAMILIALES]: 1,
      [K.HOMICIDES]: 1,
      [K.VIOLENCES_SEXUELLES]: 0.8,
      [K.VOLS_AVEC_ARMES]: 0.6,
      [K.COUPS_ET_BLESSURES]: 0.5,
      [K.TRAFIC_STUPEFIANTS]: 0.4,
      [K.POINT_DE_DEAL]: 0.3,
      [K.CAMBRIOLAGES]: 0.3,
      [K.TRAVAIL_DISSIMULE]: 0.4,
      [K.ESCROQUERIES]: 0.3,
    };
    if (!rng.chance(red ? 0.8 : (chance[kase.category] ?? 0.04))) return;
    const V = 'VICTIME';
    const M = 'MIS_EN_CAUSE';
    const roles: Partial<Record<CaseCategory, string[]>> = {
      [K.VIOLENCES_INTRAFAMILIALES]: [V, M, ...(rng.chance(0.3) ? ['TEMOIN'] : [])],
      [K.HOMICIDES]: [V, 'TEMOIN'],
      [K.VIOLENCES_SEXUELLES]: [V, ...(rng.chance(0.5) ? [M] : [])],
      [K.COUPS_ET_BLESSURES]: [V, rng.chance(0.5) ? 'TEMOIN' : M],
      [K.VOLS_AVEC_ARMES]: [V, M],
      [K.CAMBRIOLAGES]: [V],
      [K.ESCROQUERIES]: [V, ...(rng.chance(0.4) ? [V] : [])],
      [K.TRAVAIL_DISSIMULE]: [M, ...(rng.chance(0.5) ? ['TEMOIN'] : [])],
      [K.POINT_DE_DEAL]: [M, ...(rng.chance(0.5) ? [M] : []), ...(rng.chance(0.3) ? ['SIGNALANT'] : [])],
      [K.TRAFIC_STUPEFIANTS]: [M, ...(rng.chance(0.5) ? [M] : [])],
    };
    const list = roles[kase.category] ?? [rng.pick(['SIGNALANT', M, 'AUTRE'])];
    const place = PLACES[kase.place];
    const commune = COMMUNES[kase.commune].name;
    for (const role of list) {
      const fullName = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      const birthYear =
        role === M
          ? rng.int(1982, 2008)
          : kase.category === K.ESCROQUERIES
            ? rng.int(1932, 1955)
            : rng.int(1950, 2004);
      const address = rng.chance(0.75) ? `${rng.int(1, 60)} ${rng.pick(place.streets)}, ${commune}` : null;
      const notes =
        role === M
          ? rng.pick(['Connu des services.', 'Entendu en audition libre.', null])
          : rng.pick(PERSON_NOTES);
      const at = officeTime(rng, kase.openedAt + 30, Math.min(end, kase.openedAt + 3 * DAY));
      this.plan.persons.push([
        this.ids.uuid(),
        kase.id,
        role,
        fullName,
        birthYear,
        address,
        notes,
        stamp(this.today, at),
      ]);
      this.event(kase, at, kase.creator, kase.owner, 'person_added', {});
    }
  }

  /**
   * Every persona finds work in « Mes dossiers »: referrals to answer and actions overdue or due
   * tomorrow, on cases its people may read. Where the draw left a queue short, recent open cases
   * that would plausibly involve the organisation get one more referral or action.
   */
  private fillQueues(): void {
    const rng = this.rng;
    const readable = (kase: PlannedCase, org: OrgKey) =>
      kase.sensitivity !== S.RED && (kase.sensitivity !== S.AMBER_STRICT || isPublic(org));
    const assignmentsOf = (kase: PlannedCase) => this.plan.assignments.filter((a) => a[1] === kase.id);
    const open = (kase: PlannedCase) => !TERMINAL.includes(kase.status) && kase.status !== ST.ON_HOLD;
    const byId = new Map(this.plan.cases.map((kase) => [kase.id, kase]));
    for (const [org, want] of Object.entries(QUEUES) as [OrgKey, Queue][]) {
      const orgId = this.world.orgIds[org];
      // Referrals waiting for an answer.
      let pending = this.plan.assignments.filter(
        (a) => a[2] === orgId && a[3] === 'PENDING' && readable(byId.get(a[1] as string)!, org),
      ).length;
      // The most recent cases first: a partner brought in lately.
      const referable = this.plan.cases
        .filter(
          (kase) =>
            open(kase) &&
            readable(kase, org) &&
            this.referralTargets(kase).includes(org) &&
            !assignmentsOf(kase).some((a) => a[2] === orgId),
        )
        .sort((a, b) => b.openedAt - a.openedAt);
      for (const kase of referable) {
        if (pending >= want.pending) break;
        const at = officeTime(rng, Math.max(kase.openedAt + 20, HORIZON - 12 * DAY), HORIZON);
        const message = rng.pick(REFERRAL_MESSAGES[org]);
        this.plan.assignments.push([
          this.ids.uuid(),
          kase.id,
          orgId,
          'PENDING',
          message,
          kase.creator.id,
          stamp(this.today, at),
          null,
          null,
          null,
          null,
        ]);
        this.event(kase, at, kase.creator, kase.owner, 'assigned', {
          organization: ORG_NAMES[org],
          organizationId: orgId,
        });
        pending++;
      }
      // Actions overdue and due tomorrow.
      const today = 0;
      const openActions = this.plan.actions.filter(
        (x) =>
          x[4] === orgId &&
          (x[7] === 'TODO' || x[7] === 'IN_PROGRESS') &&
          x[6] !== null &&
          readable(byId.get(x[1] as string)!, org),
      );
      let overdue = openActions.filter((x) => (x[6] as string) < addDays(this.today, today)).length;
      let tomorrow = openActions.filter((x) => x[6] === addDays(this.today, 1)).length;
      const workable = rng.shuffle(
        this.plan.cases.filter(
          (kase) =>
            open(kase) &&
            readable(kase, org) &&
            (kase.owner === org || assignmentsOf(kase).some((a) => a[2] === orgId && a[3] === 'ACCEPTED')),
        ),
      );
      for (const kase of workable) {
        const due = overdue < want.overdue ? -rng.int(1, 12) : tomorrow < want.tomorrow ? 1 : null;
        if (due === null) break;
        const accepted = assignmentsOf(kase).find((a) => a[2] === orgId && a[3] === 'ACCEPTED');
        const start = accepted ? parisMinute(accepted[8] as string, this.today) + 20 : kase.openedAt + 45;
        const created = officeTime(
          rng,
          Math.max(start, HORIZON - 30 * DAY),
          Math.min(HORIZON, (due - 1) * DAY + 1170),
        );
        if (created < start || dayOf(created) >= due) continue;
        const used = new Set(this.plan.actions.filter((x) => x[1] === kase.id).map((x) => x[2]));
        const choices = ACTIONS[org].filter(([title]) => !used.has(title));
        if (!choices.length) continue;
        const [title] = rng.pick(choices);
        const createdBy = kase.owner === org ? kase.creator : (this.userOf(org) ?? kase.creator);
        const assignee = this.userOf(org);
        this.plan.actions.push([
          this.ids.uuid(),
          kase.id,
          title,
          null,
          orgId,
          assignee?.id ?? null,
          addDays(this.today, due),
          'TODO',
          null,
          createdBy.id,
          stamp(this.today, created),
          null,
        ]);
        this.event(kase, created, createdBy, org, 'action_added', { title, organization: ORG_NAMES[org] });
        if (due < 0) overdue++;
        else tomorrow++;
      }
    }
  }

  /** Related cases of the same place: a point de deal and the hall it spills into, two thefts on the same farms… */
  private planLinks(): void {
    const rng = this.rng;
    const related: Partial<Record<CaseCategory, CaseCategory[]>> = {
      [K.POINT_DE_DEAL]: [K.TRAFIC_STUPEFIANTS, K.OCCUPATION_HALLS, K.USAGE_STUPEFIANTS, K.POINT_DE_DEAL],
      [K.OCCUPATION_HALLS]: [K.DESTRUCTIONS_DEGRADATIONS, K.NUISANCES_SONORES, K.SQUATS, K.POINT_DE_DEAL],
      [K.RODEOS_URBAINS]: [K.NUISANCES_SONORES, K.RODEOS_URBAINS, K.VOLS_DE_VEHICULES],
      [K.VOLS_MATERIEL_AGRICOLE]: [K.VOLS_MATERIEL_AGRICOLE, K.CAMBRIOLAGES],
      [K.INCIVILITES_TRANSPORTS]: [K.DESTRUCTIONS_DEGRADATIONS, K.COUPS_ET_BLESSURES, K.VOLS_SANS_VIOLENCE],
      [K.TRAVAIL_DISSIMULE]: [K.TRAVAIL_DISSIMULE, K.ESCROQUERIES],
    };
    const linked = new Set<string>();
    const cases = this.plan.cases.filter((c) => c.status !== ST.REJECTED);
    for (const kase of cases) {
      if (!rng.chance(0.14)) continue;
      const wanted = related[kase.category] ?? [kase.category];
      const others = cases.filter(
        (other) =>
          other !== kase &&
          other.place === kase.place &&
          other.commune === kase.commune &&
          wanted.includes(other.category) &&
          (other.sensitivity === S.RED) === (kase.sensitivity === S.RED) &&
          (other.sensitivity !== S.AMBER_STRICT || isPublic(kase.owner)),
      );
      if (!others.length) continue;
      const other = rng.pick(others);
      const [a, b] = [kase.id, other.id].sort();
      if (linked.has(`${a}/${b}`)) continue;
      linked.add(`${a}/${b}`);
      const at = officeTime(rng, Math.max(kase.openedAt, other.openedAt) + 60, HORIZON);
      this.plan.links.push([a, b, kase.creator.id]);
      this.event(kase, at, kase.creator, kase.owner, 'linked', { caseId: other.id });
      this.event(other, at, kase.creator, kase.owner, 'linked', { caseId: kase.id });
    }
  }

  /** References in the order cases were opened, per year of opening. */
  private number(): void {
    const last = new Map<number, number>();
    for (const kase of [...this.plan.cases].sort((a, b) => a.openedAt - b.openedAt)) {
      const year = Number(stamp(this.today, kase.openedAt).slice(0, 4));
      const seq = (last.get(year) ?? 0) + 1;
      last.set(year, seq);
      kase.year = year;
      kase.seq = seq;
      kase.reference = `${this.departementCode}-${year}-${String(seq).padStart(6, '0')}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Writing: one statement per table, arrays unnested in the seed transaction.

type Column = [name: string, type: string, cast?: string];

const PARIS = (column: string) => `(u.${column}::timestamp at time zone 'Europe/Paris')`;

async function insertRows(
  manager: EntityManager,
  table: string,
  columns: Column[],
  rows: unknown[][],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => name);
  const select = columns.map(([name, , cast]) =>
    cast === 'paris' ? PARIS(name) : cast ? `u.${name}::${cast}` : `u.${name}`,
  );
  const params = columns.map((_, i) => rows.map((row) => row[i]));
  await manager.query(
    `insert into ${table} (${names.join(', ')})
     select ${select.join(', ')}
       from unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) with ordinality
         as u(${names.join(', ')}, ord)
      order by u.ord`,
    params,
  );
}

async function loadWorld(manager: EntityManager): Promise<World> {
  const orgRows: { id: string; name: string }[] = await manager.query(
    'select id, name from organizations where name = any($1)',
    [Object.values(ORG_NAMES)],
  );
  const orgIds = {} as Record<OrgKey, string>;
  for (const key of ORG_KEYS) {
    const row = orgRows.find((r) => r.name === ORG_NAMES[key]);
    if (!row) throw new Error(`demo-cases: organisation « ${ORG_NAMES[key]} » absente`);
    orgIds[key] = row.id;
  }
  const userRows: { id: string; email: string; full_name: string; organization_id: string }[] =
    await manager.query(
      `select id, email, full_name, organization_id from users
      where organization_id = any($1) and email = any($2) and disabled_at is null order by email`,
      [Object.values(orgIds), DEMO_USERS.map((user) => user.email)],
    );
  const usersOf = Object.fromEntries(ORG_KEYS.map((key) => [key, [] as DemoUserRow[]])) as Record<
    OrgKey,
    DemoUserRow[]
  >;
  const users = userRows.map((row) => {
    const org = ORG_KEYS.find((key) => orgIds[key] === row.organization_id)!;
    const user = {
      id: row.id,
      email: row.email,
      fullName: row.full_name,
      org,
      label: `${row.full_name} (${ORG_NAMES[org]})`,
    };
    usersOf[org].push(user);
    return user;
  });
  const zoneRows: { id: string; name: string; communes: string[] }[] = await manager.query(
    `select z.id, z.name, array_remove(array_agg(zc.commune_code), null) as communes
       from zones z left join zone_communes zc on zc.zone_id = z.id
      where z.name = any($1) group by z.id, z.name`,
    [DEMO_ZONES.map((zone) => zone.name)],
  );
  const bodyRows: { id: string; name: string }[] = await manager.query(
    'select id, name from coordination_bodies where name = any($1)',
    [Object.values(BODY)],
  );
  const bodyIds: Partial<Record<BodyKey, string>> = {};
  for (const key of Object.keys(BODY) as BodyKey[]) {
    const row = bodyRows.find((r) => r.name === BODY[key]);
    if (row) bodyIds[key] = row.id;
  }
  const [group]: { id: string }[] = await manager.query(
    `select wg.id from working_groups wg join coordination_bodies b on b.id = wg.body_id
      where b.name = $1 and wg.name = $2`,
    [BODY.CLSPD, ARGONNE_GROUP],
  );
  return {
    orgIds,
    users,
    usersOf,
    zoneIds: new Map(zoneRows.map((row) => [row.name, row.id])),
    zoneCommunes: new Map(zoneRows.map((row) => [row.name, new Set(row.communes)])),
    bodyIds,
    argonneGroupId: group?.id ?? null,
  };
}

export interface DemoCasesReport {
  cases: number;
  events: number;
  skipped: boolean;
}

/** Inserts the demo cases unless their references are already taken. `today` is the Paris date (`YYYY-MM-DD`). */
export async function seedDemoCases(
  manager: EntityManager,
  departementCode: string,
  today: string,
): Promise<DemoCasesReport> {
  const world = await loadWorld(manager);
  const plan = new Planner(world, departementCode, today).build();
  const references = plan.cases.map((kase) => kase.reference);
  const [{ taken }]: { taken: number }[] = await manager.query(
    'select count(*)::int as taken from cases where reference = any($1)',
    [references],
  );
  if (taken > 0) return { cases: 0, events: 0, skipped: true };

  await insertRows(
    manager,
    'cases',
    [
      ['id', 'uuid'],
      ['reference', 'text'],
      ['title', 'text'],
      ['description', 'text'],
      ['category', 'text', 'case_category'],
      ['commune_code', 'text'],
      ['zone_id', 'uuid'],
      ['longitude', 'float8'],
      ['latitude', 'float8'],
      ['sensitivity', 'text', 'case_sensitivity'],
      ['priority', 'text', 'case_priority'],
      ['owner_organization_id', 'uuid'],
      ['status', 'text', 'case_status'],
      ['status_reason', 'text'],
      ['body_id', 'uuid'],
      ['working_group_id', 'uuid'],
      ['created_by_user_id', 'uuid'],
      ['opened_at', 'text', 'paris'],
      ['assessment_due_on', 'date'],
      ['resolved_at', 'text', 'paris'],
      ['updated_at', 'text', 'paris'],
    ],
    plan.cases.map((c) => [
      c.id,
      c.reference,
      c.title,
      c.description,
      c.category,
      c.commune,
      c.zoneId,
      c.lon,
      c.lat,
      c.sensitivity,
      c.priority,
      world.orgIds[c.owner],
      c.status,
      c.statusReason,
      c.bodyId,
      c.workingGroupId,
      c.creator.id,
      stamp(today, c.openedAt),
      c.assessmentDueOn,
      c.resolvedAt === null ? null : stamp(today, c.resolvedAt),
      stamp(today, c.updatedAt),
    ]),
  );
  await pullPointsIntoCommunes(manager, references);
  await insertRows(
    manager,
    'case_persons',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['role', 'text', 'person_role'],
      ['full_name', 'text'],
      ['birth_year', 'int4'],
      ['address', 'text'],
      ['notes', 'text'],
      ['created_at', 'text', 'paris'],
    ],
    plan.persons,
  );
  await insertRows(
    manager,
    'case_assignments',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['organization_id', 'uuid'],
      ['status', 'text', 'assignment_status'],
      ['message', 'text'],
      ['requested_by_user_id', 'uuid'],
      ['requested_at', 'text', 'paris'],
      ['answered_by_user_id', 'uuid'],
      ['answered_at', 'text', 'paris'],
      ['decline_reason', 'text'],
      ['redirect_suggestion', 'text'],
    ],
    plan.assignments,
  );
  await insertRows(
    manager,
    'case_shares',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['organization_id', 'uuid'],
      ['user_id', 'uuid'],
      ['shared_by_user_id', 'uuid'],
      ['reason', 'text'],
      ['created_at', 'text', 'paris'],
    ],
    plan.shares,
  );
  await insertRows(
    manager,
    'case_actions',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['title', 'text'],
      ['description', 'text'],
      ['organization_id', 'uuid'],
      ['assignee_user_id', 'uuid'],
      ['due_on', 'date'],
      ['status', 'text', 'action_status'],
      ['outcome', 'text'],
      ['created_by_user_id', 'uuid'],
      ['created_at', 'text', 'paris'],
      ['completed_at', 'text', 'paris'],
    ],
    plan.actions,
  );
  await insertRows(
    manager,
    'case_comments',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['author_user_id', 'uuid'],
      ['author_organization_id', 'uuid'],
      ['author_label', 'text'],
      ['addressed_to_organization_id', 'uuid'],
      ['body', 'text'],
      ['created_at', 'text', 'paris'],
    ],
    plan.comments,
  );
  await insertRows(
    manager,
    'case_links',
    [
      ['case_a_id', 'uuid'],
      ['case_b_id', 'uuid'],
      ['linked_by_user_id', 'uuid'],
    ],
    plan.links,
  );
  // The timeline is read in id order: insert it in chronological order.
  const events = [...plan.events].sort((a, b) => a.at - b.at || a.seq - b.seq);
  await insertRows(
    manager,
    'case_events',
    [
      ['case_id', 'uuid'],
      ['occurred_at', 'text', 'paris'],
      ['actor_user_id', 'uuid'],
      ['actor_label', 'text'],
      ['kind', 'text'],
      ['data', 'text', 'jsonb'],
    ],
    events.map((e) => [
      e.caseId,
      stamp(today, e.at),
      e.actor?.id ?? null,
      e.actorLabel,
      e.kind,
      JSON.stringify(e.data),
    ]),
  );
  // The API numbers the next cases after the demo's last reference of each year.
  const lastOfYear = new Map<number, number>();
  for (const kase of plan.cases)
    lastOfYear.set(kase.year, Math.max(lastOfYear.get(kase.year) ?? 0, kase.seq));
  await manager.query(
    `insert into case_reference_counters (departement_code, year, last)
     select $1, u.year, u.last from unnest($2::int[], $3::int[]) as u(year, last)
     on conflict (departement_code, year) do update set last = greatest(case_reference_counters.last, excluded.last)`,
    [departementCode, [...lastOfYear.keys()], [...lastOfYear.values()]],
  );
  return { cases: plan.cases.length, events: events.length, skipped: false };
}

/**
 * The generator scatters points around a commune's centre or across a zone's box; the platform
 * refuses a point outside its commune. A point that fell outside is moved to the nearest place
 * well inside its commune (50 m from the border) — and within its zone when it has one.
 */
async function pullPointsIntoCommunes(manager: EntityManager, references: string[]): Promise<void> {
  await manager.query(
    `with target as (
       select c.id, c.location,
              ST_Buffer(m.outline::geography, -50)::geometry as inner_commune,
              ST_Buffer(z.shape::geography, 400)::geometry as near_zone
         from cases c
         join communes m on m.code = c.commune_code
         left join zones z on z.id = c.zone_id
        where c.reference = any($1) and c.location is not null and m.outline is not null
          and not ST_DWithin(c.location::geography, m.outline::geography, 0)
     ),
     moved as (
       select id, ST_ClosestPoint(
                case when near_zone is null or ST_IsEmpty(ST_Intersection(inner_commune, near_zone)) then inner_commune
                     else ST_Intersection(inner_commune, near_zone) end,
                location) as point
         from target
     )
     update cases c set longitude = round(ST_X(m.point)::numeric, 6), latitude = round(ST_Y(m.point)::numeric, 6)
       from moved m where c.id = m.id`,
    [references],
  );
}
