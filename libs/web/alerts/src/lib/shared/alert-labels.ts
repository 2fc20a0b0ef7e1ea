import {
  ALERT_SEVERITY_LABELS,
  ALERT_SEVERITY_ORDER,
  ALERT_TOPIC_LABELS,
  AlertTopic,
  CASE_CATEGORIES,
  CaseCategory,
  EMAIL_MODE_LABELS,
  EmailMode,
  ORGANIZATION_TYPES,
  OrganizationType,
  SUBSCRIPTION_SCOPE_LABELS,
  SubscriptionScope,
} from '@continuum/domain';

/**
 * The French words and choices of the alerts pages, from the domain's labels. Pure: the generated
 * GraphQL types are string unions of the domain's enum values, so plain strings come in.
 */

export interface Option {
  value: string;
  label: string;
}

export const SEVERITY_OPTIONS: readonly Option[] = ALERT_SEVERITY_ORDER.map((value) => ({
  value,
  label: ALERT_SEVERITY_LABELS[value],
}));

/** « At least » choices of a subscription. */
export const MIN_SEVERITY_OPTIONS: readonly Option[] = [
  { value: 'INFO', label: 'Toutes les alertes, dès « Information »' },
  { value: 'VIGILANCE', label: '« Vigilance » et « Urgence »' },
  { value: 'URGENT', label: '« Urgence » seulement' },
];

export const TOPIC_OPTIONS: readonly Option[] = Object.values(AlertTopic).map((value) => ({
  value,
  label:
    value === AlertTopic.MANUAL
      ? 'Alerte émise'
      : value === AlertTopic.WEBHOOK_DISABLED
        ? 'Envoi automatique des alertes interrompu'
        : ALERT_TOPIC_LABELS[value],
}));

export const EMAIL_MODE_OPTIONS: readonly Option[] = [
  EmailMode.IMMEDIATE,
  EmailMode.DIGEST,
  EmailMode.NONE,
].map((value) => ({ value, label: EMAIL_MODE_LABELS[value] }));

export const SCOPE_OPTIONS: readonly Option[] = Object.values(SubscriptionScope).map((value) => ({
  value,
  label: SUBSCRIPTION_SCOPE_LABELS[value],
}));

export interface OptionGroup {
  label: string;
  options: readonly Option[];
}

/** The categories in two groups, as the case form shows them. */
export const CATEGORY_GROUPS: readonly OptionGroup[] = [
  { label: 'Délinquance enregistrée (indicateurs SSMSI)', group: 'SSMSI' },
  { label: 'Tranquillité publique', group: 'TRANQUILLITE' },
].map(({ label, group }) => ({
  label,
  options: Object.entries(CASE_CATEGORIES)
    .filter(([, info]) => info.group === group)
    .map(([value, info]) => ({ value, label: info.label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
}));

export function categoryLabel(category: string | null | undefined): string {
  if (!category) return '';
  return CASE_CATEGORIES[category as CaseCategory]?.label ?? category;
}

/** The audience of a manual alert: public authorities, then private partners (SHARING.md). */
export const AUDIENCE_GROUPS: readonly OptionGroup[] = [
  { label: 'Autorités publiques', publicAuthority: true },
  { label: 'Partenaires privés', publicAuthority: false },
].map(({ label, publicAuthority }) => ({
  label,
  options: Object.entries(ORGANIZATION_TYPES)
    .filter(([, info]) => info.publicAuthority === publicAuthority)
    .map(([value, info]) => ({ value, label: info.label })),
}));

export function organizationTypeLabel(type: string): string {
  return ORGANIZATION_TYPES[type as OrganizationType]?.label ?? type;
}

/** « Mairie, Police municipale, Bailleur ». */
export function audienceText(types: readonly string[]): string {
  return types.map(organizationTypeLabel).join(', ');
}

const integer = new Intl.NumberFormat('fr-FR');

export interface Reading {
  /** « 2 / 5 », as shown. */
  read: string;
  acknowledged: string;
  /** « 2 sur 5 », as a screen reader says it. */
  readSpoken: string;
  acknowledgedSpoken: string;
}

/** How many of a sent alert's recipients read it and acknowledged it; « — » for what is unknown. */
export function readingText(alert: {
  recipientCount: number | null;
  readCount: number | null;
  acknowledgedCount: number | null;
}): Reading {
  const count = (value: number | null) => (value === null ? '—' : integer.format(value));
  const recipients = count(alert.recipientCount);
  const read = count(alert.readCount);
  const acknowledged = count(alert.acknowledgedCount);
  return {
    read: `${read} / ${recipients}`,
    acknowledged: `${acknowledged} / ${recipients}`,
    readSpoken: `${read} sur ${recipients}`,
    acknowledgedSpoken: `${acknowledged} sur ${recipients}`,
  };
}

/** Where the settings shown come from, said to the person concerned. */
export function sourceText(source: string, organizationDefaults: boolean): string {
  if (organizationDefaults)
    return source === 'ORGANIZATION'
      ? 'Réglages par défaut de votre organisation : ils s’appliquent à ses membres qui n’ont pas les leurs.'
      : 'Votre organisation n’a pas encore de réglages par défaut : ses membres reçoivent les alertes de tout son territoire de compétence, dans Continuum seulement.';
  switch (source) {
    case 'USER':
      return 'Ces réglages sont les vôtres.';
    case 'ORGANIZATION':
      return 'Vous suivez les réglages par défaut de votre organisation : enregistrez ce formulaire pour avoir les vôtres.';
    default:
      return 'Vous suivez les réglages par défaut de Continuum : toutes les alertes du territoire de compétence de votre organisation, dans Continuum seulement.';
  }
}

/** A new arrival on top; an item already there is replaced (the same alert twice is shown once). */
export function withArrival<T extends { id: string }>(items: readonly T[], arrival: T): T[] {
  return [arrival, ...items.filter((item) => item.id !== arrival.id)];
}

/** Replaces one item by its newer version. */
export function replaced<T extends { id: string }>(items: readonly T[], next: T): T[] {
  return items.map((item) => (item.id === next.id ? next : item));
}

export interface AlertTerritory {
  communeCodes: readonly string[];
  zoneIds: readonly string[];
  area: unknown;
}

/** « Orléans, Saint-Jean-de-Braye · QPV L’Argonne · une zone dessinée ». */
export function territoryText(
  alert: AlertTerritory,
  communeNames: ReadonlyMap<string, string>,
  zoneNames: ReadonlyMap<string, string>,
): string {
  const parts: string[] = [];
  const communes = alert.communeCodes.map((code) => communeNames.get(code) ?? code);
  if (communes.length > 6)
    parts.push(`${communes.slice(0, 5).join(', ')} et ${communes.length - 5} autres communes`);
  else if (communes.length > 0) parts.push(communes.join(', '));
  const zones = alert.zoneIds.map((id) => zoneNames.get(id)).filter((name): name is string => !!name);
  if (zones.length > 0) parts.push(zones.join(', '));
  if (alert.area) parts.push('une zone dessinée');
  return parts.join(' · ');
}
