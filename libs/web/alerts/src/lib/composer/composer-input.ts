import type { AreaPolygon } from '@continuum/web/map';

/** The composer, as its controls hold it. */
export interface ComposerValue {
  title: string;
  body: string;
  severity: string;
  category: string;
  communeCodes: string[];
  zoneIds: string[];
  area: AreaPolygon | null;
  audienceTypes: string[];
  caseId: string | null;
}

/** What the API takes (`ManualAlertInput`). */
export interface ManualAlertValue {
  title: string;
  body: string;
  severity: string;
  category: string | null;
  communeCodes: string[];
  zoneIds: string[];
  area: AreaPolygon | null;
  audienceTypes: string[];
  caseId: string | null;
}

export function manualAlertInput(value: ComposerValue): ManualAlertValue {
  return {
    title: value.title.trim(),
    body: value.body.trim(),
    severity: value.severity,
    category: value.category || null,
    communeCodes: [...value.communeCodes],
    zoneIds: [...value.zoneIds],
    area: value.area,
    audienceTypes: [...value.audienceTypes],
    caseId: value.caseId,
  };
}

/** What is missing before anyone can be counted: the audience and the territory. */
export function previewBlocker(value: ComposerValue): string | null {
  const territory = value.communeCodes.length > 0 || value.zoneIds.length > 0 || value.area !== null;
  if (value.audienceTypes.length === 0 && !territory)
    return 'Choisissez le territoire et les destinataires pour voir qui recevra l’alerte.';
  if (!territory)
    return 'Choisissez le territoire (communes, zones ou zone dessinée) pour voir qui recevra l’alerte.';
  if (value.audienceTypes.length === 0)
    return 'Cochez au moins un type d’organisation destinataire pour voir qui recevra l’alerte.';
  return null;
}

const MIN_TEXT = 5;

/**
 * The input of the audience preview: who receives an alert does not depend on its words, so a title
 * or message still too short for the API is stood in for, and the audience shows while writing.
 */
export function previewInput(value: ComposerValue): ManualAlertValue | null {
  if (previewBlocker(value)) return null;
  const input = manualAlertInput(value);
  return {
    ...input,
    title: input.title.length >= MIN_TEXT ? input.title : 'Aperçu des destinataires',
    body: input.body.length >= MIN_TEXT ? input.body : 'Aperçu des destinataires',
  };
}
