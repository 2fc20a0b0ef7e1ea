import {
  VIDEO_POINT_SITE_RADIUS_M,
  VideoOpinion,
  VideoProjectStatus,
  type ZoneGeometry,
} from '@continuum/domain';
import type { EntityManager } from 'typeorm';

/**
 * The demo's video-protection projects (issue #16): seven projects, one at each step, from the
 * mairies of Orléans and Montargis, some of their sites in the QPV/QRR and on the diagnostic's
 * hotspots (the busiest H3 cells of the demo's facts), one in service with its site made a zone.
 * Karim Benali (DDPN du Loiret) is designated safety referent. Dates relative to today, times fixed.
 * Written once: a second seed finds projects and adds none.
 */
export const DEMO_SAFETY_REFERENT = 'karim.benali@police.demo';

interface DemoSite {
  name: string;
  cameras: number;
  geometry: ZoneGeometry;
}

interface DemoStep {
  status: VideoProjectStatus;
  daysAgo: number;
  by: string;
  note?: string;
}

interface DemoProject {
  commune: string;
  mairie: string;
  title: string;
  purpose: string;
  sites: DemoSite[];
  steps: DemoStep[];
  opinion?: [VideoOpinion, string];
  requested?: number;
  granted?: number | false;
}

const point = (lon: number, lat: number): ZoneGeometry => ({ type: 'Point', coordinates: [lon, lat] });
const square = (lon: number, lat: number, d = 0.0015): ZoneGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
});

const MARC = 'marc.petit@orleans.demo';
const SERGE = 'serge.aubert@orleans.demo';
const GAELLE = 'gaelle.lambert@montargis.demo';
const KARIM = DEMO_SAFETY_REFERENT;
const CLAIRE = 'claire.martin@prefecture.demo';

const PROJECTS: DemoProject[] = [
  {
    commune: '45234',
    mairie: 'Mairie d’Orléans',
    title: 'Vidéoprotection du quartier de l’Argonne',
    purpose:
      'Sécuriser les abords du centre commercial et de la place Mozart, où se concentrent les trafics signalés au GPO.',
    sites: [
      { name: 'Place Mozart', cameras: 4, geometry: point(1.93114, 47.90997) },
      { name: 'Abords du centre commercial', cameras: 3, geometry: square(1.9386, 47.9157, 0.001) },
    ],
    steps: [{ status: VideoProjectStatus.REQUESTED, daysAgo: 6, by: MARC }],
  },
  {
    commune: '45234',
    mairie: 'Mairie d’Orléans',
    title: 'La Source — dalle commerciale',
    purpose: 'Dissuader les regroupements et les dégradations sur la dalle et aux arrêts du tram.',
    sites: [{ name: 'Dalle commerciale', cameras: 6, geometry: point(1.94181, 47.84315) }],
    steps: [
      { status: VideoProjectStatus.REQUESTED, daysAgo: 40, by: SERGE },
      { status: VideoProjectStatus.OPINION_GIVEN, daysAgo: 12, by: KARIM },
    ],
    opinion: [
      VideoOpinion.FAVORABLE_WITH_RESERVATIONS,
      'Implantation pertinente. Réserve : la caméra côté parking doit être masquée sur les fenêtres des logements.',
    ],
  },
  {
    commune: '45208',
    mairie: 'Mairie de Montargis',
    title: 'Quartier du Plateau',
    purpose: 'Couvrir l’entrée du quartier et le parking de la rue des Bourgoins, lieux de rodéos urbains.',
    sites: [{ name: 'Entrée du Plateau', cameras: 5, geometry: point(2.74049, 48.00361) }],
    steps: [
      { status: VideoProjectStatus.REQUESTED, daysAgo: 90, by: GAELLE },
      { status: VideoProjectStatus.OPINION_GIVEN, daysAgo: 70, by: KARIM },
      { status: VideoProjectStatus.FUNDING_REQUESTED, daysAgo: 30, by: GAELLE, note: 'Dossier FIPD déposé.' },
    ],
    opinion: [VideoOpinion.FAVORABLE, 'Sites cohérents avec les faits constatés ; champ de vision conforme.'],
    requested: 38000,
  },
  {
    commune: '45234',
    mairie: 'Mairie d’Orléans',
    title: 'Boulevard Alexandre-Martin',
    purpose: 'Suivre les flux nocturnes aux sorties des établissements de nuit.',
    sites: [{ name: 'Carrefour du boulevard', cameras: 2, geometry: point(1.9105, 47.9075) }],
    steps: [
      { status: VideoProjectStatus.REQUESTED, daysAgo: 150, by: MARC },
      { status: VideoProjectStatus.OPINION_GIVEN, daysAgo: 130, by: KARIM },
      { status: VideoProjectStatus.FUNDING_REQUESTED, daysAgo: 110, by: MARC },
      {
        status: VideoProjectStatus.FUNDING_DECIDED,
        daysAgo: 60,
        by: CLAIRE,
        note: 'Hors des lieux prioritaires de la cartographie : non retenu au FIPD cette année.',
      },
    ],
    opinion: [VideoOpinion.FAVORABLE, 'Dispositif proportionné.'],
    requested: 15000,
    granted: false,
  },
  {
    commune: '45234',
    mairie: 'Mairie d’Orléans',
    title: 'Centre-ville — rue de Bourgogne',
    purpose: 'Prévenir les vols à l’étalage et les agressions dans l’hyper-centre.',
    sites: [
      { name: 'Rue de Bourgogne', cameras: 4, geometry: point(1.90124, 47.90848) },
      { name: 'Place du Martroi', cameras: 3, geometry: point(1.9042, 47.9029) },
    ],
    steps: [
      { status: VideoProjectStatus.REQUESTED, daysAgo: 220, by: SERGE },
      { status: VideoProjectStatus.OPINION_GIVEN, daysAgo: 200, by: KARIM },
      { status: VideoProjectStatus.FUNDING_REQUESTED, daysAgo: 180, by: MARC },
      { status: VideoProjectStatus.FUNDING_DECIDED, daysAgo: 120, by: CLAIRE },
      {
        status: VideoProjectStatus.INSTALLATION,
        daysAgo: 45,
        by: MARC,
        note: 'Marché attribué, pose en cours.',
      },
    ],
    opinion: [VideoOpinion.FAVORABLE, 'Secteur identifié par le diagnostic ; favorable.'],
    requested: 60000,
    granted: 45000,
  },
  {
    commune: '45234',
    mairie: 'Mairie d’Orléans',
    title: 'Parc de l’Étuvée',
    purpose: 'Protéger les équipements du parc, dégradés à plusieurs reprises.',
    sites: [{ name: 'Entrée du parc', cameras: 2, geometry: square(1.9395, 47.9135, 0.0008) }],
    steps: [
      { status: VideoProjectStatus.REQUESTED, daysAgo: 400, by: MARC },
      { status: VideoProjectStatus.OPINION_GIVEN, daysAgo: 380, by: KARIM },
      { status: VideoProjectStatus.FUNDING_REQUESTED, daysAgo: 360, by: MARC },
      { status: VideoProjectStatus.FUNDING_DECIDED, daysAgo: 300, by: CLAIRE },
      { status: VideoProjectStatus.INSTALLATION, daysAgo: 200, by: MARC },
      { status: VideoProjectStatus.IN_SERVICE, daysAgo: 100, by: MARC, note: 'Réception des travaux.' },
    ],
    opinion: [VideoOpinion.FAVORABLE, 'Favorable.'],
    requested: 20000,
    granted: 20000,
  },
  {
    commune: '45208',
    mairie: 'Mairie de Montargis',
    title: 'Parking de la gare',
    purpose: 'Lutter contre les vols dans les véhicules.',
    sites: [{ name: 'Parking de la gare', cameras: 3, geometry: point(2.731, 47.988) }],
    steps: [
      { status: VideoProjectStatus.REQUESTED, daysAgo: 260, by: GAELLE },
      { status: VideoProjectStatus.OPINION_GIVEN, daysAgo: 240, by: KARIM },
      {
        status: VideoProjectStatus.ABANDONED,
        daysAgo: 200,
        by: GAELLE,
        note: 'Avis défavorable : un éclairage renforcé sera étudié à la place.',
      },
    ],
    opinion: [
      VideoOpinion.UNFAVORABLE,
      'Peu de faits constatés sur ce parking ; l’éclairage serait plus efficace.',
    ],
  },
];

export async function seedDemoVideoProjects(manager: EntityManager): Promise<number> {
  const [{ n }]: { n: number }[] = await manager.query(`select count(*)::int as n from video_projects`);
  if (n > 0) return 0;
  await manager.query(
    `insert into safety_referents (user_id, designated_by_user_id)
     select u.id, (select a.id from users a where a.email = 'admin@continuum.demo') from users u where u.email = $1
     on conflict do nothing`,
    [KARIM],
  );
  for (const project of PROJECTS) {
    const first = project.steps[0];
    const last = project.steps[project.steps.length - 1];
    const at = (daysAgo: number) => `(current_date - ${daysAgo}) + time '10:30' `;
    const [{ id }]: { id: string }[] = await manager.query(
      `insert into video_projects (commune_code, organization_id, title, purpose, status, opinion, opinion_text,
                                   funding_requested_amount, funding_granted, funding_granted_amount, created_by_user_id,
                                   created_at, updated_at)
       select $1, o.id, $3, $4, $5, $6, $7, $8, $9, $10, (select id from users where email = $11),
              ${at(first.daysAgo)}, ${at(last.daysAgo)}
         from organizations o where o.name = $2 returning id`,
      [
        project.commune,
        project.mairie,
        project.title,
        project.purpose,
        last.status,
        project.opinion?.[0] ?? null,
        project.opinion?.[1] ?? null,
        project.requested ?? null,
        project.granted === undefined ? null : project.granted !== false,
        project.granted || null,
        first.by,
      ],
    );
    for (const [position, site] of project.sites.entries()) {
      await manager.query(
        `insert into video_sites (project_id, position, name, cameras, geometry) values ($1, $2, $3, $4, $5)`,
        [id, position, site.name, site.cameras, JSON.stringify(site.geometry)],
      );
    }
    for (const step of project.steps) {
      await manager.query(
        `insert into video_project_events (project_id, status, at, actor_user_id, actor_label, note)
         select $1, $2, ${at(step.daysAgo)}, u.id, u.full_name || ' (' || o.name || ')', $4
           from users u join organizations o on o.id = u.organization_id where u.email = $3`,
        [id, step.status, step.by, step.note ?? null],
      );
    }
    if (last.status === VideoProjectStatus.IN_SERVICE) {
      // As the workflow does: each site a zone « site vidéoprotégé » (a point as a ~50 m disc).
      const sites: { id: string }[] = await manager.query(
        `select id from video_sites where project_id = $1 order by position`,
        [id],
      );
      for (const site of sites) {
        const [zone]: { id: string }[] = await manager.query(
          `insert into zones (name, kind, description, geometry)
           select s.name || ' (' || c.name || ')', 'VIDEO_PROTECTED_SITE', 'Site vidéoprotégé du projet « ' || p.title || ' ».',
                  case when s.geometry->>'type' = 'Point'
                       then ST_AsGeoJSON(ST_Buffer(s.shape::geography, ${VIDEO_POINT_SITE_RADIUS_M}, 16)::geometry, 6)::jsonb
                       else s.geometry end
             from video_sites s join video_projects p on p.id = s.project_id join communes c on c.code = p.commune_code
            where s.id = $1 returning id`,
          [site.id],
        );
        await manager.query(`insert into zone_communes (zone_id, commune_code) values ($1, $2)`, [
          zone.id,
          project.commune,
        ]);
        await manager.query(`update video_sites set zone_id = $2 where id = $1`, [site.id, zone.id]);
      }
    }
  }
  return PROJECTS.length;
}
