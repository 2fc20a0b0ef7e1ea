/**
 * Every actor type named in the circular of 2024-11-19. Whether a type is a public authority
 * decides what its members may read (SHARING.md, « Who is a public authority »).
 */
export enum OrganizationType {
  PREFECTURE = 'PREFECTURE',
  POLICE_NATIONALE = 'POLICE_NATIONALE',
  GENDARMERIE = 'GENDARMERIE',
  POLICE_MUNICIPALE = 'POLICE_MUNICIPALE',
  GARDE_CHAMPETRE = 'GARDE_CHAMPETRE',
  MAIRIE = 'MAIRIE',
  PARQUET = 'PARQUET',
  DOUANES = 'DOUANES',
  DDFIP = 'DDFIP',
  URSSAF = 'URSSAF',
  ARS = 'ARS',
  EDUCATION_NATIONALE = 'EDUCATION_NATIONALE',
  BAILLEUR = 'BAILLEUR',
  TRANSPORTEUR = 'TRANSPORTEUR',
  SECURITE_PRIVEE = 'SECURITE_PRIVEE',
  ASSUREUR = 'ASSUREUR',
  ORDRE_PROFESSIONNEL = 'ORDRE_PROFESSIONNEL',
  FEDERATION_ASSOCIATION = 'FEDERATION_ASSOCIATION',
  ENTREPRISE = 'ENTREPRISE',
  AUTRE = 'AUTRE',
}

export interface OrganizationTypeInfo {
  label: string;
  /** State services, URSSAF and municipalities; everyone else is a private partner here. */
  publicAuthority: boolean;
}

export const ORGANIZATION_TYPES: Readonly<Record<OrganizationType, OrganizationTypeInfo>> = {
  [OrganizationType.PREFECTURE]: { label: 'Préfecture', publicAuthority: true },
  [OrganizationType.POLICE_NATIONALE]: { label: 'Police nationale', publicAuthority: true },
  [OrganizationType.GENDARMERIE]: { label: 'Gendarmerie nationale', publicAuthority: true },
  [OrganizationType.POLICE_MUNICIPALE]: { label: 'Police municipale', publicAuthority: true },
  [OrganizationType.GARDE_CHAMPETRE]: { label: 'Garde champêtre', publicAuthority: true },
  [OrganizationType.MAIRIE]: { label: 'Mairie', publicAuthority: true },
  [OrganizationType.PARQUET]: { label: 'Parquet', publicAuthority: true },
  [OrganizationType.DOUANES]: { label: 'Douanes', publicAuthority: true },
  [OrganizationType.DDFIP]: { label: 'Finances publiques (DDFiP)', publicAuthority: true },
  [OrganizationType.URSSAF]: { label: 'URSSAF', publicAuthority: true },
  [OrganizationType.ARS]: { label: 'Agence régionale de santé', publicAuthority: true },
  [OrganizationType.EDUCATION_NATIONALE]: { label: 'Éducation nationale', publicAuthority: true },
  [OrganizationType.BAILLEUR]: { label: 'Bailleur', publicAuthority: false },
  [OrganizationType.TRANSPORTEUR]: { label: 'Transporteur', publicAuthority: false },
  [OrganizationType.SECURITE_PRIVEE]: { label: 'Sécurité privée', publicAuthority: false },
  [OrganizationType.ASSUREUR]: { label: 'Assureur', publicAuthority: false },
  [OrganizationType.ORDRE_PROFESSIONNEL]: { label: 'Ordre professionnel', publicAuthority: false },
  [OrganizationType.FEDERATION_ASSOCIATION]: { label: 'Fédération ou association', publicAuthority: false },
  [OrganizationType.ENTREPRISE]: { label: 'Entreprise', publicAuthority: false },
  [OrganizationType.AUTRE]: { label: 'Autre', publicAuthority: false },
};

export function isPublicAuthority(type: OrganizationType): boolean {
  return ORGANIZATION_TYPES[type].publicAuthority;
}

export function isOrganizationType(value: unknown): value is OrganizationType {
  return typeof value === 'string' && value in ORGANIZATION_TYPES;
}
