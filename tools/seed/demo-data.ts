import { OrganizationType, ZoneGeometry, ZoneKind } from '@continuum/domain';

/**
 * The demo département (PERSONAS.md): the Loiret's real communes, with fictional organisations,
 * people and zones. Communes are named by INSEE code.
 */
export const DEMO_PASSWORD = 'continuum-demo';

const ORLEANS = '45234';
const METROPOLE = ['45234', '45147', '45284', '45285', '45232', '45286', '45298', '45075', '45302', '45169'];
const MONTARGIS_AGGLO = ['45208', '45068', '45004', '45338'];
const GIEN = '45155';

export interface DemoOrganization {
  name: string;
  type: OrganizationType;
  wholeDepartement?: boolean;
  communes?: string[];
  seat: string;
  email?: string;
  phone?: string;
  /** Fictional SIRET: ProConnect's `siret` claim proposes this organisation to an unknown agent. */
  siret?: string;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    name: 'Préfecture du Loiret — SIDSIC',
    type: OrganizationType.PREFECTURE,
    wholeDepartement: true,
    seat: ORLEANS,
    email: 'sidsic@prefecture.demo',
  },
  {
    name: 'Préfecture du Loiret — cabinet',
    type: OrganizationType.PREFECTURE,
    wholeDepartement: true,
    seat: ORLEANS,
    email: 'cabinet@prefecture.demo',
    phone: '02 38 00 00 01',
  },
  {
    name: 'Mairie d’Orléans',
    type: OrganizationType.MAIRIE,
    communes: [ORLEANS],
    seat: ORLEANS,
    email: 'securite@orleans.demo',
    siret: '21450234500015',
  },
  {
    name: 'Police municipale d’Orléans',
    type: OrganizationType.POLICE_MUNICIPALE,
    communes: [ORLEANS],
    seat: ORLEANS,
    email: 'pm@pm-orleans.demo',
    phone: '02 38 00 00 17',
    siret: '21450234500114',
  },
  {
    name: 'DDPN du Loiret',
    type: OrganizationType.POLICE_NATIONALE,
    communes: [...METROPOLE, ...MONTARGIS_AGGLO],
    seat: ORLEANS,
    email: 'ddpn45@police.demo',
  },
  {
    name: 'Groupement de gendarmerie du Loiret',
    type: OrganizationType.GENDARMERIE,
    wholeDepartement: true,
    seat: ORLEANS,
    email: 'ggd45@gendarmerie.demo',
  },
  {
    name: 'Parquet d’Orléans',
    type: OrganizationType.PARQUET,
    wholeDepartement: true,
    seat: ORLEANS,
    email: 'parquet@justice.demo',
  },
  {
    name: 'Mairie de Montargis',
    type: OrganizationType.MAIRIE,
    communes: ['45208'],
    seat: '45208',
    email: 'cispd@montargis.demo',
  },
  {
    name: 'Mairie de Gien',
    type: OrganizationType.GARDE_CHAMPETRE,
    communes: [GIEN],
    seat: GIEN,
    email: 'garde-champetre@gien.demo',
  },
  {
    name: 'Val de Loire Habitat Démo',
    type: OrganizationType.BAILLEUR,
    communes: [ORLEANS, '45147', '45285', '45208'],
    seat: ORLEANS,
    email: 'surete@bailleur.demo',
  },
  {
    name: 'Transports de l’Orléanais Démo',
    type: OrganizationType.TRANSPORTEUR,
    communes: METROPOLE,
    seat: ORLEANS,
    email: 'surete@transport.demo',
  },
  {
    name: 'Centre Sécurité Privée Démo',
    type: OrganizationType.SECURITE_PRIVEE,
    communes: [ORLEANS, '45232'],
    seat: ORLEANS,
    email: 'poste@securite.demo',
  },
  {
    name: 'URSSAF Centre-Val de Loire',
    type: OrganizationType.URSSAF,
    wholeDepartement: true,
    seat: ORLEANS,
    email: 'controle@urssaf.demo',
  },
  {
    name: 'ARS Centre-Val de Loire',
    type: OrganizationType.ARS,
    wholeDepartement: true,
    seat: ORLEANS,
    email: 'inspection@ars.demo',
  },
  {
    name: 'Direction régionale des douanes',
    type: OrganizationType.DOUANES,
    wholeDepartement: true,
    seat: ORLEANS,
    email: 'drd@douane.demo',
  },
  {
    name: 'DDFiP du Loiret',
    type: OrganizationType.DDFIP,
    wholeDepartement: true,
    seat: ORLEANS,
    email: 'ddfip45@dgfip.demo',
  },
  {
    name: 'DSDEN du Loiret',
    type: OrganizationType.EDUCATION_NATIONALE,
    wholeDepartement: true,
    seat: ORLEANS,
    email: 'securite@education.demo',
  },
  {
    name: 'Police municipale de Montargis',
    type: OrganizationType.POLICE_MUNICIPALE,
    communes: ['45208'],
    seat: '45208',
    email: 'pm@montargis.demo',
  },
  {
    name: 'Mutuelle Assurances Centre Démo',
    type: OrganizationType.ASSUREUR,
    communes: [...METROPOLE, ...MONTARGIS_AGGLO, GIEN],
    seat: ORLEANS,
  },
  {
    name: 'Fédération des commerçants orléanais Démo',
    type: OrganizationType.FEDERATION_ASSOCIATION,
    communes: [ORLEANS],
    seat: ORLEANS,
  },
  {
    name: 'Logistique Val de Loire Démo',
    type: OrganizationType.ENTREPRISE,
    communes: ['45302'],
    seat: '45302',
  },
];

// The people of the demo live in their own file; imported from here as before.
export { DEMO_USERS, type DemoUser } from './demo-users';

export interface DemoZone {
  name: string;
  kind: ZoneKind;
  description: string;
  communes: string[];
  geometry: ZoneGeometry;
}

/** Closed ring from a list of [lon, lat] corners. */
function ring(...corners: [number, number][]): [number, number][] {
  return [...corners, corners[0]];
}

export const DEMO_ZONES: DemoZone[] = [
  {
    name: 'QRR La Source',
    kind: ZoneKind.PRIORITY_ZONE,
    description: 'Quartier de reconquête républicaine, sud d’Orléans.',
    communes: [ORLEANS],
    geometry: {
      type: 'Polygon',
      coordinates: [ring([1.922, 47.836], [1.958, 47.836], [1.962, 47.852], [1.94, 47.861], [1.921, 47.853])],
    },
  },
  {
    name: 'QPV L’Argonne',
    kind: ZoneKind.PRIORITY_ZONE,
    description: 'Quartier prioritaire de la politique de la ville, est d’Orléans.',
    communes: [ORLEANS],
    geometry: {
      type: 'Polygon',
      coordinates: [ring([1.928, 47.903], [1.951, 47.903], [1.953, 47.915], [1.931, 47.917])],
    },
  },
  {
    name: 'Tram ligne A',
    kind: ZoneKind.TRANSPORT_LINE,
    description: 'Ligne A du tramway, de Fleury-les-Aubrais à l’Hôpital de La Source.',
    communes: ['45147', ORLEANS, '45232'],
    geometry: {
      type: 'LineString',
      coordinates: [
        [1.9068, 47.9335],
        [1.9042, 47.9078],
        [1.9039, 47.9016],
        [1.9089, 47.889],
        [1.9161, 47.8745],
        [1.9297, 47.8553],
        [1.9395, 47.8389],
      ],
    },
  },
  {
    name: 'Gare d’Orléans',
    kind: ZoneKind.TRANSPORT_STATION,
    description: 'Gare SNCF et pôle d’échanges.',
    communes: [ORLEANS],
    geometry: {
      type: 'Polygon',
      coordinates: [ring([1.9025, 47.9066], [1.9068, 47.9066], [1.9068, 47.9089], [1.9025, 47.9089])],
    },
  },
  {
    name: 'Quartier du Plateau',
    kind: ZoneKind.PRIORITY_ZONE,
    description: 'Quartier prioritaire de Montargis.',
    communes: ['45208'],
    geometry: {
      type: 'Polygon',
      coordinates: [ring([2.7285, 48.0035], [2.742, 48.004], [2.743, 48.0115], [2.729, 48.011])],
    },
  },
  {
    name: 'Centre-ville de Gien (vidéoprotection)',
    kind: ZoneKind.VIDEO_PROTECTED_SITE,
    description: 'Périmètre vidéoprotégé du centre historique et des quais.',
    communes: [GIEN],
    geometry: {
      type: 'Polygon',
      coordinates: [ring([2.627, 47.6845], [2.637, 47.6845], [2.6385, 47.6905], [2.628, 47.6915])],
    },
  },
  {
    name: 'Secteur rural du Giennois',
    kind: ZoneKind.RURAL_SECTOR,
    description: 'Exploitations agricoles et hameaux autour de Gien (vols de matériel agricole).',
    communes: [GIEN, '45254', '45280', '45227', '45291', '45271', '45108'],
    geometry: {
      type: 'Polygon',
      coordinates: [ring([2.49, 47.63], [2.74, 47.62], [2.78, 47.72], [2.66, 47.77], [2.5, 47.74])],
    },
  },
];
