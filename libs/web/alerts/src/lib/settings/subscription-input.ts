import type { AreaPolygon } from '@continuum/web/map';

/** The settings form, as its controls hold it. */
export interface SubscriptionFormValue {
  scope: string;
  communeCodes: string[];
  zoneIds: string[];
  area: AreaPolygon | null;
  categories: string[];
  minSeverity: string;
  inApp: boolean;
  emailMode: string;
}

/** What the API returns (`AlertSubscription`). */
export interface SubscriptionLike {
  scope: string;
  communeCodes: readonly string[];
  zoneIds: readonly string[];
  area: unknown;
  categories: readonly string[];
  minSeverity: string;
  inApp: boolean;
  emailMode: string;
}

/** What the API takes (`AlertSubscriptionInput`): only the territory of the chosen scope. */
export interface SubscriptionInputValue {
  scope: string;
  communeCodes: string[];
  zoneIds: string[];
  area: AreaPolygon | null;
  categories: string[];
  minSeverity: string;
  inApp: boolean;
  emailMode: string;
}

export function formValueOf(subscription: SubscriptionLike, area: AreaPolygon | null): SubscriptionFormValue {
  return {
    scope: subscription.scope,
    communeCodes: [...subscription.communeCodes],
    zoneIds: [...subscription.zoneIds],
    area,
    categories: [...subscription.categories],
    minSeverity: subscription.minSeverity,
    inApp: subscription.inApp,
    emailMode: subscription.emailMode,
  };
}

export function subscriptionInput(value: SubscriptionFormValue): SubscriptionInputValue {
  return {
    scope: value.scope,
    communeCodes: value.scope === 'COMMUNES' ? [...value.communeCodes] : [],
    zoneIds: value.scope === 'ZONES' ? [...value.zoneIds] : [],
    area: value.scope === 'AREA' ? value.area : null,
    categories: [...value.categories],
    minSeverity: value.minSeverity,
    inApp: value.inApp,
    emailMode: value.emailMode,
  };
}

/** The territory the chosen scope needs, missing: the field to mark and what to say (as the API does). */
export function missingTerritory(value: SubscriptionFormValue): { field: string; message: string } | null {
  if (value.scope === 'COMMUNES' && value.communeCodes.length === 0)
    return { field: 'communeCodes', message: 'Choisissez au moins une commune.' };
  if (value.scope === 'ZONES' && value.zoneIds.length === 0)
    return { field: 'zoneIds', message: 'Choisissez au moins une zone.' };
  if (value.scope === 'AREA' && !value.area)
    return { field: 'area', message: 'Dessinez la zone sur la carte.' };
  return null;
}

/** Toggles one value of a multiple choice (checkboxes). */
export function toggled(values: readonly string[], value: string, on: boolean): string[] {
  const rest = values.filter((item) => item !== value);
  return on ? [...rest, value] : rest;
}
