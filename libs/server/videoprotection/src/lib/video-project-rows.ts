import {
  type AppAbility,
  VIDEO_OPINION_LABELS,
  VIDEO_PROJECT_STATUS_LABELS,
  VIDEO_PROJECT_STEPS,
  type VideoOpinion,
  type VideoProjectAction,
  VideoProjectStatus,
  type ZoneGeometry,
  nextVideoStep,
} from '@continuum/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { VideoProjectEventModel, VideoProjectModel, VideoSiteModel } from './api/video.models';
import { readableVideoProjects, videoProjectsFor } from './policy/video-policy.sql';
import { siteCells } from './site-targeting';

type Queryable = DataSource | EntityManager;

/** Runs `sql` with named parameters (`:name`), as the policy's conditions give them. */
export function namedQuery<T>(db: Queryable, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const driver = (db instanceof DataSource ? db : db.connection).driver;
  const [query, values] = driver.escapeQueryWithParameters(sql, params);
  return db.query(query, values);
}

const ACTIONS: VideoProjectAction[] = [
  'giveOpinion',
  'requestFunding',
  'decideFunding',
  'install',
  'commission',
  'abandon',
];

export interface ProjectRow {
  id: string;
  number: string;
  commune_code: string;
  commune_name: string;
  organization_name: string;
  title: string;
  purpose: string;
  status: VideoProjectStatus;
  opinion: VideoOpinion | null;
  opinion_text: string | null;
  funding_requested_amount: number | null;
  funding_granted: boolean | null;
  funding_granted_amount: number | null;
  created_at: Date;
  updated_at: Date;
  can: Record<VideoProjectAction, boolean>;
}

/** The readable projects matching `where`, with what this reader may do to each (the policy in SQL). */
export async function projectRows(
  db: Queryable,
  ability: AppAbility,
  where: string,
  params: Record<string, unknown>,
): Promise<ProjectRow[]> {
  const read = readableVideoProjects(ability);
  const allowed = ACTIONS.map((action) => ({ action, condition: videoProjectsFor(ability, action) }));
  const rows = await namedQuery<Omit<ProjectRow, 'can'> & Record<string, unknown>>(
    db,
    `select vp.id, vp.number::text as number, vp.commune_code, c.name as commune_name, o.name as organization_name,
            vp.title, vp.purpose, vp.status, vp.opinion, vp.opinion_text,
            vp.funding_requested_amount::float8 as funding_requested_amount, vp.funding_granted,
            vp.funding_granted_amount::float8 as funding_granted_amount, vp.created_at, vp.updated_at,
            ${allowed.map(({ action, condition }) => `(${condition.sql}) as "can_${action}"`).join(', ')}
       from video_projects vp
       join communes c on c.code = vp.commune_code
       join organizations o on o.id = vp.organization_id
      where ${read.sql} and ${where}
      order by vp.created_at desc, vp.number desc`,
    Object.assign({}, read.params, ...allowed.map(({ condition }) => condition.params), params),
  );
  return rows.map((row) => ({
    ...row,
    can: Object.fromEntries(ACTIONS.map((action) => [action, row[`can_${action}`] === true])) as Record<
      VideoProjectAction,
      boolean
    >,
  })) as ProjectRow[];
}

interface SiteRow {
  id: string;
  project_id: string;
  name: string;
  cameras: number;
  geometry: ZoneGeometry;
  zone_id: string | null;
  lon: number;
  lat: number;
  priority_zones: string[];
}

/** The sites of these projects, each placed against the priority zones and the hot cells. */
export async function siteModels(
  db: Queryable,
  projectIds: readonly string[],
  hotCells: ReadonlySet<string>,
): Promise<Map<string, (VideoSiteModel & { cells: string[] })[]>> {
  const rows: SiteRow[] = projectIds.length
    ? await db.query(
        `select s.id, s.project_id, s.name, s.cameras, s.geometry, s.zone_id,
                ST_X(ST_PointOnSurface(s.shape)) as lon, ST_Y(ST_PointOnSurface(s.shape)) as lat,
                array(select z.name from zones z where z.kind = 'PRIORITY_ZONE' and ST_Intersects(z.shape, s.shape)
                       order by z.name collate "fr-FR-x-icu") as priority_zones
           from video_sites s where s.project_id = any($1) order by s.project_id, s.position`,
        [projectIds],
      )
    : [];
  const byProject = new Map<string, (VideoSiteModel & { cells: string[] })[]>();
  for (const row of rows) {
    const cells = siteCells(row.geometry, [row.lon, row.lat]);
    const inHotspot = cells.some((cell) => hotCells.has(cell));
    const site = {
      id: row.id,
      name: row.name,
      cameras: row.cameras,
      geometry: row.geometry,
      priorityZones: row.priority_zones,
      inHotspot,
      targeted: inHotspot || row.priority_zones.length > 0,
      zoneId: row.zone_id,
      cells,
    };
    byProject.set(row.project_id, [...(byProject.get(row.project_id) ?? []), site]);
  }
  return byProject;
}

export async function historyOf(
  db: Queryable,
  projectIds: readonly string[],
): Promise<Map<string, VideoProjectEventModel[]>> {
  const rows: {
    project_id: string;
    status: VideoProjectStatus;
    at: Date;
    actor_label: string;
    note: string | null;
  }[] = projectIds.length
    ? await db.query(
        `select project_id, status, at, actor_label, note from video_project_events
            where project_id = any($1) order by project_id, id`,
        [projectIds],
      )
    : [];
  const byProject = new Map<string, VideoProjectEventModel[]>();
  for (const row of rows) {
    const event = {
      status: row.status,
      statusLabel: VIDEO_PROJECT_STATUS_LABELS[row.status],
      at: row.at,
      actorLabel: row.actor_label,
      note: row.note,
    };
    byProject.set(row.project_id, [...(byProject.get(row.project_id) ?? []), event]);
  }
  return byProject;
}

export function toProjectModel(
  row: ProjectRow,
  sites: VideoSiteModel[],
  history: VideoProjectEventModel[],
  hotspotYear: number,
): VideoProjectModel {
  const next = nextVideoStep(row.status);
  const mayTakeNext = next !== null && row.can[VIDEO_PROJECT_STEPS[next]!.action];
  return {
    id: row.id,
    reference: `V-${row.number}`,
    communeCode: row.commune_code,
    communeName: row.commune_name,
    organizationName: row.organization_name,
    title: row.title,
    purpose: row.purpose,
    status: row.status,
    statusLabel: VIDEO_PROJECT_STATUS_LABELS[row.status],
    cameras: sites.reduce((sum, site) => sum + site.cameras, 0),
    opinion: row.opinion,
    opinionLabel: row.opinion ? VIDEO_OPINION_LABELS[row.opinion] : null,
    opinionText: row.opinion_text,
    fundingRequestedAmount: row.funding_requested_amount,
    fundingGranted: row.funding_granted,
    fundingGrantedAmount: row.funding_granted_amount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    targeted: sites.some((site) => site.targeted),
    hotspotYear,
    sites: sites.map((site) => ({ ...site, cells: undefined }) as VideoSiteModel),
    history,
    nextStep: mayTakeNext ? next : null,
    nextStepLabel: mayTakeNext ? VIDEO_PROJECT_STATUS_LABELS[next!] : null,
    canAbandon: row.can.abandon && row.status !== VideoProjectStatus.ABANDONED,
  };
}
