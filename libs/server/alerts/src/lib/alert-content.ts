import {
  ALERT_SEVERITY_LABELS,
  AlertSeverity,
  AlertTopic,
  CASE_CATEGORIES,
  CASE_STATUS_LABELS,
  CaseCategory,
  CaseStatus,
  CONTRACT_KIND_SHORT,
  ContractKind,
  DOMAIN_EVENTS,
  frenchDateTime,
  MEETING_KIND_LABELS,
  MeetingKind,
} from '@continuum/domain';
import type { EntityManager } from 'typeorm';
import type { AlertEntity, AlertTargeting } from './alerts.entities';

/** The events the platform writes to the outbox (the domain's vocabulary). */
export const EVENT_TOPICS = DOMAIN_EVENTS;

export type AlertDraft = Pick<
  AlertEntity,
  | 'topic'
  | 'severity'
  | 'category'
  | 'title'
  | 'body'
  | 'caseId'
  | 'meetingId'
  | 'communeCodes'
  | 'zoneIds'
  | 'longitude'
  | 'latitude'
> & { targeting: AlertTargeting; dedupeKey: string | null };

interface CaseFacts {
  id: string;
  reference: string;
  title: string;
  category: CaseCategory;
  status: CaseStatus;
  commune_code: string;
  commune: string;
  zone_id: string | null;
  longitude: number | null;
  latitude: number | null;
  owner_organization_id: string;
}

const frDay = (day: string) => day.split('-').reverse().join('/');

/**
 * What an event becomes as an alert: its title and text (never nominative data — persons live
 * apart and are never read here), its territory, and whom it names. Null when the thing it was
 * about is gone.
 */
export async function draftFromEvent(
  manager: EntityManager,
  topic: string,
  payload: Record<string, unknown>,
  timeZone: string,
): Promise<AlertDraft | null> {
  const actor = typeof payload['actorUserId'] === 'string' ? payload['actorUserId'] : null;
  const caseFacts = async (id: unknown): Promise<CaseFacts | null> =>
    typeof id === 'string'
      ? ((
          await manager.query(
            `select c.id, c.reference, c.title, c.category, c.status, c.commune_code, m.name as commune, c.zone_id,
                    c.longitude, c.latitude, c.owner_organization_id
               from cases c join communes m on m.code = c.commune_code where c.id = $1`,
            [id],
          )
        )[0] ?? null)
      : null;
  const ofCase = (kase: CaseFacts, fields: Partial<AlertDraft>): AlertDraft => ({
    topic: AlertTopic.CASE_OPENED,
    severity: AlertSeverity.INFO,
    category: kase.category,
    title: `${kase.reference} — ${kase.title}`,
    body: '',
    caseId: kase.id,
    meetingId: null,
    communeCodes: [kase.commune_code],
    zoneIds: kase.zone_id ? [kase.zone_id] : [],
    longitude: kase.longitude,
    latitude: kase.latitude,
    targeting: {},
    dedupeKey: null,
    ...fields,
  });
  const label = (category: CaseCategory) => CASE_CATEGORIES[category]?.label ?? category;

  switch (topic) {
    case EVENT_TOPICS.CASE_OPENED: {
      const kase = await caseFacts(payload['caseId']);
      if (!kase) return null;
      return ofCase(kase, {
        topic: AlertTopic.CASE_OPENED,
        body: `Nouveau dossier « ${label(kase.category)} » à ${kase.commune}.`,
        targeting: { territorial: true, excludeUserId: actor },
      });
    }
    case EVENT_TOPICS.CASE_REFERRED: {
      const kase = await caseFacts(payload['caseId']);
      if (!kase || typeof payload['organizationId'] !== 'string') return null;
      return ofCase(kase, {
        topic: AlertTopic.CASE_REFERRED,
        severity: AlertSeverity.VIGILANCE,
        body: `Votre organisation est saisie de ce dossier (${label(kase.category)}, ${kase.commune}) : acceptez ou déclinez la saisine.`,
        targeting: { organizationIds: [payload['organizationId']], excludeUserId: actor },
      });
    }
    case EVENT_TOPICS.CASE_STATUS_CHANGED: {
      const kase = await caseFacts(payload['caseId']);
      if (!kase) return null;
      const involved: { organization_id: string }[] = await manager.query(
        'select distinct organization_id from case_involved_organizations where case_id = $1',
        [kase.id],
      );
      const from = CASE_STATUS_LABELS[payload['from'] as CaseStatus] ?? String(payload['from']);
      const to = CASE_STATUS_LABELS[payload['to'] as CaseStatus] ?? String(payload['to']);
      return ofCase(kase, {
        topic: AlertTopic.CASE_STATUS_CHANGED,
        body: `Statut : ${from} → ${to}.`,
        targeting: { organizationIds: involved.map((row) => row.organization_id), excludeUserId: actor },
      });
    }
    case EVENT_TOPICS.CASE_COMMENT_ADDRESSED: {
      const kase = await caseFacts(payload['caseId']);
      if (!kase || typeof payload['organizationId'] !== 'string') return null;
      return ofCase(kase, {
        topic: AlertTopic.CASE_COMMENT_ADDRESSED,
        body: 'Un commentaire est adressé à votre organisation sur ce dossier.',
        targeting: { organizationIds: [payload['organizationId']], excludeUserId: actor },
      });
    }
    case EVENT_TOPICS.ACTION_DUE: {
      const [action]: {
        id: string;
        title: string;
        case_id: string;
        organization_id: string;
        assignee_user_id: string | null;
        due_on: string;
      }[] = await manager.query(
        `select id, title, case_id, organization_id, assignee_user_id, to_char(due_on, 'YYYY-MM-DD') as due_on
             from case_actions where id = $1 and status in ('TODO', 'IN_PROGRESS')`,
        [payload['actionId']],
      );
      const kase = action ? await caseFacts(action.case_id) : null;
      if (!action || !kase) return null;
      const overdue = payload['kind'] === 'OVERDUE';
      return ofCase(kase, {
        topic: overdue ? AlertTopic.ACTION_OVERDUE : AlertTopic.ACTION_DUE_TOMORROW,
        severity: overdue ? AlertSeverity.VIGILANCE : AlertSeverity.INFO,
        body: overdue
          ? `L’action « ${action.title} » était attendue le ${frDay(action.due_on)}.`
          : `L’action « ${action.title} » est attendue demain (${frDay(action.due_on)}).`,
        targeting: action.assignee_user_id
          ? { userIds: [action.assignee_user_id] }
          : { organizationIds: [action.organization_id] },
        dedupeKey: `action:${action.id}:${String(payload['kind'])}:${String(payload['day'])}`,
      });
    }
    case EVENT_TOPICS.COMMITMENT_OVERDUE:
      return commitmentOverdue(manager, payload);
    case EVENT_TOPICS.MEETING_CONVENED:
    case EVENT_TOPICS.MEETING_CHANGED: {
      const [meeting]: {
        id: string;
        kind: MeetingKind;
        starts_at: Date;
        body: string;
        invitees: string[];
      }[] = await manager.query(
        `select m.id, m.kind, m.starts_at, b.name as body,
                array(select user_id from meeting_invitees i where i.meeting_id = m.id) as invitees
           from meetings m join coordination_bodies b on b.id = m.body_id where m.id = $1`,
        [payload['meetingId']],
      );
      if (!meeting) return null;
      const when = frenchDateTime(meeting.starts_at, timeZone, { weekday: true });
      const changed = topic === EVENT_TOPICS.MEETING_CHANGED;
      return {
        topic: changed ? AlertTopic.MEETING_CHANGED : AlertTopic.MEETING_CONVENED,
        severity: changed ? AlertSeverity.VIGILANCE : AlertSeverity.INFO,
        category: null,
        title: `${meeting.body} — ${MEETING_KIND_LABELS[meeting.kind]}`,
        body: changed
          ? `La séance est modifiée : ${when}.`
          : `Vous êtes convoqué(e) : ${when}. L’ordre du jour est publié.`,
        caseId: null,
        meetingId: meeting.id,
        communeCodes: [],
        zoneIds: [],
        longitude: null,
        latitude: null,
        // Newcomers convened to a meeting already convened are told; the others already were.
        targeting: {
          userIds: Array.isArray(payload['userIds']) ? (payload['userIds'] as string[]) : meeting.invitees,
          excludeUserId: actor,
        },
        dedupeKey: null,
      };
    }
    case EVENT_TOPICS.DECISION_ASSIGNED: {
      // A restricted working group's decision (L132-5) reaches only those of the organisation who
      // may read that meeting — the group's members with its charter signed, the people convened —
      // not the whole organisation.
      const [decision]: {
        text: string;
        owner_organization_id: string;
        case_id: string | null;
        due_on: string | null;
        body: string;
        restricted: boolean;
        group_readers: string[];
      }[] = await manager.query(
        `select d.text, d.owner_organization_id, i.case_id, to_char(d.due_on, 'YYYY-MM-DD') as due_on, b.name as body,
                (m.kind = 'GROUPE_RESTREINT' or m.working_group_id is not null) as restricted,
                array(select u.id from users u
                       where u.organization_id = d.owner_organization_id and u.disabled_at is null
                         and (u.id in (select mi.user_id from meeting_invitees mi where mi.meeting_id = m.id)
                              or u.id in (select wm.user_id from working_group_members wm
                                            join working_groups wg on wg.id = wm.working_group_id
                                           where wg.id = m.working_group_id and wm.charter_signed_at is not null
                                             and wm.charter_signed_version = wg.charter_version))) as group_readers
             from agenda_decisions d join agenda_items i on i.id = d.agenda_item_id
             join meetings m on m.id = i.meeting_id join coordination_bodies b on b.id = m.body_id
            where d.id = $1`,
        [payload['decisionId']],
      );
      if (!decision || (decision.restricted && decision.group_readers.length === 0)) return null;
      const kase = decision.case_id ? await caseFacts(decision.case_id) : null;
      const body = `${decision.body} confie à votre organisation : « ${decision.text} »${decision.due_on ? `, pour le ${frDay(decision.due_on)}` : ''}.`;
      const targeting = decision.restricted
        ? { userIds: decision.group_readers, excludeUserId: actor }
        : { organizationIds: [decision.owner_organization_id], excludeUserId: actor };
      if (kase)
        return ofCase(kase, {
          topic: AlertTopic.DECISION_ASSIGNED,
          severity: AlertSeverity.VIGILANCE,
          body,
          targeting,
        });
      return {
        topic: AlertTopic.DECISION_ASSIGNED,
        severity: AlertSeverity.VIGILANCE,
        category: null,
        title: `Décision de ${decision.body}`,
        body,
        caseId: null,
        meetingId: null,
        communeCodes: [],
        zoneIds: [],
        longitude: null,
        latitude: null,
        targeting,
        dedupeKey: null,
      };
    }
    case EVENT_TOPICS.WEBHOOK_DISABLED: {
      const [webhook]: { url: string; reason: string | null; name: string; managers: string[] }[] =
        await manager.query(
          `select w.url, w.disabled_reason as reason, o.name,
                  array(select u.id from users u
                         where u.organization_id = w.organization_id and u.disabled_at is null
                           and 'manager' = any(u.roles)) as managers
             from webhooks w join organizations o on o.id = w.organization_id
            where w.id = $1 and not w.enabled`,
          [payload['webhookId']],
        );
      if (!webhook || webhook.managers.length === 0) return null;
      return {
        topic: AlertTopic.WEBHOOK_DISABLED,
        severity: AlertSeverity.VIGILANCE,
        category: null,
        title: `Webhook de ${webhook.name} désactivé`,
        body: `Continuum n’envoie plus les alertes à ${new URL(webhook.url).host}. ${webhook.reason ?? ''} Corrigez le point de réception, puis réactivez le webhook.`,
        caseId: null,
        meetingId: null,
        communeCodes: [],
        zoneIds: [],
        longitude: null,
        latitude: null,
        targeting: { userIds: webhook.managers },
        dedupeKey: null,
      };
    }
    default:
      return null;
  }
}

/**
 * A contract's commitment past its deadline and still open: its owner organisation is told (a
 * party of the contract, so it reads it). Nothing if it was kept or its deadline moved meanwhile.
 */
async function commitmentOverdue(
  manager: EntityManager,
  payload: Record<string, unknown>,
): Promise<AlertDraft | null> {
  const [commitment]: {
    id: string;
    text: string;
    due_on: string;
    owner_organization_id: string;
    kind: string;
    title: string;
    communes: string[];
  }[] = await manager.query(
    `select k.id, k.text, to_char(k.due_on, 'YYYY-MM-DD') as due_on, k.owner_organization_id, ct.kind, ct.title,
            array(select cc.commune_code::text from contract_communes cc where cc.contract_id = ct.id order by 1) as communes
       from contract_commitments k join contracts ct on ct.id = k.contract_id
      where k.id = $1 and k.status in ('TODO', 'IN_PROGRESS') and to_char(k.due_on, 'YYYY-MM-DD') = $2`,
    [payload['commitmentId'], payload['dueOn']],
  );
  if (!commitment) return null;
  const short = commitment.text.length > 160 ? `${commitment.text.slice(0, 160)}…` : commitment.text;
  return {
    topic: AlertTopic.COMMITMENT_OVERDUE,
    severity: AlertSeverity.VIGILANCE,
    category: null,
    title: `${CONTRACT_KIND_SHORT[commitment.kind as ContractKind] ?? 'Contrat'} — ${commitment.title}`,
    body: `L’engagement de votre organisation « ${short} » était attendu le ${frDay(commitment.due_on)}.`,
    caseId: null,
    meetingId: null,
    communeCodes: commitment.communes,
    zoneIds: [],
    longitude: null,
    latitude: null,
    targeting: { organizationIds: [commitment.owner_organization_id] },
    dedupeKey: `commitment:${commitment.id}:OVERDUE:${commitment.due_on}`,
  };
}

/** The subject line of an alert's mail. */
export function mailSubject(alert: Pick<AlertEntity, 'severity' | 'title'>): string {
  return `[Continuum] ${ALERT_SEVERITY_LABELS[alert.severity]} — ${alert.title}`
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 250);
}
