import type { EntityManager } from 'typeorm';

/**
 * The demo coordination bodies (PERSONAS.md): who chairs, who keeps the secretariat, which
 * organisations sit in them, and the CLSPD's restricted working group « Argonne ». Keyed by body
 * name (unique) and, for a working group, by its name within the body; members are written only
 * when their body or group is created, so a second seed changes nothing (and a body that exists
 * without its group gets the group).
 */
export const BODY = {
  CLSPD: 'CLSPD d’Orléans',
  CISPD: 'CISPD de l’agglomération montargoise',
  GPO: 'GPO La Source',
  EM_TRANSPORTS: 'État-major départemental de sécurité — transports',
  PADRSQ: 'Revue bimestrielle du PADRSQ',
} as const;

export type BodyKey = keyof typeof BODY;

export const ARGONNE_GROUP = 'Argonne';

type BodyKind = 'CLSPD' | 'CISPD' | 'GPO' | 'ETAT_MAJOR' | 'REVUE_PADRSQ';

interface DemoWorkingGroup {
  name: string;
  /** E-mails of the named members; each signs the group's current charter. */
  members: string[];
}

interface DemoBody {
  name: string;
  kind: BodyKind;
  theme?: string;
  chair: string;
  secretary: string;
  members: string[];
  /** E-mails of the named members, convened to its meetings by default. */
  people: string[];
  /** Its territory (INSEE codes); none for a départemental body. */
  communes: string[];
  workingGroups?: DemoWorkingGroup[];
}

const CABINET = 'Préfecture du Loiret — cabinet';

export const DEMO_BODIES: DemoBody[] = [
  {
    name: BODY.CLSPD,
    kind: 'CLSPD',
    chair: 'Mairie d’Orléans',
    secretary: 'sophie.bernard@orleans.demo',
    members: [
      'Mairie d’Orléans',
      'Police municipale d’Orléans',
      'DDPN du Loiret',
      'Parquet d’Orléans',
      'Val de Loire Habitat Démo',
      'Transports de l’Orléanais Démo',
      CABINET,
    ],
    people: [
      'sophie.bernard@orleans.demo',
      'marc.petit@orleans.demo',
      'paul.durand@pm-orleans.demo',
      'laurent.moreau@police.demo',
      'antoine.roux@justice.demo',
      'nadia.fournier@bailleur.demo',
      'thomas.girard@transport.demo',
      'claire.martin@prefecture.demo',
    ],
    communes: ['45234'],
    workingGroups: [
      {
        name: ARGONNE_GROUP,
        members: [
          'sophie.bernard@orleans.demo',
          'laurent.moreau@police.demo',
          'paul.durand@pm-orleans.demo',
          'antoine.roux@justice.demo',
          'nadia.fournier@bailleur.demo',
        ],
      },
    ],
  },
  {
    name: BODY.CISPD,
    kind: 'CISPD',
    chair: 'Mairie de Montargis',
    secretary: 'gaelle.lambert@montargis.demo',
    members: [
      'Mairie de Montargis',
      'Police municipale de Montargis',
      'DDPN du Loiret',
      'Groupement de gendarmerie du Loiret',
      'Parquet d’Orléans',
      'Val de Loire Habitat Démo',
      'DSDEN du Loiret',
      CABINET,
    ],
    people: [
      'gaelle.lambert@montargis.demo',
      'laurent.moreau@police.demo',
      'julie.lefebvre@gendarmerie.demo',
      'antoine.roux@justice.demo',
      'nadia.fournier@bailleur.demo',
    ],
    communes: ['45208', '45068', '45004', '45338'],
  },
  {
    name: BODY.GPO,
    kind: 'GPO',
    chair: 'DDPN du Loiret',
    secretary: 'laurent.moreau@police.demo',
    members: [
      'DDPN du Loiret',
      'Police municipale d’Orléans',
      'Mairie d’Orléans',
      'Val de Loire Habitat Démo',
      'Transports de l’Orléanais Démo',
      'DSDEN du Loiret',
      'Centre Sécurité Privée Démo',
    ],
    people: [
      'laurent.moreau@police.demo',
      'paul.durand@pm-orleans.demo',
      'marc.petit@orleans.demo',
      'nadia.fournier@bailleur.demo',
      'thomas.girard@transport.demo',
      'hugo.dupont@securite.demo',
    ],
    communes: ['45234'],
  },
  {
    name: BODY.EM_TRANSPORTS,
    kind: 'ETAT_MAJOR',
    theme: 'transports',
    chair: CABINET,
    secretary: 'claire.martin@prefecture.demo',
    members: [
      CABINET,
      'DDPN du Loiret',
      'Groupement de gendarmerie du Loiret',
      'Police municipale d’Orléans',
      'Transports de l’Orléanais Démo',
      'Parquet d’Orléans',
    ],
    people: [
      'claire.martin@prefecture.demo',
      'laurent.moreau@police.demo',
      'julie.lefebvre@gendarmerie.demo',
      'paul.durand@pm-orleans.demo',
      'thomas.girard@transport.demo',
      'antoine.roux@justice.demo',
    ],
    communes: [],
  },
  {
    name: BODY.PADRSQ,
    kind: 'REVUE_PADRSQ',
    chair: CABINET,
    secretary: 'claire.martin@prefecture.demo',
    members: [
      CABINET,
      'DDPN du Loiret',
      'Groupement de gendarmerie du Loiret',
      'Parquet d’Orléans',
      'Mairie d’Orléans',
      'Mairie de Montargis',
      'Mairie de Gien',
      'DSDEN du Loiret',
      'URSSAF Centre-Val de Loire',
      'DDFiP du Loiret',
      'Direction régionale des douanes',
      'ARS Centre-Val de Loire',
    ],
    people: [
      'claire.martin@prefecture.demo',
      'laurent.moreau@police.demo',
      'julie.lefebvre@gendarmerie.demo',
      'antoine.roux@justice.demo',
      'marc.petit@orleans.demo',
      'gaelle.lambert@montargis.demo',
      'bruno.garnier@gien.demo',
      'emma.bonnet@urssaf.demo',
      'luc.mercier@dgfip.demo',
      'ines.caron@douane.demo',
      'romain.fontaine@ars.demo',
    ],
    communes: [],
  },
];

/** `YYYY-MM-DD` plus `days`, as a Paris wall-clock timestamp string at `time`. */
export function localStamp(today: string, days: number, time: string): string {
  const [y, m, d] = today.split('-').map(Number);
  return `${new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)} ${time}`;
}

/**
 * Creates the bodies that are absent, with their members and working groups. `today` is the demo's
 * reference date (`YYYY-MM-DD`): bodies predate every demo case, charters were signed two months ago.
 */
export async function seedDemoBodies(
  manager: EntityManager,
  today: string,
): Promise<{ bodies: number; groups: number }> {
  let bodies = 0;
  let groups = 0;
  for (const body of DEMO_BODIES) {
    const inserted: { id: string }[] = await manager.query(
      `insert into coordination_bodies (name, kind, theme, chair_organization_id, secretary_user_id, created_at)
       select $1, $2::body_kind, $3, o.id, (select u.id from users u where u.email = $5),
              $6::timestamp at time zone 'Europe/Paris'
         from organizations o where o.name = $4
       on conflict (name) do nothing returning id`,
      [
        body.name,
        body.kind,
        body.theme ?? null,
        body.chair,
        body.secretary,
        localStamp(today, -480, '10:00'),
      ],
    );
    if (inserted.length > 0) {
      bodies++;
      await manager.query(
        `insert into coordination_body_organizations (body_id, organization_id)
         select $1, o.id from organizations o where o.name = any($2::text[]) on conflict do nothing`,
        [inserted[0].id, body.members],
      );
      await manager.query(
        `insert into coordination_body_members (body_id, user_id, added_at)
         select $1, u.id, $3::timestamp at time zone 'Europe/Paris' from users u where u.email = any($2::text[])
         on conflict do nothing`,
        [inserted[0].id, body.people, localStamp(today, -470, '10:00')],
      );
      await manager.query('update coordination_bodies set commune_codes = $2 where id = $1', [
        inserted[0].id,
        body.communes,
      ]);
    }
    const bodyId: string | undefined =
      inserted[0]?.id ??
      (await manager.query('select id from coordination_bodies where name = $1', [body.name]))[0]?.id;
    if (!bodyId) continue;
    for (const group of body.workingGroups ?? []) {
      const created: { id: string }[] = await manager.query(
        `insert into working_groups (body_id, name) select $1, $2
          where not exists (select 1 from working_groups where body_id = $1 and name = $2)
         returning id`,
        [bodyId, group.name],
      );
      if (created.length === 0) continue;
      groups++;
      // Each member signs the charter at the group's current version.
      await manager.query(
        `insert into working_group_members (working_group_id, user_id, charter_signed_at, charter_signed_version)
         select wg.id, u.id, $3::timestamp at time zone 'Europe/Paris', wg.charter_version
           from working_groups wg, users u
          where wg.id = $1 and u.email = any($2::text[])
         on conflict do nothing`,
        [created[0].id, group.members, localStamp(today, -62, '15:30')],
      );
    }
  }
  return { bodies, groups };
}
