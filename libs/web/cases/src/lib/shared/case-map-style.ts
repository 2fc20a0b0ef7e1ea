/** The colour of a case on the map, by status (DSFR illustrative colours). */
const COLOURS: Record<string, string> = {
  NEW: '#6a6af4',
  ANALYSIS: '#0063cb',
  RESPONSE: '#0063cb',
  ASSESSMENT: '#0063cb',
  ON_HOLD: '#b34000',
  RESOLVED: '#18753c',
  CLOSED: '#666666',
  REJECTED: '#666666',
};

export function statusColour(status: string): string {
  return COLOURS[status] ?? '#3a3a3a';
}

/** Statuses present, once each, with their colour (the legend), in the order given. */
export function mapLegend(
  items: readonly { status: string }[],
  order: readonly string[],
  label: (status: string) => string,
): { status: string; label: string; colour: string }[] {
  const present = new Set(items.map((item) => item.status));
  return order
    .filter((status) => present.has(status))
    .map((status) => ({ status, label: label(status), colour: statusColour(status) }));
}

export interface MapPoint {
  longitude: number;
  latitude: number;
}

/** Rounded to about a metre: what a click on the map can mean. */
export function roundPoint(latitude: number, longitude: number): MapPoint {
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return { latitude: round(latitude), longitude: round(longitude) };
}
