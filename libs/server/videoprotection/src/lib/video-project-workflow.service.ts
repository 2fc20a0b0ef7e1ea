import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  geometryProblems,
  VIDEO_AMOUNT_MAX,
  VIDEO_POINT_SITE_RADIUS_M,
  VIDEO_PROJECT_STATUS_LABELS,
  VIDEO_PROJECT_STEPS,
  type VideoProjectAction,
  VideoProjectStatus,
  videoStepProblem,
} from '@continuum/domain';
import { APP_CONFIG, badInput, conflict, forbidden } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { pointInCommuneSql, shapeProblem } from '@continuum/server/territory';
import { DataSource, EntityManager } from 'typeorm';
import type { AdvanceVideoProjectInput, SubmitVideoProjectInput } from './api/video.inputs';
import { readableVideoProjects, videoProjectsFor } from './policy/video-policy.sql';
import { namedQuery } from './video-project-rows';
import { projectNotFound } from './video-project-read.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const euros = (amount: number) =>
  `${amount.toLocaleString('fr-FR', { minimumFractionDigits: 0, maximumFractionDigits: 2 })} €`;

/**
 * A project's life: the mairie's request, then each step by one conditional UPDATE (the step's
 * state and the actor's policy in its WHERE), its line of history, and in service the sites made
 * zones — all in one transaction, so that a refused or lost step changes nothing.
 */
@Injectable()
export class VideoProjectWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(input: SubmitVideoProjectInput, principal: RequestPrincipal): Promise<string> {
    for (const [index, site] of input.sites.entries()) {
      const field = `input.sites.${index}.geometry`;
      const type = (site.geometry as { type?: unknown }).type;
      if (type !== 'Point' && type !== 'Polygon')
        throw badInput(field, `Site « ${site.name.trim()} » : tracez un point ou un polygone.`);
      const problems = geometryProblems(site.geometry);
      if (problems.length) throw badInput(field, `Site « ${site.name.trim()} » : ${problems[0]}`);
      const problem = await shapeProblem(this.dataSource, site.geometry);
      if (problem) throw badInput(field, `Site « ${site.name.trim()} » : géométrie invalide, ${problem}`);
    }
    return this.dataSource.transaction(async (manager) => {
      const [commune]: { code: string; name: string }[] = await manager.query(
        `select c.code, c.name from communes c
          where c.code = $1 and c.departement_code = $2
            and exists (select 1 from organization_competence_communes oc where oc.organization_id = $3 and oc.commune_code = c.code)`,
        [input.communeCode, this.config.departementCode, principal.actor.organizationId],
      );
      if (!commune)
        throw badInput('input.communeCode', 'Votre mairie ne porte de projet que pour sa commune.');
      for (const [index, site] of input.sites.entries()) {
        // Every vertex within the commune, with the territory's border tolerance.
        const [row]: { outside: boolean }[] = await manager.query(
          `select exists (select 1 from ST_DumpPoints(ST_SetSRID(ST_GeomFromGeoJSON($2::text), 4326)) d
                           where ${pointInCommuneSql('c.outline', 'd.geom')} is false) as outside
             from communes c where c.code = $1`,
          [commune.code, JSON.stringify(site.geometry)],
        );
        if (row?.outside)
          throw badInput(
            `input.sites.${index}.geometry`,
            `Le site « ${site.name.trim()} » sort de la commune de ${commune.name}.`,
          );
      }
      const [{ id }]: { id: string }[] = await manager.query(
        `insert into video_projects (commune_code, organization_id, title, purpose, created_by_user_id)
         values ($1, $2, $3, $4, $5) returning id`,
        [
          commune.code,
          principal.actor.organizationId,
          input.title.trim(),
          input.purpose.trim(),
          principal.actor.userId,
        ],
      );
      for (const [index, site] of input.sites.entries()) {
        await manager.query(
          `insert into video_sites (project_id, position, name, cameras, geometry) values ($1, $2, $3, $4, $5)`,
          [id, index, site.name.trim(), site.cameras, JSON.stringify(site.geometry)],
        );
      }
      await this.history(manager, id, VideoProjectStatus.REQUESTED, principal, null);
      return id;
    });
  }

  async advance(input: AdvanceVideoProjectInput, principal: RequestPrincipal): Promise<void> {
    if (!UUID.test(input.projectId)) throw projectNotFound();
    const target = input.step;
    const fields = stepFields(input);
    const action: VideoProjectAction =
      target === VideoProjectStatus.ABANDONED
        ? 'abandon'
        : (VIDEO_PROJECT_STEPS[target]?.action ?? 'abandon');
    await this.dataSource.transaction(async (manager) => {
      const current = await this.current(manager, input.projectId, principal);
      const problem = videoStepProblem(current.status, target);
      if (problem) {
        // Already at or past that step: someone took it first (or the page is stale) — a conflict,
        // said with who moved the project, not a refusal of the step itself.
        const order = Object.values(VideoProjectStatus);
        const from = VIDEO_PROJECT_STEPS[target]?.from;
        if (
          from &&
          current.status !== VideoProjectStatus.ABANDONED &&
          order.indexOf(current.status) >= order.indexOf(target)
        )
          await this.whyNot(manager, input.projectId, from, principal);
        throw badInput('input.step', problem);
      }
      if (
        target === VideoProjectStatus.FUNDING_DECIDED &&
        fields.granted &&
        current.requested !== null &&
        input.amount! > current.requested
      )
        throw badInput(
          'input.amount',
          `Le montant accordé ne peut dépasser le montant demandé (${euros(current.requested)}).`,
        );
      const allowed = videoProjectsFor(principal.ability, action);
      const set = Object.keys(fields.set)
        .map((column) => `${column} = :${column}`)
        .join(', ');
      const result = (await namedQuery(
        manager,
        `update video_projects vp set status = :target, updated_at = now()${set ? `, ${set}` : ''}
          where vp.id = :id and vp.status = :from and ${allowed.sql}
          returning vp.id`,
        { ...allowed.params, ...fields.set, target, id: input.projectId, from: current.status },
      )) as unknown as [unknown[], number];
      if (result[0].length === 0) await this.whyNot(manager, input.projectId, current.status, principal);
      await this.history(manager, input.projectId, target, principal, input.note?.trim() || null);
      if (target === VideoProjectStatus.IN_SERVICE) await this.sitesBecomeZones(manager, input.projectId);
    });
  }

  /** The project as its reader may see it, or NOT_FOUND. */
  private async current(
    manager: EntityManager,
    id: string,
    principal: RequestPrincipal,
  ): Promise<{ status: VideoProjectStatus; requested: number | null }> {
    const read = readableVideoProjects(principal.ability);
    const [row] = await namedQuery<{ status: VideoProjectStatus; requested: number | null }>(
      manager,
      `select vp.status, vp.funding_requested_amount::float8 as requested from video_projects vp where vp.id = :id and ${read.sql}`,
      { ...read.params, id },
    );
    if (!row) throw projectNotFound();
    return row;
  }

  /** Why the conditional UPDATE changed nothing: moved meanwhile (CONFLICT), or not this actor's to take. */
  private async whyNot(
    manager: EntityManager,
    id: string,
    seen: VideoProjectStatus,
    principal: RequestPrincipal,
  ): Promise<never> {
    const [row]: { status: VideoProjectStatus; actor_label: string | null }[] = await manager.query(
      `select vp.status, (select e.actor_label from video_project_events e where e.project_id = vp.id order by e.id desc limit 1) as actor_label
         from video_projects vp where vp.id = $1`,
      [id],
    );
    if (row && row.status !== seen)
      throw conflict(
        'input.step',
        `Ce projet vient de passer à l’étape « ${VIDEO_PROJECT_STATUS_LABELS[row.status]} »` +
          `${row.actor_label ? ` (${row.actor_label})` : ''}. Rechargez la page.`,
      );
    void principal;
    throw forbidden('Cette étape n’est pas la vôtre à franchir pour ce projet.');
  }

  private async history(
    manager: EntityManager,
    id: string,
    status: VideoProjectStatus,
    principal: RequestPrincipal,
    note: string | null,
  ): Promise<void> {
    await manager.query(
      `insert into video_project_events (project_id, status, actor_user_id, actor_label, note) values ($1, $2, $3, $4, $5)`,
      [id, status, principal.actor.userId, principal.label, note],
    );
  }

  /**
   * In service, each site becomes a zone « site vidéoprotégé » of the project's commune: a polygon
   * as drawn, a point as a disc of ~50 m around it (buffered on the spheroid).
   */
  private async sitesBecomeZones(manager: EntityManager, projectId: string): Promise<void> {
    const sites: { id: string; name: string; commune_code: string; commune_name: string; title: string }[] =
      await manager.query(
        `select s.id, s.name, p.commune_code, c.name as commune_name, p.title
           from video_sites s join video_projects p on p.id = s.project_id join communes c on c.code = p.commune_code
          where s.project_id = $1 order by s.position`,
        [projectId],
      );
    for (const site of sites) {
      const [zone]: { id: string }[] = await manager.query(
        `insert into zones (name, kind, description, geometry)
         select $2, 'VIDEO_PROTECTED_SITE', $3,
                case when s.geometry->>'type' = 'Point'
                     then ST_AsGeoJSON(ST_Buffer(s.shape::geography, ${VIDEO_POINT_SITE_RADIUS_M}, 16)::geometry, 6)::jsonb
                     else s.geometry end
           from video_sites s where s.id = $1
         returning id`,
        [site.id, `${site.name} (${site.commune_name})`, `Site vidéoprotégé du projet « ${site.title} ».`],
      );
      await manager.query(`insert into zone_communes (zone_id, commune_code) values ($1, $2)`, [
        zone.id,
        site.commune_code,
      ]);
      await manager.query(`update video_sites set zone_id = $2 where id = $1`, [site.id, zone.id]);
    }
  }
}

/** The columns a step writes, from its input; each missing or wrong value refused, naming the field. */
function stepFields(input: AdvanceVideoProjectInput): { set: Record<string, unknown>; granted?: boolean } {
  switch (input.step) {
    case VideoProjectStatus.OPINION_GIVEN: {
      if (!input.opinion)
        throw badInput(
          'input.opinion',
          'Choisissez l’avis : favorable, favorable avec réserves ou défavorable.',
        );
      const text = input.opinionText?.trim() ?? '';
      if (text.length < 10) throw badInput('input.opinionText', 'Motivez l’avis en 10 caractères au moins.');
      return { set: { opinion: input.opinion, opinion_text: text } };
    }
    case VideoProjectStatus.FUNDING_REQUESTED:
      return { set: { funding_requested_amount: amount(input.amount, 'Le montant FIPD demandé') } };
    case VideoProjectStatus.FUNDING_DECIDED: {
      if (typeof input.granted !== 'boolean')
        throw badInput('input.granted', 'Dites si le financement est accordé ou refusé.');
      if (!input.granted) {
        if (input.amount !== null && input.amount !== undefined)
          throw badInput('input.amount', 'Un financement refusé n’a pas de montant.');
        return { set: { funding_granted: false }, granted: false };
      }
      return {
        set: { funding_granted: true, funding_granted_amount: amount(input.amount, 'Le montant accordé') },
        granted: true,
      };
    }
    default:
      return { set: {} };
  }
}

function amount(value: number | null | undefined, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw badInput('input.amount', `${what} est requis, en euros.`);
  if (value <= 0) throw badInput('input.amount', `${what} doit être positif.`);
  if (value > VIDEO_AMOUNT_MAX) throw badInput('input.amount', `${what} dépasse ${euros(VIDEO_AMOUNT_MAX)}.`);
  if (Math.round(value * 100) !== value * 100)
    throw badInput('input.amount', `${what} se donne au centime près.`);
  return value;
}
