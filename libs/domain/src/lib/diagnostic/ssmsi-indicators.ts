import { CASE_CATEGORIES, CaseCategory } from '../cases/case-category';
import { normalizeHeader } from './incident-fields';

/**
 * The SSMSI's published indicator labels, of both generations of its communal base, and the
 * category each one is. The base's label is always kept as published; the category is what the
 * platform compares it with. « Usage de stupéfiants (AFD) » (fixed criminal fines, counted apart
 * since 2023) has no category of its own: it is kept under its label, never merged into usage.
 */
const INDICATORS: readonly [string, CaseCategory | null][] = [
  // Current generation (CODGEO_2024 onwards: « indicateur »).
  ['Violences physiques intrafamiliales', CaseCategory.VIOLENCES_INTRAFAMILIALES],
  ['Violences physiques hors cadre familial', CaseCategory.COUPS_ET_BLESSURES],
  ['Violences sexuelles', CaseCategory.VIOLENCES_SEXUELLES],
  ['Vols avec armes', CaseCategory.VOLS_AVEC_ARMES],
  ['Vols violents sans arme', CaseCategory.VOLS_VIOLENTS_SANS_ARME],
  ['Vols sans violence contre des personnes', CaseCategory.VOLS_SANS_VIOLENCE],
  ['Cambriolages de logement', CaseCategory.CAMBRIOLAGES],
  ['Vols de véhicule', CaseCategory.VOLS_DE_VEHICULES],
  ['Vols dans les véhicules', CaseCategory.VOLS_DANS_VEHICULES],
  ['Vols d’accessoires sur véhicules', CaseCategory.VOLS_ACCESSOIRES_VEHICULES],
  ['Destructions et dégradations volontaires', CaseCategory.DESTRUCTIONS_DEGRADATIONS],
  ['Escroqueries et fraudes aux moyens de paiement', CaseCategory.ESCROQUERIES],
  ['Trafic de stupéfiants', CaseCategory.TRAFIC_STUPEFIANTS],
  ['Usage de stupéfiants', CaseCategory.USAGE_STUPEFIANTS],
  ['Usage de stupéfiants (AFD)', null],
  ['Homicides', CaseCategory.HOMICIDES],
  // Older generation (up to CODGEO_2023: « classe »).
  ['Coups et blessures volontaires intrafamiliaux', CaseCategory.VIOLENCES_INTRAFAMILIALES],
  ['Autres coups et blessures volontaires', CaseCategory.COUPS_ET_BLESSURES],
  ['Coups et blessures volontaires', CaseCategory.COUPS_ET_BLESSURES],
  ['Vols de véhicules', CaseCategory.VOLS_DE_VEHICULES],
  ['Escroqueries', CaseCategory.ESCROQUERIES],
];

const BY_LABEL = new Map<string, CaseCategory | null>(
  INDICATORS.map(([label, category]) => [normalizeHeader(label), category]),
);

/**
 * The category of an SSMSI indicator label (either generation), or of a category's own code or
 * label; `undefined` when the label is unknown, `null` when known but without a category.
 */
export function categoryOfIndicator(label: string): CaseCategory | null | undefined {
  const key = normalizeHeader(label);
  if (BY_LABEL.has(key)) return BY_LABEL.get(key);
  const code = label.trim().toUpperCase();
  if (code in CASE_CATEGORIES) return code as CaseCategory;
  const byLabel = (Object.keys(CASE_CATEGORIES) as CaseCategory[]).find(
    (category) => normalizeHeader(CASE_CATEGORIES[category].label) === key,
  );
  return byLabel;
}

/**
 * The category of an incident from what its file says: an SSMSI indicator of either generation, or
 * a category's code or label. A drug use fined on the spot (« AFD ») is a drug use.
 */
export function incidentCategoryOf(label: string): CaseCategory | undefined {
  const category = categoryOfIndicator(label);
  return category === null ? CaseCategory.USAGE_STUPEFIANTS : category;
}
