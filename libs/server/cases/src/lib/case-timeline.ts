import {
  CASE_CATEGORIES,
  CASE_STATUS_LABELS,
  CaseCategory,
  CaseStatus,
  Sensitivity,
  SENSITIVITY_LABELS,
} from '@continuum/domain';
import type { RequestPrincipal } from '@continuum/server/platform';
import { EntityManager } from 'typeorm';
import { CaseEventEntity } from './entities/case-event.entity';

export type CaseEventKind =
  | 'created'
  | 'updated'
  | 'status_changed'
  | 'assigned'
  | 'referral_accepted'
  | 'referral_declined'
  | 'shared'
  | 'unshared'
  | 'sensitivity_changed'
  | 'action_added'
  | 'action_updated'
  | 'comment_added'
  | 'file_added'
  | 'person_added'
  | 'person_removed'
  | 'linked'
  | 'unlinked'
  | 'attached_to_body'
  | 'detached_from_body'
  | 'escalated'
  | 'decided'
  | 'proposal_linked';

/** Writes one line of a case's timeline, in the transaction of the change it records. */
export async function recordEvent(
  manager: EntityManager,
  caseId: string,
  kind: CaseEventKind,
  principal: RequestPrincipal | null,
  data: Record<string, unknown> = {},
): Promise<void> {
  await manager.insert(CaseEventEntity, {
    caseId,
    kind,
    actorUserId: principal?.actor.userId ?? null,
    actorLabel: principal?.label ?? null,
    data,
  });
  await manager.query('update cases set updated_at = now() where id = $1', [caseId]);
}

/** The editable fields of a case, as the timeline names them. */
const FIELD_LABELS: Record<string, string> = {
  title: 'titre',
  description: 'description',
  category: 'catégorie',
  priority: 'priorité',
  assessmentDueOn: 'date d’évaluation',
  communeCode: 'commune',
  zoneId: 'zone',
  longitude: 'position',
  latitude: 'position',
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The timeline line in French. Only what the case's readers may read is ever written in `data`. */
export function describeEvent(kind: string, data: Record<string, unknown>): string {
  switch (kind) {
    case 'created':
      return `Dossier ouvert (${CASE_CATEGORIES[data['category'] as CaseCategory]?.label ?? 'catégorie inconnue'}).`;
    case 'updated':
      return `Dossier modifié : ${[...new Set(((data['fields'] as string[] | undefined) ?? []).map((field) => FIELD_LABELS[field] ?? field))].join(', ')}.`;
    case 'status_changed':
      return `Statut : ${CASE_STATUS_LABELS[data['from'] as CaseStatus]} → ${CASE_STATUS_LABELS[data['to'] as CaseStatus]}${
        data['reason'] ? ` (motif : ${text(data['reason'])})` : ''
      }.`;
    case 'assigned':
      return `Saisine adressée à ${text(data['organization'])}.`;
    case 'referral_accepted':
      return `${text(data['organization'])} accepte la saisine.`;
    case 'referral_declined':
      return `${text(data['organization'])} décline la saisine : ${text(data['reason'])}${
        data['redirect'] ? ` — à voir avec ${text(data['redirect'])}` : ''
      }.`;
    case 'shared':
      return `Partagé avec ${text(data['with'])}.`;
    case 'unshared':
      return `Partage retiré : ${text(data['with'])}.`;
    case 'sensitivity_changed':
      return `Diffusion : ${SENSITIVITY_LABELS[data['from'] as Sensitivity]} → ${SENSITIVITY_LABELS[data['to'] as Sensitivity]}${
        data['reason'] ? ` (motif : ${text(data['reason'])})` : ''
      }.`;
    case 'action_added':
      return `Action ajoutée : « ${text(data['title'])} » pour ${text(data['organization'])}.`;
    case 'action_updated':
      return `Action « ${text(data['title'])} » : ${text(data['change'])}.`;
    case 'comment_added':
      return 'Commentaire ajouté.';
    case 'file_added':
      return `Fichier joint : ${text(data['filename'])}.`;
    case 'person_added':
      return 'Personne ajoutée (donnée nominative).';
    case 'person_removed':
      return 'Personne retirée (donnée nominative).';
    // The other case is not named: its reference would reveal it to readers who may not read it.
    case 'linked':
      return 'Lié à un autre dossier.';
    case 'unlinked':
      return 'Lien retiré avec un autre dossier.';
    case 'attached_to_body':
      return `Rattaché à ${text(data['body'])}${data['workingGroup'] ? ` (groupe restreint « ${text(data['workingGroup'])} »)` : ''}.`;
    case 'detached_from_body':
      return `Détaché de ${text(data['body'])}.`;
    case 'escalated':
      return `Signalé pour la prochaine séance de ${text(data['body'])} : ${text(data['reason'])}.`;
    case 'decided':
      return `Décision de ${text(data['body'])} (séance du ${text(data['date'])}) : « ${text(data['text'])} », pilote ${text(data['organization'])}.`;
    case 'proposal_linked':
      return `${data['opened'] ? 'Ouvert à partir de la proposition' : 'Proposition rattachée :'} ${text(data['reference'])} (${text(data['category'])}).`;
    default:
      return kind;
  }
}
