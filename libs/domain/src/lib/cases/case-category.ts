/**
 * The closed list of case categories: the SSMSI recorded-crime indicators (base communale), then
 * the nuisance and tranquillity problems that CLSPD and GPO work on.
 */
export enum CaseCategory {
  HOMICIDES = 'HOMICIDES',
  VIOLENCES_INTRAFAMILIALES = 'VIOLENCES_INTRAFAMILIALES',
  COUPS_ET_BLESSURES = 'COUPS_ET_BLESSURES',
  VIOLENCES_SEXUELLES = 'VIOLENCES_SEXUELLES',
  VOLS_AVEC_ARMES = 'VOLS_AVEC_ARMES',
  VOLS_VIOLENTS_SANS_ARME = 'VOLS_VIOLENTS_SANS_ARME',
  VOLS_SANS_VIOLENCE = 'VOLS_SANS_VIOLENCE',
  CAMBRIOLAGES = 'CAMBRIOLAGES',
  VOLS_DE_VEHICULES = 'VOLS_DE_VEHICULES',
  VOLS_DANS_VEHICULES = 'VOLS_DANS_VEHICULES',
  VOLS_ACCESSOIRES_VEHICULES = 'VOLS_ACCESSOIRES_VEHICULES',
  DESTRUCTIONS_DEGRADATIONS = 'DESTRUCTIONS_DEGRADATIONS',
  TRAFIC_STUPEFIANTS = 'TRAFIC_STUPEFIANTS',
  USAGE_STUPEFIANTS = 'USAGE_STUPEFIANTS',
  ESCROQUERIES = 'ESCROQUERIES',
  RODEOS_URBAINS = 'RODEOS_URBAINS',
  SQUATS = 'SQUATS',
  OCCUPATION_HALLS = 'OCCUPATION_HALLS',
  DEPOTS_SAUVAGES = 'DEPOTS_SAUVAGES',
  NUISANCES_SONORES = 'NUISANCES_SONORES',
  POINT_DE_DEAL = 'POINT_DE_DEAL',
  VOLS_MATERIEL_AGRICOLE = 'VOLS_MATERIEL_AGRICOLE',
  TRAVAIL_DISSIMULE = 'TRAVAIL_DISSIMULE',
  INCIVILITES_TRANSPORTS = 'INCIVILITES_TRANSPORTS',
}

export type CategoryGroup = 'SSMSI' | 'TRANQUILLITE';

export const CASE_CATEGORIES: Readonly<Record<CaseCategory, { label: string; group: CategoryGroup }>> = {
  [CaseCategory.HOMICIDES]: { label: 'Homicides', group: 'SSMSI' },
  [CaseCategory.VIOLENCES_INTRAFAMILIALES]: {
    label: 'Coups et blessures volontaires intrafamiliaux',
    group: 'SSMSI',
  },
  [CaseCategory.COUPS_ET_BLESSURES]: {
    label: 'Coups et blessures volontaires (hors cadre familial)',
    group: 'SSMSI',
  },
  [CaseCategory.VIOLENCES_SEXUELLES]: { label: 'Violences sexuelles', group: 'SSMSI' },
  [CaseCategory.VOLS_AVEC_ARMES]: { label: 'Vols avec armes', group: 'SSMSI' },
  [CaseCategory.VOLS_VIOLENTS_SANS_ARME]: { label: 'Vols violents sans arme', group: 'SSMSI' },
  [CaseCategory.VOLS_SANS_VIOLENCE]: { label: 'Vols sans violence contre des personnes', group: 'SSMSI' },
  [CaseCategory.CAMBRIOLAGES]: { label: 'Cambriolages de logement', group: 'SSMSI' },
  [CaseCategory.VOLS_DE_VEHICULES]: { label: 'Vols de véhicules', group: 'SSMSI' },
  [CaseCategory.VOLS_DANS_VEHICULES]: { label: 'Vols dans les véhicules', group: 'SSMSI' },
  [CaseCategory.VOLS_ACCESSOIRES_VEHICULES]: { label: 'Vols d’accessoires sur véhicules', group: 'SSMSI' },
  [CaseCategory.DESTRUCTIONS_DEGRADATIONS]: {
    label: 'Destructions et dégradations volontaires',
    group: 'SSMSI',
  },
  [CaseCategory.TRAFIC_STUPEFIANTS]: { label: 'Trafic de stupéfiants', group: 'SSMSI' },
  [CaseCategory.USAGE_STUPEFIANTS]: { label: 'Usage de stupéfiants', group: 'SSMSI' },
  [CaseCategory.ESCROQUERIES]: { label: 'Escroqueries et fraudes aux moyens de paiement', group: 'SSMSI' },
  [CaseCategory.RODEOS_URBAINS]: { label: 'Rodéos urbains', group: 'TRANQUILLITE' },
  [CaseCategory.SQUATS]: { label: 'Squats', group: 'TRANQUILLITE' },
  [CaseCategory.OCCUPATION_HALLS]: { label: 'Occupation de halls d’immeubles', group: 'TRANQUILLITE' },
  [CaseCategory.DEPOTS_SAUVAGES]: { label: 'Dépôts sauvages', group: 'TRANQUILLITE' },
  [CaseCategory.NUISANCES_SONORES]: { label: 'Nuisances sonores', group: 'TRANQUILLITE' },
  [CaseCategory.POINT_DE_DEAL]: { label: 'Point de deal', group: 'TRANQUILLITE' },
  [CaseCategory.VOLS_MATERIEL_AGRICOLE]: { label: 'Vols de matériel agricole', group: 'TRANQUILLITE' },
  [CaseCategory.TRAVAIL_DISSIMULE]: { label: 'Travail dissimulé', group: 'TRANQUILLITE' },
  [CaseCategory.INCIVILITES_TRANSPORTS]: { label: 'Incivilités dans les transports', group: 'TRANQUILLITE' },
};

export enum CasePriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

export const CASE_PRIORITY_LABELS: Readonly<Record<CasePriority, string>> = {
  [CasePriority.LOW]: 'Basse',
  [CasePriority.NORMAL]: 'Normale',
  [CasePriority.HIGH]: 'Haute',
  [CasePriority.URGENT]: 'Urgente',
};
