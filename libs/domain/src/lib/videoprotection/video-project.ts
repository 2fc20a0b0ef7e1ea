/** The steps of a video-protection project (circular, point 5: « accompagnés par les référents sûreté »). */
export enum VideoProjectStatus {
  REQUESTED = 'REQUESTED',
  OPINION_GIVEN = 'OPINION_GIVEN',
  FUNDING_REQUESTED = 'FUNDING_REQUESTED',
  FUNDING_DECIDED = 'FUNDING_DECIDED',
  INSTALLATION = 'INSTALLATION',
  IN_SERVICE = 'IN_SERVICE',
  ABANDONED = 'ABANDONED',
}

export const VIDEO_PROJECT_STATUS_LABELS: Readonly<Record<VideoProjectStatus, string>> = {
  [VideoProjectStatus.REQUESTED]: 'Demandé',
  [VideoProjectStatus.OPINION_GIVEN]: 'Avis du référent sûreté rendu',
  [VideoProjectStatus.FUNDING_REQUESTED]: 'Financement FIPD demandé',
  [VideoProjectStatus.FUNDING_DECIDED]: 'Financement décidé',
  [VideoProjectStatus.INSTALLATION]: 'En cours d’installation',
  [VideoProjectStatus.IN_SERVICE]: 'En service',
  [VideoProjectStatus.ABANDONED]: 'Abandonné',
};

export enum VideoOpinion {
  FAVORABLE = 'FAVORABLE',
  FAVORABLE_WITH_RESERVATIONS = 'FAVORABLE_WITH_RESERVATIONS',
  UNFAVORABLE = 'UNFAVORABLE',
}

export const VIDEO_OPINION_LABELS: Readonly<Record<VideoOpinion, string>> = {
  [VideoOpinion.FAVORABLE]: 'Favorable',
  [VideoOpinion.FAVORABLE_WITH_RESERVATIONS]: 'Favorable avec réserves',
  [VideoOpinion.UNFAVORABLE]: 'Défavorable',
};

/** The policy action that takes a project to each step (abandon: from any step before service). */
export type VideoProjectAction =
  'giveOpinion' | 'requestFunding' | 'decideFunding' | 'install' | 'commission' | 'abandon';

/** Each step reached forward, the step it comes from and the action that takes it. */
export const VIDEO_PROJECT_STEPS: Readonly<
  Partial<Record<VideoProjectStatus, { from: VideoProjectStatus; action: VideoProjectAction }>>
> = {
  [VideoProjectStatus.OPINION_GIVEN]: { from: VideoProjectStatus.REQUESTED, action: 'giveOpinion' },
  [VideoProjectStatus.FUNDING_REQUESTED]: {
    from: VideoProjectStatus.OPINION_GIVEN,
    action: 'requestFunding',
  },
  [VideoProjectStatus.FUNDING_DECIDED]: {
    from: VideoProjectStatus.FUNDING_REQUESTED,
    action: 'decideFunding',
  },
  [VideoProjectStatus.INSTALLATION]: { from: VideoProjectStatus.FUNDING_DECIDED, action: 'install' },
  [VideoProjectStatus.IN_SERVICE]: { from: VideoProjectStatus.INSTALLATION, action: 'commission' },
};

/** The steps from which a project may still be abandoned. */
export const ABANDONABLE_VIDEO_STATUSES: readonly VideoProjectStatus[] = [
  VideoProjectStatus.REQUESTED,
  VideoProjectStatus.OPINION_GIVEN,
  VideoProjectStatus.FUNDING_REQUESTED,
  VideoProjectStatus.FUNDING_DECIDED,
  VideoProjectStatus.INSTALLATION,
];

/** The next forward step from `status`, or null at the end (in service, abandoned). */
export function nextVideoStep(status: VideoProjectStatus): VideoProjectStatus | null {
  const entry = Object.entries(VIDEO_PROJECT_STEPS).find(([, step]) => step.from === status);
  return entry ? (entry[0] as VideoProjectStatus) : null;
}

/**
 * Why `target` cannot be reached from `current`, in French; null when it is the next step (or an
 * abandon before service).
 */
export function videoStepProblem(current: VideoProjectStatus, target: VideoProjectStatus): string | null {
  const now = `le projet est à l’étape « ${VIDEO_PROJECT_STATUS_LABELS[current]} »`;
  if (target === VideoProjectStatus.ABANDONED) {
    return ABANDONABLE_VIDEO_STATUSES.includes(current) ? null : `Abandon impossible : ${now}.`;
  }
  if (target === VideoProjectStatus.REQUESTED)
    return `Étape refusée : ${now}, on ne revient pas à la demande.`;
  const step = VIDEO_PROJECT_STEPS[target];
  if (!step) return `Étape inconnue.`;
  if (step.from === current) return null;
  const order = Object.values(VideoProjectStatus);
  const target_ = `« ${VIDEO_PROJECT_STATUS_LABELS[target]} »`;
  if (current === VideoProjectStatus.ABANDONED || current === VideoProjectStatus.IN_SERVICE)
    return `Étape refusée : ${now}, il n’a plus d’étape à franchir.`;
  if (order.indexOf(target) <= order.indexOf(current))
    return `Étape refusée : ${now}, on ne revient pas à l’étape ${target_}.`;
  const next = nextVideoStep(current);
  return `Étape refusée : ${now} ; l’étape suivante est « ${VIDEO_PROJECT_STATUS_LABELS[next!]} », pas ${target_}.`;
}

export const VIDEO_TITLE_MAX = 200;
export const VIDEO_TEXT_MAX = 4000;
export const VIDEO_SITES_MAX = 30;
export const VIDEO_CAMERAS_MAX = 200;
/** A point site becomes, in service, a zone of this radius (metres) around it. */
export const VIDEO_POINT_SITE_RADIUS_M = 50;
/** An amount in euros (FIPD): positive, at most this. */
export const VIDEO_AMOUNT_MAX = 10_000_000;

/**
 * A video-protection project as the policy sees it. `referentUserIds` are the safety referents
 * whose organisation's competence territory holds the project's commune (only ever compiled to SQL).
 */
export interface VideoProjectSubject {
  __typename: 'VideoProject';
  id?: string;
  status: string;
  organizationId: string;
  referentUserIds?: string[];
}
