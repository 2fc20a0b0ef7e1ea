/**
 * The fields an incidents file's columns are mapped to, in the order the mapping step shows them.
 * Nothing nominative is among them: a file's other columns (names, addresses, free text) are never
 * read.
 */
export enum IncidentField {
  STARTS_ON = 'STARTS_ON',
  STARTS_AT = 'STARTS_AT',
  ENDS_ON = 'ENDS_ON',
  ENDS_AT = 'ENDS_AT',
  CATEGORY = 'CATEGORY',
  NATINF = 'NATINF',
  COMMUNE = 'COMMUNE',
  LONGITUDE = 'LONGITUDE',
  LATITUDE = 'LATITUDE',
  PLACE_TYPE = 'PLACE_TYPE',
  COUNTING_UNIT = 'COUNTING_UNIT',
  SOURCE = 'SOURCE',
  VICTIM_AGE_BAND = 'VICTIM_AGE_BAND',
  VICTIM_SEX = 'VICTIM_SEX',
  VICTIM_MINOR = 'VICTIM_MINOR',
  OFFENDER_AGE_BAND = 'OFFENDER_AGE_BAND',
  OFFENDER_SEX = 'OFFENDER_SEX',
  OFFENDER_MINOR = 'OFFENDER_MINOR',
  OFFENDER_REPEAT = 'OFFENDER_REPEAT',
}

export interface IncidentFieldInfo {
  label: string;
  hint: string;
  /** A line cannot be imported without it (the source and the counting unit may be set for the whole file instead). */
  required: boolean;
  /** Header names that suggest this field, written as `normalizeHeader` writes them. */
  synonyms: readonly string[];
}

export const INCIDENT_FIELDS: Readonly<Record<IncidentField, IncidentFieldInfo>> = {
  [IncidentField.STARTS_ON]: {
    label: 'Date des faits (ou de leur début)',
    hint: 'JJ/MM/AAAA ou AAAA-MM-JJ, éventuellement suivie de l’heure',
    required: true,
    synonyms: [
      'date',
      'date_faits',
      'date_des_faits',
      'date_debut',
      'date_debut_faits',
      'debut',
      'date_fait',
    ],
  },
  [IncidentField.STARTS_AT]: {
    label: 'Heure des faits (ou de leur début)',
    hint: 'HH:MM ou 14h30 ; sans heure, seul le jour est connu',
    required: false,
    synonyms: ['heure', 'heure_faits', 'heure_debut', 'heure_des_faits', 'heure_fait'],
  },
  [IncidentField.ENDS_ON]: {
    label: 'Date de fin des faits',
    hint: 'Pour des faits commis entre deux dates (un cambriolage pendant une absence)',
    required: false,
    synonyms: ['date_fin', 'date_fin_faits', 'fin'],
  },
  [IncidentField.ENDS_AT]: {
    label: 'Heure de fin des faits',
    hint: 'HH:MM',
    required: false,
    synonyms: ['heure_fin', 'heure_fin_faits'],
  },
  [IncidentField.CATEGORY]: {
    label: 'Catégorie d’infraction',
    hint: 'Indicateur du SSMSI (« Cambriolages de logement »…) ou son code (CAMBRIOLAGES)',
    required: true,
    synonyms: [
      'categorie',
      'indicateur',
      'classe',
      'infraction',
      'nature',
      'type_infraction',
      'categorie_infraction',
    ],
  },
  [IncidentField.NATINF]: {
    label: 'Code NATINF',
    hint: 'Nature d’infraction, de 1 à 5 chiffres',
    required: false,
    synonyms: ['natinf', 'code_natinf'],
  },
  [IncidentField.COMMUNE]: {
    label: 'Commune (code INSEE)',
    hint: 'Code officiel géographique à 5 caractères ; un ancien code est rattaché à la commune actuelle',
    required: true,
    synonyms: ['commune', 'code_commune', 'code_insee', 'insee', 'codgeo', 'cog', 'code_geo'],
  },
  [IncidentField.LONGITUDE]: {
    label: 'Longitude (WGS 84)',
    hint: 'Degrés décimaux, point ou virgule : 1,9093',
    required: false,
    synonyms: ['longitude', 'lon', 'lng', 'x'],
  },
  [IncidentField.LATITUDE]: {
    label: 'Latitude (WGS 84)',
    hint: 'Degrés décimaux : 47,9029',
    required: false,
    synonyms: ['latitude', 'lat', 'y'],
  },
  [IncidentField.PLACE_TYPE]: {
    label: 'Type de lieu',
    hint: 'Voie publique, transports, commerce, domicile, établissement scolaire…',
    required: false,
    synonyms: ['lieu', 'type_lieu', 'type_de_lieu', 'nature_lieu', 'lieu_faits'],
  },
  [IncidentField.COUNTING_UNIT]: {
    label: 'Unité de compte',
    hint: 'Infraction, victime, mis en cause, véhicule ou logement',
    required: true,
    synonyms: ['unite_de_compte', 'unite', 'unite_compte'],
  },
  [IncidentField.SOURCE]: {
    label: 'Service',
    hint: 'Police nationale, gendarmerie ou police municipale',
    required: true,
    synonyms: ['source', 'service', 'force', 'service_enqueteur', 'unite_service'],
  },
  [IncidentField.VICTIM_AGE_BAND]: {
    label: 'Victime : tranche d’âge',
    hint: '« 25-34 », « moins de 13 ans », « 65 et plus » ; un âge exact est ramené à sa tranche',
    required: false,
    synonyms: ['age_victime', 'tranche_age_victime', 'victime_age'],
  },
  [IncidentField.VICTIM_SEX]: {
    label: 'Victime : sexe',
    hint: 'F ou M',
    required: false,
    synonyms: ['sexe_victime', 'victime_sexe'],
  },
  [IncidentField.VICTIM_MINOR]: {
    label: 'Victime mineure',
    hint: 'Oui ou non',
    required: false,
    synonyms: ['victime_mineure', 'victime_mineur', 'mineur_victime'],
  },
  [IncidentField.OFFENDER_AGE_BAND]: {
    label: 'Mis en cause : tranche d’âge',
    hint: 'Comme pour la victime',
    required: false,
    synonyms: ['age_mis_en_cause', 'tranche_age_mis_en_cause', 'age_auteur', 'mis_en_cause_age'],
  },
  [IncidentField.OFFENDER_SEX]: {
    label: 'Mis en cause : sexe',
    hint: 'F ou M',
    required: false,
    synonyms: ['sexe_mis_en_cause', 'sexe_auteur', 'mis_en_cause_sexe'],
  },
  [IncidentField.OFFENDER_MINOR]: {
    label: 'Mis en cause mineur',
    hint: 'Oui ou non',
    required: false,
    synonyms: ['mis_en_cause_mineur', 'auteur_mineur', 'mineur_mis_en_cause'],
  },
  [IncidentField.OFFENDER_REPEAT]: {
    label: 'Mis en cause en réitération',
    hint: 'Oui ou non (déjà mis en cause auparavant)',
    required: false,
    synonyms: ['recidive', 'reiteration', 'mis_en_cause_recidiviste', 'reiterant'],
  },
};

/** The fields a line may set for the whole file when the file has no column for them. */
export const FILE_WIDE_FIELDS: readonly IncidentField[] = [IncidentField.SOURCE, IncidentField.COUNTING_UNIT];

/** `Date début faits` → `date_debut_faits`: lower case, no accent, words joined by `_`. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The column (0-based) each field probably comes from, by its header: what the mapping step
 * proposes before the user corrects it. A column is proposed for one field at most.
 */
export function suggestIncidentMapping(headers: readonly string[]): Partial<Record<IncidentField, number>> {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const mapping: Partial<Record<IncidentField, number>> = {};
  for (const field of Object.values(IncidentField)) {
    const column = normalized.findIndex(
      (header, index) => !taken.has(index) && INCIDENT_FIELDS[field].synonyms.includes(header),
    );
    if (column >= 0) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  return mapping;
}
