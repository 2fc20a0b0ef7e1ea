/**
 * What an incident (a fact recorded by the forces) carries besides its date, category and commune.
 * Never a person: the victim's and the offender's profiles are aggregate bands only.
 */

export enum IncidentPlaceType {
  VOIE_PUBLIQUE = 'VOIE_PUBLIQUE',
  TRANSPORTS = 'TRANSPORTS',
  COMMERCE = 'COMMERCE',
  DOMICILE = 'DOMICILE',
  PARTIES_COMMUNES = 'PARTIES_COMMUNES',
  ETABLISSEMENT_SCOLAIRE = 'ETABLISSEMENT_SCOLAIRE',
  EXPLOITATION_AGRICOLE = 'EXPLOITATION_AGRICOLE',
  ETABLISSEMENT_SANTE = 'ETABLISSEMENT_SANTE',
  LIEU_DE_LOISIRS = 'LIEU_DE_LOISIRS',
  AUTRE = 'AUTRE',
}

export const INCIDENT_PLACE_LABELS: Readonly<Record<IncidentPlaceType, string>> = {
  [IncidentPlaceType.VOIE_PUBLIQUE]: 'Voie publique',
  [IncidentPlaceType.TRANSPORTS]: 'Transports en commun',
  [IncidentPlaceType.COMMERCE]: 'Commerce',
  [IncidentPlaceType.DOMICILE]: 'Domicile',
  [IncidentPlaceType.PARTIES_COMMUNES]: 'Parties communes d’immeuble',
  [IncidentPlaceType.ETABLISSEMENT_SCOLAIRE]: 'Établissement scolaire',
  [IncidentPlaceType.EXPLOITATION_AGRICOLE]: 'Exploitation agricole',
  [IncidentPlaceType.ETABLISSEMENT_SANTE]: 'Établissement de santé',
  [IncidentPlaceType.LIEU_DE_LOISIRS]: 'Lieu de loisirs',
  [IncidentPlaceType.AUTRE]: 'Autre lieu',
};

/** What one line counts, as the SSMSI says it (« unité de compte »). */
export enum CountingUnit {
  INFRACTION = 'INFRACTION',
  VICTIME = 'VICTIME',
  MIS_EN_CAUSE = 'MIS_EN_CAUSE',
  VEHICULE = 'VEHICULE',
  LOGEMENT = 'LOGEMENT',
}

export const COUNTING_UNIT_LABELS: Readonly<Record<CountingUnit, string>> = {
  [CountingUnit.INFRACTION]: 'Infraction',
  [CountingUnit.VICTIME]: 'Victime',
  [CountingUnit.MIS_EN_CAUSE]: 'Mis en cause',
  [CountingUnit.VEHICULE]: 'Véhicule',
  [CountingUnit.LOGEMENT]: 'Logement',
};

export enum IncidentSource {
  POLICE_NATIONALE = 'POLICE_NATIONALE',
  GENDARMERIE = 'GENDARMERIE',
  POLICE_MUNICIPALE = 'POLICE_MUNICIPALE',
}

export const INCIDENT_SOURCE_LABELS: Readonly<Record<IncidentSource, string>> = {
  [IncidentSource.POLICE_NATIONALE]: 'Police nationale',
  [IncidentSource.GENDARMERIE]: 'Gendarmerie nationale',
  [IncidentSource.POLICE_MUNICIPALE]: 'Police municipale',
};

/** Age bands: the only form in which an age is kept (an exact age given in a file is banded on import). */
export enum AgeBand {
  MOINS_DE_13 = 'MOINS_DE_13',
  DE_13_A_17 = 'DE_13_A_17',
  DE_18_A_24 = 'DE_18_A_24',
  DE_25_A_34 = 'DE_25_A_34',
  DE_35_A_44 = 'DE_35_A_44',
  DE_45_A_54 = 'DE_45_A_54',
  DE_55_A_64 = 'DE_55_A_64',
  DE_65_ET_PLUS = 'DE_65_ET_PLUS',
}

/** Each band's label and its bounds in years (inclusive; `max` null for the last). */
export const AGE_BANDS: Readonly<Record<AgeBand, { label: string; min: number; max: number | null }>> = {
  [AgeBand.MOINS_DE_13]: { label: 'Moins de 13 ans', min: 0, max: 12 },
  [AgeBand.DE_13_A_17]: { label: '13 à 17 ans', min: 13, max: 17 },
  [AgeBand.DE_18_A_24]: { label: '18 à 24 ans', min: 18, max: 24 },
  [AgeBand.DE_25_A_34]: { label: '25 à 34 ans', min: 25, max: 34 },
  [AgeBand.DE_35_A_44]: { label: '35 à 44 ans', min: 35, max: 44 },
  [AgeBand.DE_45_A_54]: { label: '45 à 54 ans', min: 45, max: 54 },
  [AgeBand.DE_55_A_64]: { label: '55 à 64 ans', min: 55, max: 64 },
  [AgeBand.DE_65_ET_PLUS]: { label: '65 ans et plus', min: 65, max: null },
};

/** The band of an age in years. */
export function ageBandOf(years: number): AgeBand {
  const found = (Object.keys(AGE_BANDS) as AgeBand[]).find((band) => {
    const { min, max } = AGE_BANDS[band];
    return years >= min && (max === null || years <= max);
  });
  return found ?? AgeBand.DE_65_ET_PLUS;
}

/** Whether everyone in the band is a minor (under 18). */
export function isMinorBand(band: AgeBand): boolean {
  return band === AgeBand.MOINS_DE_13 || band === AgeBand.DE_13_A_17;
}

export enum Sex {
  FEMININ = 'FEMININ',
  MASCULIN = 'MASCULIN',
}

export const SEX_LABELS: Readonly<Record<Sex, string>> = {
  [Sex.FEMININ]: 'Féminin',
  [Sex.MASCULIN]: 'Masculin',
};
