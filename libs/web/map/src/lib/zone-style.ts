/** How each kind of zone is drawn: DSFR illustrative colours, lines thicker than outlines. */
export interface ZoneStyle {
  color: string;
  fillColor: string;
  weight: number;
  fillOpacity: number;
  dashArray?: string;
}

const STYLES: Record<string, ZoneStyle> = {
  PRIORITY_ZONE: { color: '#b34000', fillColor: '#e4794a', weight: 2, fillOpacity: 0.35 },
  TRANSPORT_LINE: { color: '#000091', fillColor: '#000091', weight: 5, fillOpacity: 0 },
  TRANSPORT_STATION: { color: '#000091', fillColor: '#6a6af4', weight: 2, fillOpacity: 0.9 },
  RURAL_SECTOR: { color: '#447049', fillColor: '#68a532', weight: 2, fillOpacity: 0.2, dashArray: '6 4' },
  VIDEO_PROTECTED_SITE: { color: '#6e445a', fillColor: '#a558a0', weight: 2, fillOpacity: 0.5 },
  OTHER: { color: '#3a3a3a', fillColor: '#929292', weight: 2, fillOpacity: 0.3 },
};

export function zoneStyle(kind: string): ZoneStyle {
  return STYLES[kind] ?? STYLES['OTHER'];
}

/** The zone kinds present, once each, for the legend (in the order they first appear). */
export function legendOf(
  zones: readonly { kind: string; kindLabel: string }[],
): { kind: string; label: string; style: ZoneStyle }[] {
  const seen = new Map<string, string>();
  for (const zone of zones) if (!seen.has(zone.kind)) seen.set(zone.kind, zone.kindLabel);
  return [...seen].map(([kind, label]) => ({ kind, label, style: zoneStyle(kind) }));
}
