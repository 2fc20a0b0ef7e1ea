import { describeOutlines, loadTerritory } from '@continuum/server/territory';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { BODY, seedDemoBodies } from './demo-bodies';
import { seedDemoContracts } from './demo-contracts';
import { seedDemoCases } from './demo-cases';
import { seedDemoDiagnostic } from './demo-diagnostic';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoOperations } from './demo-operations';
import { seedDemoPlan } from './demo-plan';
import { demoLinkToken, seedDemoProposals } from './demo-proposals';
import { seedDemoSurveys } from './demo-surveys';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS, DEMO_ZONES } from './demo-data';
import { seedDemoVideoProjects } from './demo-videoprotection';

/**
 * Seeds the demo département. Idempotent: every row is keyed by a natural key (organisation
 * name, e-mail, zone name, body name, case reference) and inserted only when absent, so a second
 * run changes nothing.
 */
export async function seedDemo(
  ds: DataSource,
  departementCode: string,
  log: (message: string) => void,
): Promise<void> {
  const territory = await loadTerritory(ds, departementCode);
  log(`Territoire : ${territory.departement}, ${territory.communes} communes, ${territory.epcis} EPCI.`);
  describeOutlines(territory.outlines).forEach((line) => log(line));
  if (departementCode !== '45') {
    log('Les organisations et personnes de démonstration ne concernent que le Loiret (45) : rien de plus.');
    return;
  }
  const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  await ds.transaction(async (manager) => {
    // Seeded before the demo wrote « d’Orléans » with its typographic apostrophe: rename rather
    // than add a second « Mairie d’Orléans » beside the old « Mairie d'Orléans ».
    for (const [table, names] of [
      ['organizations', DEMO_ORGANIZATIONS.map((org) => org.name)],
      ['zones', DEMO_ZONES.map((zone) => zone.name)],
      ['coordination_bodies', Object.values(BODY)],
    ] as const) {
      await manager.query(
        `update ${table} set name = replace(name, '''', '’')
          where strpos(name, '''') > 0 and replace(name, '''', '’') = any($1::text[])
            and not exists (select 1 from ${table} t where t.name = replace(${table}.name, '''', '’'))`,
        [names],
      );
    }
    let organizations = 0;
    for (const org of DEMO_ORGANIZATIONS) {
      const inserted = await manager.query(
        `insert into organizations (name, type, whole_departement, seat_commune_code, email, phone, siret)
         select $1, $2, $3, $4, $5, $6, $7
          where not exists (select 1 from organizations where lower(name) = lower($1))
         returning id`,
        [
          org.name,
          org.type,
          org.wholeDepartement ?? false,
          org.seat,
          org.email ?? null,
          org.phone ?? null,
          org.siret ?? null,
        ],
      );
      if (inserted.length === 0) continue;
      organizations++;
      await manager.query(
        `insert into organization_competence_communes (organization_id, commune_code)
         select $1, unnest($2::varchar[]) on conflict do nothing`,
        [inserted[0].id, org.communes ?? []],
      );
    }
    let users = 0;
    for (const user of DEMO_USERS) {
      const inserted = await manager.query(
        `insert into users (email, full_name, title, organization_id, roles, password_hash)
         select $1, $2, $3, o.id, $5::user_role[], $6 from organizations o where o.name = $4
         on conflict (email) do nothing returning id`,
        [user.email, user.fullName, user.title, user.organization, user.roles, hash],
      );
      users += inserted.length;
    }
    let zones = 0;
    for (const zone of DEMO_ZONES) {
      const inserted = await manager.query(
        `insert into zones (name, kind, description, geometry)
         select $1, $2, $3, $4 where not exists (select 1 from zones where name = $1)
         returning id`,
        [zone.name, zone.kind, zone.description, JSON.stringify(zone.geometry)],
      );
      if (inserted.length === 0) continue;
      zones++;
      await manager.query(
        `insert into zone_communes (zone_id, commune_code) select $1, unnest($2::varchar[]) on conflict do nothing`,
        [inserted[0].id, zone.communes],
      );
    }
    log(`Démonstration : ${organizations} organisations, ${users} personnes, ${zones} zones ajoutées.`);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
    const bodies = await seedDemoBodies(manager, today);
    log(`Instances : ${bodies.bodies} instances et ${bodies.groups} groupe(s) de travail ajoutés.`);
    const cases = await seedDemoCases(manager, departementCode, today);
    log(
      cases.skipped
        ? 'Dossiers de démonstration déjà présents : aucun ajout.'
        : `Dossiers : ${cases.cases} dossiers de démonstration ajoutés (${cases.events} lignes de chronologie).`,
    );
    const meetings = await seedDemoMeetings(manager, today);
    log(
      meetings
        ? `Séances : ${meetings} séances de démonstration ajoutées.`
        : 'Séances de démonstration déjà présentes.',
    );
    const results = await seedDemoOperations(manager, today);
    log(
      `Résultats : ${results.operations} opérations coordonnées et ${results.presence} relevés de présence ajoutés.`,
    );
    const proposals = await seedDemoProposals(manager, departementCode);
    log(
      proposals
        ? `Propositions : ${proposals} propositions du public et des maires ajoutées (tous les états) ; ` +
            `lien privé d’une proposition qui a reçu sa réponse : /propositions/suivi/${demoLinkToken(3)}`
        : 'Propositions de démonstration déjà présentes.',
    );
    const surveys = await seedDemoSurveys(manager);
    log(
      surveys
        ? `Enquêtes de satisfaction : deux vagues closes (2e semestre 2025, 1er semestre 2026), ${surveys} réponses.`
        : 'Enquêtes de satisfaction de démonstration déjà présentes.',
    );
    const contracts = await seedDemoContracts(manager, today);
    log(
      contracts
        ? `Contrats : ${contracts} contrats (CSI d’Orléans, PVD de Gien) et leurs engagements ajoutés.`
        : 'Contrats de démonstration déjà présents.',
    );
    const videoProjects = await seedDemoVideoProjects(manager);
    log(
      videoProjects
        ? `Vidéoprotection : ${videoProjects} projets, un à chaque étape.`
        : 'Projets de vidéoprotection déjà présents.',
    );
  });
  // Apart from the transaction above: its own, with COPY on a connection of its own.
  await seedDemoDiagnostic(ds, departementCode, process.env['CONTINUUM_TIME_ZONE'] || 'Europe/Paris', log);
  // Last: its baselines are computed from the facts, cases and operations seeded before it.
  await seedDemoPlan(ds, departementCode, log);
}
