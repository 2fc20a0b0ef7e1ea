import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EntityManager } from 'typeorm';

/** Where the outlines are read from: one `communes-<code>-<name>.geojson` per département. */
export const DEFAULT_OUTLINES_DIR = 'tools/seed/data/communes-contours';

interface OutlineFeature {
  type: 'Feature';
  geometry: { type: string; coordinates: unknown };
  properties: { code?: string; nom?: string };
}

export interface CommuneLink {
  code: string;
  type: string;
  chefLieu?: string;
}

export interface OutlinesReport {
  file: string | null;
  /** Current communes given an outline (their own, or their former communes' union). */
  outlined: number;
  /** Current communes with no outline at all: the file has none of their codes. */
  withoutOutline: string[];
  /** Codes of the file that match no current commune nor any former one. */
  unmatched: string[];
}

/** The file of a département in `dir`, or null. */
export function outlinesFile(dir: string, departementCode: string): string | null {
  const folder = resolve(dir);
  if (!existsSync(folder)) return null;
  const name = readdirSync(folder).find(
    (file) => file.startsWith(`communes-${departementCode}-`) && file.endsWith('.geojson'),
  );
  return name ? join(folder, name) : null;
}

/**
 * Which features make each current commune: its own code, plus the codes of its delegated and
 * associated communes (a commune nouvelle created after the outlines' edition is the union of its
 * former communes).
 */
export function matchOutlines(
  currentCodes: readonly string[],
  links: readonly CommuneLink[],
  featureCodes: readonly string[],
): { parts: Map<string, string[]>; unmatched: string[] } {
  const current = new Set(currentCodes);
  const ownerOf = new Map<string, string>();
  for (const code of currentCodes) ownerOf.set(code, code);
  for (const link of links)
    if (
      link.type !== 'commune-actuelle' &&
      link.chefLieu &&
      current.has(link.chefLieu) &&
      !ownerOf.has(link.code)
    )
      ownerOf.set(link.code, link.chefLieu);
  const parts = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const code of featureCodes) {
    const owner = ownerOf.get(code);
    if (!owner) {
      unmatched.push(code);
      continue;
    }
    parts.set(owner, [...(parts.get(owner) ?? []), code]);
  }
  return { parts, unmatched: [...new Set(unmatched)].sort() };
}

/**
 * Loads the outlines of a département's communes into `communes.outline` (PostGIS), in the
 * transaction given. Idempotent: an outline that did not change is not written again.
 */
export async function loadCommuneOutlines(
  manager: EntityManager,
  departementCode: string,
  currentCodes: readonly string[],
  links: readonly CommuneLink[],
  dir: string,
): Promise<OutlinesReport> {
  const file = outlinesFile(dir, departementCode);
  if (!file) return { file: null, outlined: 0, withoutOutline: [...currentCodes].sort(), unmatched: [] };
  const collection = JSON.parse(readFileSync(file, 'utf8')) as { features?: OutlineFeature[] };
  const features = (collection.features ?? []).filter(
    (feature) =>
      typeof feature.properties?.code === 'string' &&
      (feature.geometry?.type === 'Polygon' || feature.geometry?.type === 'MultiPolygon'),
  );
  const { parts, unmatched } = matchOutlines(
    currentCodes,
    links,
    features.map((feature) => feature.properties.code as string),
  );
  const geometryOf = new Map(
    features.map((feature) => [feature.properties.code as string, feature.geometry]),
  );
  const owners = [...parts.keys()];
  const pieces = owners.flatMap((owner) => parts.get(owner)!.map((code) => [owner, code] as const));
  await manager.query(
    `with piece as (
       select p.owner, ST_SetSRID(ST_GeomFromGeoJSON(p.geometry), 4326) as geometry
         from unnest($1::varchar[], $2::text[]) as p(owner, geometry)
     ),
     outline as (
       select owner, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(geometry)), 3))::geometry(MultiPolygon, 4326) as geometry
         from piece group by owner
     )
     update communes c set outline = o.geometry
       from outline o
      where c.code = o.owner and c.outline is distinct from o.geometry`,
    [pieces.map(([owner]) => owner), pieces.map(([, code]) => JSON.stringify(geometryOf.get(code)))],
  );
  const outlined = new Set(owners);
  return {
    file,
    outlined: outlined.size,
    withoutOutline: currentCodes.filter((code) => !outlined.has(code)).sort(),
    unmatched,
  };
}

/** The report in French, one line per fact, for the seed commands. */
export function describeOutlines(report: OutlinesReport): string[] {
  if (!report.file)
    return [
      'Contours des communes : aucun fichier pour ce département (CONTINUUM_OUTLINES_DIR) — les points ne seront pas vérifiés contre leur commune.',
    ];
  const lines = [`Contours des communes : ${report.outlined} communes dessinées (${report.file}).`];
  if (report.withoutOutline.length)
    lines.push(`Communes sans contour : ${report.withoutOutline.join(', ')}.`);
  if (report.unmatched.length)
    lines.push(`Contours rattachés à aucune commune actuelle : ${report.unmatched.join(', ')}.`);
  return lines;
}
