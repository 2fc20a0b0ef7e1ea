export enum ZoneKind {
  PRIORITY_ZONE = 'PRIORITY_ZONE',
  TRANSPORT_LINE = 'TRANSPORT_LINE',
  TRANSPORT_STATION = 'TRANSPORT_STATION',
  RURAL_SECTOR = 'RURAL_SECTOR',
  VIDEO_PROTECTED_SITE = 'VIDEO_PROTECTED_SITE',
  OTHER = 'OTHER',
}

export const ZONE_KIND_LABELS: Readonly<Record<ZoneKind, string>> = {
  [ZoneKind.PRIORITY_ZONE]: 'Zone prioritaire (QRR / QPV)',
  [ZoneKind.TRANSPORT_LINE]: 'Ligne de transport',
  [ZoneKind.TRANSPORT_STATION]: 'Station ou gare',
  [ZoneKind.RURAL_SECTOR]: 'Secteur rural',
  [ZoneKind.VIDEO_PROTECTED_SITE]: 'Site vidéoprotégé',
  [ZoneKind.OTHER]: 'Autre',
};
