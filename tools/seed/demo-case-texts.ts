import { CaseCategory } from '@continuum/domain';

/**
 * The words of the demo cases (demo-cases.ts): places of the Loiret's demo communes, and per
 * category the titles, descriptions, actions, outcomes and comments that the generator draws from.
 * Everything here is fictional; no text names a private person (those live in `case_persons`).
 *
 * A template may start with a tag saying which places it suits: `U|` a street of a town, `H|` a
 * residence of a landlord, `T|` a stop of the transport network, `R|` the countryside. Untagged
 * templates suit every place. Tokens: {rue} {num} {spot} {commune} {deCommune} {aCommune}
 * {quartier} {arret} {chemin} {lieudit} {residence} {bat} {duree} {n}.
 */

export type OrgKey =
  | 'CABINET'
  | 'MAIRIE_ORL'
  | 'PM_ORL'
  | 'DDPN'
  | 'GGD'
  | 'PARQUET'
  | 'MAIRIE_MTG'
  | 'GIEN'
  | 'BAILLEUR'
  | 'TRANSPORT'
  | 'SECU'
  | 'URSSAF'
  | 'ARS'
  | 'DOUANES'
  | 'DDFIP'
  | 'DSDEN'
  | 'PM_MTG'
  | 'ASSUREUR'
  | 'FEDE'
  | 'LOGISTIQUE';

export const ORG_NAMES: Readonly<Record<OrgKey, string>> = {
  CABINET: 'Préfecture du Loiret — cabinet',
  MAIRIE_ORL: 'Mairie d’Orléans',
  PM_ORL: 'Police municipale d’Orléans',
  DDPN: 'DDPN du Loiret',
  GGD: 'Groupement de gendarmerie du Loiret',
  PARQUET: 'Parquet d’Orléans',
  MAIRIE_MTG: 'Mairie de Montargis',
  GIEN: 'Mairie de Gien',
  BAILLEUR: 'Val de Loire Habitat Démo',
  TRANSPORT: 'Transports de l’Orléanais Démo',
  SECU: 'Centre Sécurité Privée Démo',
  URSSAF: 'URSSAF Centre-Val de Loire',
  ARS: 'ARS Centre-Val de Loire',
  DOUANES: 'Direction régionale des douanes',
  DDFIP: 'DDFiP du Loiret',
  DSDEN: 'DSDEN du Loiret',
  PM_MTG: 'Police municipale de Montargis',
  ASSUREUR: 'Mutuelle Assurances Centre Démo',
  FEDE: 'Fédération des commerçants orléanais Démo',
  LOGISTIQUE: 'Logistique Val de Loire Démo',
};

// ---------------------------------------------------------------------------------------------
// Communes and places.

export interface DemoCommune {
  code: string;
  name: string;
  lon: number;
  lat: number;
  /** Jitter of a point around the centre, in degrees. */
  spread: number;
}

export const COMMUNES: Readonly<Record<string, DemoCommune>> = Object.fromEntries(
  (
    [
      ['45234', 'Orléans', 1.909, 47.902, 0.018],
      ['45147', 'Fleury-les-Aubrais', 1.918, 47.933, 0.01],
      ['45284', 'Saint-Jean-de-Braye', 1.973, 47.913, 0.01],
      ['45285', 'Saint-Jean-de-la-Ruelle', 1.866, 47.911, 0.008],
      ['45232', 'Olivet', 1.899, 47.864, 0.012],
      ['45286', 'Saint-Jean-le-Blanc', 1.918, 47.891, 0.006],
      ['45298', 'Saint-Pryvé-Saint-Mesmin', 1.866, 47.883, 0.007],
      ['45075', 'La Chapelle-Saint-Mesmin', 1.838, 47.889, 0.008],
      ['45302', 'Saran', 1.876, 47.951, 0.012],
      ['45169', 'Ingré', 1.824, 47.921, 0.01],
      ['45208', 'Montargis', 2.733, 47.998, 0.007],
      ['45068', 'Châlette-sur-Loing', 2.722, 48.014, 0.008],
      ['45004', 'Amilly', 2.771, 47.974, 0.012],
      ['45338', 'Villemandeur', 2.711, 47.986, 0.007],
      ['45155', 'Gien', 2.631, 47.688, 0.012],
      ['45254', 'Poilly-lez-Gien', 2.622, 47.676, 0.012],
      ['45280', 'Saint-Gondon', 2.541, 47.698, 0.014],
      ['45227', 'Nevoy', 2.58, 47.717, 0.014],
      ['45291', 'Saint-Martin-sur-Ocre', 2.655, 47.659, 0.012],
      ['45271', 'Saint-Brisson-sur-Loire', 2.683, 47.647, 0.012],
      ['45108', 'Coullons', 2.493, 47.622, 0.016],
      ['45252', 'Pithiviers', 2.252, 48.172, 0.01],
      ['45028', 'Beaugency', 1.631, 47.778, 0.01],
      ['45053', 'Briare', 2.738, 47.64, 0.01],
      ['45315', 'Sully-sur-Loire', 2.375, 47.767, 0.01],
      ['45187', 'Lorris', 2.512, 47.889, 0.01],
      ['45082', 'Châteauneuf-sur-Loire', 2.219, 47.866, 0.01],
      ['45203', 'Meung-sur-Loire', 1.697, 47.828, 0.01],
      ['45248', 'Patay', 1.695, 48.048, 0.01],
      ['45030', 'Beaune-la-Rolande', 2.434, 48.071, 0.01],
      ['45145', 'Ferrières-en-Gâtinais', 2.788, 48.09, 0.01],
      ['45173', 'Jargeau', 2.124, 47.863, 0.008],
    ] as const
  ).map(([code, name, lon, lat, spread]) => [code, { code, name, lon, lat, spread }]),
);

/** « de Nevoy », « d’Orléans ». */
export function deCommune(name: string): string {
  return /^[AEIOUYÉÈÂÎÔH]/i.test(name) ? `d’${name}` : `de ${name}`;
}

export type PlaceKind = 'U' | 'H' | 'T' | 'R';

export interface TransportStop {
  name: string;
  commune: string;
  lon: number;
  lat: number;
}

export interface DemoPlace {
  key: string;
  kinds: PlaceKind[];
  /** Demo zone name (DEMO_ZONES); the case is placed in it only if it covers the commune. */
  zone?: string;
  /** Commune codes, repeated to weigh them. */
  communes: string[];
  /** Where points fall when the place is a polygon zone: [minLon, minLat, maxLon, maxLat]. */
  box?: [number, number, number, number];
  /** Locative phrase: « dans le quartier de l'Argonne », « à Nevoy » when absent. */
  quartier?: string;
  streets: string[];
  /** Locative phrases: « sur le parking de l'Indien », « place Mozart ». */
  spots: string[];
  residences?: string[];
  stops?: TransportStop[];
  chemins?: string[];
  lieudits?: string[];
}

const VILLAGE_STREETS = [
  'rue de l’Église',
  'rue de la Mairie',
  'rue du Lavoir',
  'rue des Écoles',
  'rue du Stade',
  'grande rue',
];
const RURAL_SPOTS = [
  'près de l’étang communal',
  'en lisière du bois communal',
  'sur le parking de la salle des fêtes',
  'au hameau des Loges',
  'sur le chemin de halage',
  'près de la station de pompage',
];
const CHEMINS = [
  'chemin de la Bergerie',
  'chemin des Prés-Hauts',
  'chemin rural n° 12',
  'chemin du Moulin',
  'chemin de la Motte',
  'voie communale des Sablons',
  'chemin des Vignes',
  'chemin de la Croix-Blanche',
];
const LIEUDITS = [
  'Les Brosses',
  'La Motte',
  'Les Sablons',
  'Le Petit-Moulin',
  'La Bergerie',
  'Les Loges',
  'La Folie',
  'Les Bruyères',
  'Le Grand-Chesnoy',
];
const TOWN_STREETS = [
  'avenue du Général-de-Gaulle',
  'rue Pasteur',
  'rue Victor-Hugo',
  'rue de la Gare',
  'allée des Tilleuls',
  'rue des Vignes',
  'rue Jean-Moulin',
  'rue du Onze-Novembre',
];

/** Tram line A: stops on the zone's line (Fleury-les-Aubrais, Orléans, Olivet). */
const TRAM_STOPS: TransportStop[] = [
  { name: 'Gare de Fleury-les-Aubrais', commune: '45147', lon: 1.9068, lat: 47.9335 },
  { name: 'Libération', commune: '45147', lon: 1.9058, lat: 47.9262 },
  { name: 'Pont-de-l’Europe', commune: '45234', lon: 1.9049, lat: 47.9165 },
  { name: 'Gare d’Orléans', commune: '45234', lon: 1.9042, lat: 47.9078 },
  { name: 'République', commune: '45234', lon: 1.9039, lat: 47.9016 },
  { name: 'Royale — Châtelet', commune: '45234', lon: 1.9064, lat: 47.8953 },
  { name: 'Saint-Marceau', commune: '45234', lon: 1.9089, lat: 47.889 },
  { name: 'Les Aulnaies', commune: '45232', lon: 1.9161, lat: 47.8745 },
  { name: 'Victor-Hugo', commune: '45232', lon: 1.9229, lat: 47.8649 },
  { name: 'Université — Château', commune: '45234', lon: 1.9297, lat: 47.8553 },
  { name: 'L’Indien', commune: '45234', lon: 1.9346, lat: 47.8471 },
  { name: 'Hôpital de La Source', commune: '45234', lon: 1.9395, lat: 47.8389 },
];

export const PLACES: Readonly<Record<string, DemoPlace>> = Object.fromEntries(
  (
    [
      {
        key: 'ORL_CENTRE',
        kinds: ['U'],
        communes: ['45234'],
        box: [1.897, 47.898, 1.922, 47.907],
        quartier: 'dans le centre-ville',
        streets: [
          'rue de Bourgogne',
          'rue Jeanne-d’Arc',
          'rue Sainte-Catherine',
          'rue de la République',
          'rue des Carmes',
          'rue Bannier',
          'rue du Poirier',
          'rue de la Charpenterie',
          'rue Royale',
        ],
        spots: [
          'quai du Roi',
          'quai du Châtelet',
          'place du Martroi',
          'place de Loire',
          'au jardin de l’Évêché',
          'place du Châtelet',
          'sur le parking du Cheval-Rouge',
          'place de la République',
        ],
      },
      {
        key: 'ORL_ARGONNE',
        kinds: ['U', 'H'],
        zone: 'QPV L’Argonne',
        communes: ['45234'],
        box: [1.931, 47.905, 1.95, 47.914],
        quartier: 'dans le quartier de l’Argonne',
        streets: [
          'rue de l’Argonne',
          'avenue des Droits-de-l’Homme',
          'rue Marie-Stuart',
          'rue du Nécotin',
          'rue Paul-Lemesle',
          'rue des Jardins',
        ],
        spots: [
          'place Mozart',
          'au centre commercial de l’Argonne',
          'au square du Nécotin',
          'sur le parvis de la médiathèque',
          'aux abords du gymnase de l’Argonne',
          'sur le parking de la rue de l’Argonne',
        ],
        residences: ['résidence Les Tulipes', 'résidence Le Nécotin', 'résidence Les Bleuets', 'tour Mozart'],
      },
      {
        key: 'ORL_SOURCE',
        kinds: ['U', 'H'],
        zone: 'QRR La Source',
        communes: ['45234'],
        box: [1.925, 47.838, 1.955, 47.855],
        quartier: 'à La Source',
        streets: [
          'avenue de la Recherche-Scientifique',
          'rue Henri-Poincaré',
          'allée Pierre-Chevallier',
          'rue Édouard-Branly',
          'avenue Claude-Guillemin',
          'rue Alfred-de-Musset',
        ],
        spots: [
          'place Albert-Camus',
          'dans la galerie commerciale de la place Albert-Camus',
          'sur le parking de l’Indien',
          'sur la dalle Sainte-Beuve',
          'au square Fernand-Pelloutier',
          'aux abords de l’université',
        ],
        residences: ['résidence Les Genêts', 'tour Ravel', 'résidence Les Sablons', 'résidence Les Hêtres'],
      },
      {
        key: 'ORL_GARE',
        kinds: ['U', 'T'],
        zone: 'Gare d’Orléans',
        communes: ['45234'],
        box: [1.9028, 47.9068, 1.9065, 47.9087],
        quartier: 'dans le quartier de la gare',
        streets: ['rue Saint-Yves', 'boulevard de Verdun', 'rue Émile-Zola', 'avenue de Paris'],
        spots: [
          'sur le parvis de la gare',
          'dans la galerie de la gare',
          'à la gare routière',
          'sur le parking de la gare',
          'dans le passage souterrain de la gare',
          'au centre commercial Place d’Arc',
        ],
        stops: [
          { name: 'Gare d’Orléans', commune: '45234', lon: 1.9042, lat: 47.9078 },
          { name: 'Gare routière', commune: '45234', lon: 1.9055, lat: 47.9072 },
        ],
      },
      {
        key: 'TRAM_A',
        kinds: ['T'],
        zone: 'Tram ligne A',
        communes: ['45234'],
        quartier: 'sur la ligne A du tramway',
        streets: ['avenue de Paris', 'rue Royale', 'avenue Dauphine', 'avenue de la Recherche-Scientifique'],
        spots: ['dans les rames de la ligne A', 'sur les quais de la ligne A', 'au terminus de la ligne A'],
        stops: TRAM_STOPS,
      },
      {
        key: 'ORL_OTHER',
        kinds: ['U', 'H'],
        communes: ['45234'],
        box: [1.882, 47.88, 1.93, 47.93],
        quartier: 'à Orléans',
        streets: [
          'rue des Murlins',
          'faubourg Madeleine',
          'rue Eugène-Turbat',
          'rue de la Mouillère',
          'avenue Dauphine',
          'rue des Blossières',
          'faubourg Bannier',
          'faubourg Saint-Vincent',
        ],
        spots: [
          'au parc Pasteur',
          'au square des Blossières',
          'aux abords du stade de la Vallée',
          'sur les berges de Loire côté Saint-Marceau',
          'sur le parking du Baron',
          'au city-stade des Murlins',
        ],
        residences: ['résidence Les Blossières', 'résidence Dauphine', 'résidence Les Acacias'],
      },
      {
        key: 'FLEURY',
        kinds: ['U', 'H'],
        communes: ['45147'],
        streets: [
          'rue Marcel-Belot',
          'rue de la Fontaine',
          'avenue Jean-Jaurès',
          'rue des Fossés',
          'rue André-Dessaux',
        ],
        spots: [
          'au parc de la Fontaine',
          'aux abords de la gare des Aubrais',
          'sur le parking du centre commercial',
        ],
        residences: ['résidence Les Aubrais', 'résidence Le Clos-Gauthier'],
      },
      {
        key: 'SJR',
        kinds: ['U', 'H'],
        communes: ['45285'],
        quartier: 'dans le quartier des Chaises',
        streets: ['rue Charles-Beauhaire', 'rue des Chaises', 'rue de la Sente', 'rue Nationale'],
        spots: ['au parc du Petit-Bois', 'place de l’Hôtel-de-Ville', 'au city-stade des Chaises'],
        residences: ['résidence Les Chaises', 'résidence Les Salmoneries'],
      },
      {
        key: 'METRO_OTHER',
        kinds: ['U'],
        communes: ['45284', '45284', '45232', '45232', '45302', '45302', '45169', '45075', '45298', '45286'],
        streets: TOWN_STREETS,
        spots: [
          'sur le parking du centre commercial',
          'au city-stade',
          'au parc municipal',
          'dans la zone d’activités',
          'aux abords du gymnase municipal',
          'sur le parking de la mairie',
        ],
      },
      {
        key: 'MTG_PLATEAU',
        kinds: ['U', 'H'],
        zone: 'Quartier du Plateau',
        communes: ['45208'],
        box: [2.7305, 48.0048, 2.741, 48.0105],
        quartier: 'dans le quartier du Plateau',
        streets: [
          'avenue du Plateau',
          'allée des Acacias',
          'rue des Châtaigniers',
          'rue Émile-Mengin',
          'rue de la Chaussée',
        ],
        spots: [
          'aux abords du centre social du Plateau',
          'place du Marché du Plateau',
          'au city-stade du Plateau',
          'sur le parking de la tour Bellevue',
          'dans la galerie commerciale du Plateau',
        ],
        residences: ['résidence Les Châtaigniers', 'tour Bellevue', 'résidence Les Ormes'],
      },
      {
        key: 'MTG_AGGLO',
        kinds: ['U', 'H'],
        communes: ['45208', '45208', '45068', '45068', '45004', '45338'],
        streets: [
          'rue Dorée',
          'rue du Général-Leclerc',
          'boulevard Durzy',
          'rue de la Libération',
          'avenue Gambetta',
          'rue Jean-Jaurès',
        ],
        spots: [
          'sur les quais du canal',
          'place Mirabeau',
          'aux abords de la gare de Montargis',
          'dans la zone commerciale',
          'au stade municipal',
          'sur les bords du Loing',
        ],
        residences: ['résidence Les Bourgoins', 'résidence Le Vieux-Pont'],
      },
      {
        key: 'GIEN_CENTRE',
        kinds: ['U'],
        zone: 'Centre-ville de Gien (vidéoprotection)',
        communes: ['45155'],
        box: [2.6285, 47.686, 2.6365, 47.6905],
        quartier: 'dans le centre historique de Gien',
        streets: [
          'quai Lenoir',
          'rue Louis-Blanc',
          'rue de l’Hôtel-de-Ville',
          'place Leclerc',
          'rue Bernard-Palissy',
        ],
        spots: [
          'place du Château',
          'sur le pont de Gien',
          'quai Joffre',
          'au square de la Victoire',
          'sur le parking du quai',
        ],
      },
      {
        key: 'GIEN_ABORDS',
        kinds: ['U', 'R'],
        zone: 'Secteur rural du Giennois',
        communes: ['45155'],
        streets: ['route de Bourges', 'avenue de Montargis', 'rue des Montoires', 'route de Briare'],
        spots: [
          'dans la zone industrielle des Montoires',
          'en bord de Loire en aval du pont',
          'près de l’étang de la Vallée',
          'sur le parking du stade',
          'derrière la déchetterie',
        ],
        chemins: CHEMINS,
        lieudits: LIEUDITS,
      },
      {
        key: 'GIENNOIS',
        kinds: ['R'],
        zone: 'Secteur rural du Giennois',
        communes: ['45254', '45254', '45280', '45227', '45227', '45291', '45271', '45108', '45108'],
        streets: VILLAGE_STREETS,
        spots: RURAL_SPOTS,
        chemins: CHEMINS,
        lieudits: LIEUDITS,
      },
      {
        key: 'RURAL',
        kinds: ['R', 'U'],
        communes: [
          '45252',
          '45252',
          '45028',
          '45053',
          '45315',
          '45187',
          '45082',
          '45203',
          '45248',
          '45030',
          '45145',
          '45173',
        ],
        streets: [...VILLAGE_STREETS, 'avenue de la Gare', 'rue Nationale'],
        spots: [...RURAL_SPOTS, 'sur le parking du supermarché', 'aux abords du collège'],
        chemins: CHEMINS,
        lieudits: LIEUDITS,
      },
    ] satisfies DemoPlace[]
  ).map((place) => [place.key, place]),
);

// ---------------------------------------------------------------------------------------------
// Titles and descriptions, per category; `${category}:${owner}` overrides for a given owner.

export interface CategoryTexts {
  titles: string[];
  facts: string[];
}

type C = CaseCategory;
const K = CaseCategory;

export const CATEGORY_TEXTS: Readonly<Record<string, CategoryTexts>> = {
  [K.HOMICIDES]: {
    titles: [
      'U|Homicide par arme blanche {rue} — sécurisation du secteur',
      'Décès suspect {spot} — coordination des suites',
      'U|Règlement de comptes mortel {spot} — prévention des représailles',
    ],
    facts: [
      'Un homme a été mortellement blessé dans la nuit {spot}. L’enquête judiciaire est conduite par la police judiciaire ; ce dossier porte uniquement sur la tranquillité publique du secteur.',
      'Après le décès survenu {quartier}, les habitants expriment une forte inquiétude ; des tensions entre groupes sont signalées depuis.',
    ],
  },
  [K.VIOLENCES_INTRAFAMILIALES]: {
    titles: [
      'Violences conjugales réitérées — suivi du téléphone grave danger ({commune})',
      'Violences intrafamiliales : mise à l’abri et relogement à organiser ({commune})',
      'U|Signalements répétés de violences conjugales {rue}',
      'Suivi d’une ordonnance de protection — {commune}',
      'Violences sur mineur signalées par l’établissement scolaire ({commune})',
    ],
    facts: [
      'Plusieurs interventions au domicile depuis {duree} pour des violences conjugales ; la victime a été orientée vers l’association d’aide aux victimes.',
      'Une solution de relogement rapide est recherchée ; la coordination porte sur la protection de la victime et des enfants.',
      'Le comité de pilotage VIF suit la situation ; les éléments nominatifs figurent uniquement dans le bloc réservé.',
    ],
  },
  [K.COUPS_ET_BLESSURES]: {
    titles: [
      'Rixe entre groupes de jeunes {spot}',
      'T|Agression d’un conducteur {arret}',
      'U|Bagarres récurrentes à la sortie des bars {rue}',
      'Agressions en soirée {spot}',
      'U|Violences à la sortie du collège ({commune})',
      'T|Agression d’un agent de médiation {arret}',
    ],
    facts: [
      '{n} faits de violences volontaires enregistrés en {periode} {spot}, principalement en fin de soirée.',
      'Les victimes décrivent des groupes mobiles qui se dispersent avant l’arrivée des patrouilles.',
      'Les faits ont fait l’objet de plaintes ; l’enjeu est d’éviter la répétition et de rassurer les usagers du secteur.',
    ],
  },
  [K.VIOLENCES_SEXUELLES]: {
    titles: [
      'T|Frotteurs signalés dans le tram {arret}',
      'U|Harcèlement de rue {spot}',
      'Agressions sexuelles signalées {spot} — sécurisation du cheminement',
      'U|Exhibitionniste signalé aux abords de l’école {rue}',
    ],
    facts: [
      'Plusieurs signalements de femmes importunées {spot}, surtout aux heures de pointe du soir.',
      'Des plaintes ont été déposées ; la coordination vise l’éclairage, la présence humaine et l’information des victimes.',
    ],
  },
  [K.VOLS_AVEC_ARMES]: {
    titles: [
      'U|Vol à main armée dans une supérette {rue}',
      'Braquage d’une station-service ({commune})',
      'U|Vols avec arme blanche {spot}',
      'U|Attaque d’un bureau de tabac {rue}',
    ],
    facts: [
      'Le commerce a été attaqué en fin de journée par deux individus armés ; le mode opératoire rappelle d’autres faits récents.',
      'Les commerçants du secteur demandent un renforcement de la présence en soirée et un diagnostic de sûreté.',
    ],
  },
  [K.VOLS_VIOLENTS_SANS_ARME]: {
    titles: [
      'Vols à l’arraché {spot}',
      'T|Vols de téléphones avec violence {arret}',
      'T|Vols de colliers et de bijoux à l’arraché {arret}',
      'Vols violents de trottinettes et de vélos {spot}',
      'U|Personnes âgées victimes de vols à l’arraché {rue}',
      'U|Vols violents en sortie de distributeur {rue}',
    ],
    facts: [
      '{n} vols à l’arraché en {periode}, visant surtout des téléphones et des sacs à main.',
      'Les auteurs agissent à deux, à pied ou à trottinette, et repartent vers les mêmes rues.',
    ],
  },
  [K.VOLS_SANS_VIOLENCE]: {
    titles: [
      'U|Vols à l’étalage en série {rue}',
      'T|Pickpockets sur la ligne A {arret}',
      'U|Vols de vélos {spot}',
      'U|Vols dans les commerces — {rue}',
      'Vols de câbles de cuivre {spot}',
      'H|Vols dans les caves de la {residence}',
    ],
    facts: [
      'Les commerçants signalent {n} vols en {periode}, souvent aux mêmes heures.',
      'Les faits sont rarement déclarés ; le dossier vise à objectiver le phénomène et à coordonner la réponse.',
    ],
  },
  [K.CAMBRIOLAGES]: {
    titles: [
      'Série de cambriolages de pavillons ({commune})',
      'U|Cambriolages en journée {rue}',
      'H|Cambriolages de caves et de boxes — {residence}',
      'R|Cambriolages de résidences secondaires ({commune})',
      'Hausse des cambriolages pendant les vacances ({commune})',
      'R|Cambriolages de hangars et de dépendances — lieu-dit {lieudit}, {commune}',
    ],
    facts: [
      '{n} cambriolages en {periode}, en journée, avec effraction des portes-fenêtres.',
      'Les victimes évoquent un véhicule utilitaire blanc aperçu à plusieurs reprises dans le secteur.',
      'Une opération de sensibilisation (Tranquillité Vacances, participation citoyenne) est envisagée.',
    ],
  },
  [K.VOLS_DE_VEHICULES]: {
    titles: [
      'U|Vols de véhicules par piratage électronique {rue}',
      'Vols de deux-roues motorisés {spot}',
      'Véhicules volés retrouvés incendiés {spot}',
      'Vols d’utilitaires sur les chantiers ({commune})',
    ],
    facts: [
      '{n} véhicules volés en {periode} dans le même secteur, sans effraction visible.',
      'Plusieurs véhicules ont été retrouvés incendiés ; les assureurs signalent une hausse des sinistres.',
    ],
  },
  [K.VOLS_DANS_VEHICULES]: {
    titles: [
      'Vols à la roulotte {spot}',
      'U|Vitres brisées en série {rue}',
      'R|Vols dans les véhicules des promeneurs {spot}',
      'Vols dans les véhicules stationnés {spot}',
    ],
    facts: [
      '{n} véhicules fracturés en {periode}, principalement la nuit ; objets visibles dérobés.',
      'L’éclairage du stationnement est défaillant et aucune caméra ne couvre l’accès.',
    ],
  },
  [K.VOLS_ACCESSOIRES_VEHICULES]: {
    titles: [
      'U|Vols de pots catalytiques {rue}',
      'Vols de roues et de rétroviseurs {spot}',
      'U|Vols de plaques d’immatriculation {rue}',
      'Vols de batteries sur les véhicules {spot}',
    ],
    facts: [
      '{n} signalements en {periode} ; les véhicules visés sont garés en voirie, hors de toute surveillance.',
      'Les pièces volées alimenteraient un réseau de revente en ligne.',
    ],
  },
  [K.DESTRUCTIONS_DEGRADATIONS]: {
    titles: [
      'Tags et dégradations répétés {spot}',
      'U|Incendies de poubelles {rue}',
      'T|Abris voyageurs vandalisés {arret}',
      'H|Dégradations des boîtes aux lettres au {num} {rue}',
      'U|Véhicules incendiés {spot}',
      'U|Éclairage public vandalisé {rue}',
      'Caméra de vidéoprotection dégradée {spot}',
      'T|Vitres du tram rayées en série {arret}',
      'H|Ascenseur et portes dégradés — {residence}',
    ],
    facts: [
      '{n} dégradations constatées en {periode} ; le coût des remises en état dépasse plusieurs milliers d’euros.',
      'Les dégradations surviennent surtout la nuit du vendredi au samedi.',
      'Les habitants et les usagers ont le sentiment que rien ne change ; une réponse visible est attendue.',
    ],
  },
  [K.TRAFIC_STUPEFIANTS]: {
    titles: [
      'U|Trafic de stupéfiants depuis un appartement {rue}',
      'Livraisons de stupéfiants à domicile (« drive ») — {commune}',
      'R|Go-fast signalés sur l’A77 ({commune})',
      'Culture de cannabis en intérieur ({commune})',
      'U|Va-et-vient liés au trafic {spot}',
    ],
    facts: [
      'Des allées et venues incessantes sont signalées par les riverains depuis {duree}.',
      'Le trafic s’organise par messagerie et livraisons ; les consommateurs viennent de toute l’agglomération.',
      'L’enquête est en cours ; le dossier partagé porte sur l’environnement du trafic et la protection des habitants.',
    ],
  },
  [K.USAGE_STUPEFIANTS]: {
    titles: [
      'Seringues usagées retrouvées {spot}',
      'H|Consommation de stupéfiants dans les parties communes — {residence}',
      'Cartouches de protoxyde d’azote abandonnées {spot}',
      'U|Consommation de stupéfiants aux abords du lycée {rue}',
      'U|Usage de crack signalé {spot}',
    ],
    facts: [
      'Des usagers se regroupent {spot} ; matériel de consommation abandonné retrouvé à plusieurs reprises.',
      'Les riverains et les agents d’entretien s’inquiètent pour les enfants du quartier.',
      'Une réponse mêlant réduction des risques, nettoyage et présence dissuasive est recherchée.',
    ],
  },
  [K.ESCROQUERIES]: {
    titles: [
      'Faux agents des eaux chez des personnes âgées ({commune})',
      'Escroqueries aux faux conseillers bancaires — {commune}',
      'Démarchage frauduleux pour des travaux de rénovation énergétique ({commune})',
      'Escroqueries aux fausses annonces de location ({commune})',
    ],
    facts: [
      '{n} victimes recensées en {periode}, majoritairement des personnes âgées vivant seules.',
      'Les escrocs se présentent en se recommandant de la mairie ; une campagne de prévention est à organiser.',
    ],
  },
  [K.RODEOS_URBAINS]: {
    titles: [
      'Rodéos urbains répétés {spot}',
      'Rodéos de motos-cross le week-end {spot}',
      'U|Rodéos nocturnes {rue}',
      'R|Quads et motos non homologués {chemin} ({commune})',
      'U|Rodéos en soirée — riverains excédés {rue}',
    ],
    facts: [
      'Des motos-cross et des quads circulent à vive allure {spot}, surtout les soirs de beau temps.',
      '{n} appels au 17 en {periode} ; un piéton a déjà été frôlé.',
      'Les engins seraient stockés dans des garages ou des caves du secteur ; l’objectif est de les localiser et de les saisir.',
    ],
  },
  [K.SQUATS]: {
    titles: [
      'U|Squat dans un logement vacant au {num} {rue}',
      'U|Occupation illicite d’un pavillon abandonné {rue}',
      'H|Squat des caves de la {residence}',
      'U|Squat d’un local commercial désaffecté {rue}',
      'Squat d’un bâtiment industriel désaffecté ({commune})',
    ],
    facts: [
      'Le lieu est occupé sans droit ni titre depuis {duree} ; allées et venues de nuit et branchements électriques sauvages.',
      'Risque d’incendie signalé par les voisins ; le propriétaire a été informé.',
      'Une procédure d’évacuation et la sécurisation des accès sont à coordonner.',
    ],
  },
  [K.OCCUPATION_HALLS]: {
    titles: [
      'H|Occupation du hall du {num} {rue}',
      'H|Regroupements nocturnes dans le hall {bat} de la {residence}',
      'H|Occupation des halls et des cages d’escalier — {residence}',
      'H|Occupation du hall et nuisances nocturnes au {num} {rue}',
      'H|Guetteurs installés dans le hall du {num} {rue}',
    ],
    facts: [
      'Un groupe occupe le hall tous les soirs ; les locataires n’osent plus rentrer chez eux après 21 h.',
      'La porte d’accès a été forcée {n} fois en {periode} ; déchets et odeurs de cannabis dans la cage d’escalier.',
      'Les gardiens sont pris à partie ; le bailleur a déjà adressé plusieurs courriers de rappel au règlement.',
    ],
  },
  [K.DEPOTS_SAUVAGES]: {
    titles: [
      'R|Dépôt sauvage de gravats {chemin} ({commune})',
      'Dépôts sauvages récurrents {spot}',
      'H|Encombrants abandonnés au pied de la {residence}',
      'R|Dépôt de plaques d’amiante-ciment en lisière de bois ({commune})',
      'R|Pneus usagés déversés {chemin} ({commune})',
      'R|Déchets de chantier abandonnés — lieu-dit {lieudit}, {commune}',
      'U|Dépôts d’ordures ménagères {rue}',
    ],
    facts: [
      'Environ {n} m³ de déchets déposés en {periode} ; le site est régulièrement réalimenté.',
      'Les déchets laissent penser à un professionnel du bâtiment ; des indices (factures, bons de livraison) ont été relevés.',
      'L’enlèvement est à la charge de la commune ; une verbalisation et la recherche de l’auteur sont demandées.',
    ],
  },
  [K.NUISANCES_SONORES]: {
    titles: [
      'Nuisances sonores nocturnes {spot}',
      'Musique amplifiée et regroupements {spot}',
      'U|Tapage nocturne récurrent au {num} {rue}',
      'U|Nuisances d’un bar de nuit {rue}',
      'R|Rassemblement festif non déclaré {chemin} ({commune})',
    ],
    facts: [
      'Les riverains se plaignent de bruit jusqu’à 3 h du matin depuis {duree}.',
      '{n} signalements et une pétition adressée à la mairie ; des habitants envisagent de déménager.',
      'Une médiation a été tentée sans effet ; des constats et, si besoin, des mesures administratives sont envisagés.',
    ],
  },
  [K.POINT_DE_DEAL]: {
    titles: [
      'Point de deal {spot}',
      'H|Point de deal installé au pied du {num} {rue}',
      'Point de deal et guetteurs {spot}',
      'U|Réimplantation d’un point de deal démantelé {rue}',
    ],
    facts: [
      'Point de vente actif de 11 h à 23 h, avec guetteurs et rabatteurs ; les habitants subissent contrôles et intimidations.',
      'Le point s’est déplacé après les dernières opérations ; il est de nouveau signalé depuis {duree}.',
      'Le dossier réunit le harcèlement policier, le traitement de l’environnement (éclairage, accès, nettoyage) et le suivi judiciaire.',
    ],
  },
  [K.VOLS_MATERIEL_AGRICOLE]: {
    titles: [
      'R|Vols de GPS agricoles — exploitations {deCommune}',
      'R|Vols de gasoil dans les cuves agricoles ({commune})',
      'R|Vol de matériel d’irrigation — lieu-dit {lieudit}, {commune}',
      'R|Vols de cuivre sur les pivots d’irrigation ({commune})',
      'R|Vol d’un tracteur — lieu-dit {lieudit}, {commune}',
      'R|Vols d’outillage dans les hangars agricoles ({commune})',
    ],
    facts: [
      '{n} exploitations visées en {periode} ; les voleurs agissent de nuit et repartent avant l’arrivée des patrouilles.',
      'Les consoles GPS des tracteurs sont démontées en quelques minutes ; le matériel n’était pas marqué.',
      'Les faits ont lieu la nuit, les hangars ouverts ou mal fermés ; le préjudice dépasse 10 000 € par exploitation.',
      'Les mêmes faits sont signalés dans les départements voisins ; une filière de revente à l’étranger est suspectée.',
    ],
  },
  [K.TRAVAIL_DISSIMULE]: {
    titles: [
      'U|Travail dissimulé sur un chantier de rénovation {rue}',
      'U|Suspicion de travail dissimulé dans un restaurant {rue}',
      'Emploi de salariés non déclarés dans un entrepôt logistique ({commune})',
      'U|Travail dissimulé dans des salons de coiffure et ongleries {rue}',
      'R|Saisonniers agricoles non déclarés ({commune})',
      'Livreurs à vélo employés via des comptes sous-loués ({commune})',
    ],
    facts: [
      'Des personnes travaillent tard le soir et le week-end, sans contrat apparent ni affichage réglementaire.',
      'L’entreprise déclare très peu d’heures au regard de son activité apparente.',
      'Un contrôle conjoint (URSSAF, forces de l’ordre, finances publiques) est proposé.',
    ],
  },
  [K.INCIVILITES_TRANSPORTS]: {
    titles: [
      'T|Incivilités répétées {arret}',
      'T|Jets de projectiles sur le tram {arret}',
      'T|Fraude et insultes envers les contrôleurs {arret}',
      'T|Regroupements et fumeurs dans les rames {arret}',
      'T|Agressions verbales envers les conducteurs {arret}',
      'T|Obstruction des portes et déclenchements d’alarme {arret}',
    ],
    facts: [
      '{n} incidents déclarés par les conducteurs en {periode}, surtout entre 18 h et 22 h.',
      'Les faits perturbent le service : rames retenues, conducteurs en arrêt de travail.',
      'Le réseau demande une présence conjointe (médiation, contrôle, police) et l’exploitation des images embarquées.',
    ],
  },
  // Owner-specific variants.
  [`${K.ESCROQUERIES}:DDFIP`]: {
    titles: [
      'Fraude à la TVA dans le négoce de véhicules d’occasion ({commune})',
      'Sociétés éphémères et factures de complaisance ({commune})',
    ],
    facts: [
      'Plusieurs sociétés à durée de vie très courte, mêmes gérants de paille, chiffre d’affaires non déclaré.',
      'Le dossier est ouvert pour croiser les informations fiscales avec les constats des partenaires.',
    ],
  },
  [`${K.ESCROQUERIES}:DOUANES`]: {
    titles: ['Vente de contrefaçons {spot}', 'U|Vente de cigarettes de contrefaçon {rue}'],
    facts: [
      'Des articles de marque contrefaits sont vendus ouvertement, notamment les jours de marché.',
      'Un contrôle conjoint avec la police municipale est envisagé.',
    ],
  },
  [`${K.TRAFIC_STUPEFIANTS}:DOUANES`]: {
    titles: [
      'Colis suspects au centre de tri postal ({commune})',
      'R|Transport de résine de cannabis par poids lourds — axe de l’A77 ({commune})',
      'Flux de stupéfiants via les entrepôts logistiques ({commune})',
    ],
    facts: [
      'Les contrôles ont mis en évidence des envois répétés vers les mêmes adresses.',
      'Un rapprochement avec les services d’enquête locaux est souhaité.',
    ],
  },
  [`${K.TRAFIC_STUPEFIANTS}:DDFIP`]: {
    titles: ['Train de vie sans rapport avec les revenus déclarés ({commune})'],
    facts: [
      'Acquisitions immobilières et véhicules haut de gamme réglés en espèces, revenus déclarés quasi nuls.',
      'Une enquête patrimoniale est proposée en appui des enquêtes sur le trafic.',
    ],
  },
  [`${K.USAGE_STUPEFIANTS}:ARS`]: {
    titles: [
      'Seringues et matériel de consommation retrouvés {spot}',
      'Usage de crack : accompagnement des usagers {spot}',
    ],
    facts: [
      'Les équipes de réduction des risques signalent une hausse des consommations {spot}.',
      'Objectif : installer une réponse sanitaire (maraudes, récupérateurs de seringues) en lien avec la sécurité.',
    ],
  },
  [`${K.SQUATS}:ARS`]: {
    titles: ['U|Logement insalubre occupé au {num} {rue}', 'Habitat indigne et suroccupation ({commune})'],
    facts: [
      'Humidité, installations électriques dangereuses et suroccupation constatées lors de la visite.',
      'Une procédure d’insalubrité est engagée ; la sécurité des occupants est à assurer.',
    ],
  },
  [`${K.NUISANCES_SONORES}:ARS`]: {
    titles: ['U|Établissement diffusant de la musique amplifiée sans étude d’impact {rue}'],
    facts: [
      'L’établissement n’a pas produit l’étude d’impact des nuisances sonores exigée par le code de la santé publique.',
    ],
  },
  [`${K.RODEOS_URBAINS}:CABINET`]: {
    titles: ['Plan départemental de lutte contre les rodéos urbains — {commune}'],
    facts: [
      'Le préfet a demandé un plan d’action coordonné : repérage des lieux de stockage, saisies, contrôles des vendeurs.',
    ],
  },
  [`${K.INCIVILITES_TRANSPORTS}:CABINET`]: {
    titles: [
      'T|Sécurisation des transports en soirée {arret}',
      'Présence sur la voie publique et dans les transports — bilan',
    ],
    facts: [
      'L’état-major de sécurité (thème transports) suit la présence conjointe des forces et des agents du réseau.',
    ],
  },
  [`${K.POINT_DE_DEAL}:CABINET`]: {
    titles: ['Opération de reconquête {quartier} — suivi préfectoral'],
    facts: [
      'Opération interservices programmée ; le cabinet coordonne les suites (environnement, logement, justice).',
    ],
  },
  [`${K.DEPOTS_SAUVAGES}:CABINET`]: {
    titles: ['Dépôts sauvages de déchets du BTP — plan départemental ({commune})'],
    facts: [
      'Le préfet a demandé un recensement des sites et une coordination des contrôles des entreprises.',
    ],
  },
  [`${K.VIOLENCES_INTRAFAMILIALES}:PARQUET`]: {
    titles: [
      'Suivi des mesures d’éloignement des auteurs de violences conjugales ({commune})',
      'Bracelets anti-rapprochement : coordination des alertes ({commune})',
    ],
    facts: [
      'Le parquet coordonne avec les forces de l’ordre et les partenaires le suivi des mesures prononcées.',
    ],
  },
  [`${K.TRAFIC_STUPEFIANTS}:PARQUET`]: {
    titles: ['Politique pénale : interdictions de paraître sur les points de deal ({commune})'],
    facts: [
      'Le parquet souhaite un retour des partenaires sur le respect des interdictions de paraître prononcées.',
    ],
  },
  [`${K.RODEOS_URBAINS}:PARQUET`]: {
    titles: ['Rodéos urbains : confiscation des engins et suites judiciaires ({commune})'],
    facts: ['Le parquet propose de systématiser la saisie et la confiscation des engins utilisés.'],
  },
  [`${K.VIOLENCES_SEXUELLES}:PARQUET`]: {
    titles: ['Harcèlement de rue : traitement des plaintes et amendes ({commune})'],
    facts: [
      'Objectif : un traitement homogène des outrages sexistes et de meilleures remontées des partenaires.',
    ],
  },
  [`${K.VOLS_SANS_VIOLENCE}:SECU`]: {
    titles: ['Vols en réunion dans les boutiques {spot}', 'Vols de téléphones dans les magasins {spot}'],
    facts: [
      'Les agents de sécurité constatent des vols en équipe, avec diversion ; les images sont conservées 30 jours.',
    ],
  },
};

/** Titles of the RED cases of the Argonne working group, with their category and owner. */
export const RED_CASES: readonly { owner: OrgKey; category: C; title: string; fact: string }[] = [
  {
    owner: 'DDPN',
    category: K.POINT_DE_DEAL,
    title: 'Point de deal de la place Mozart — cartographie du réseau et des guetteurs',
    fact: 'Organisation du point : horaires, rotation des guetteurs, logements « nourrices » repérés. Éléments confidentiels (L132-5 CSI).',
  },
  {
    owner: 'DDPN',
    category: K.TRAFIC_STUPEFIANTS,
    title: 'Trafic de cocaïne depuis un appartement de la {residence}',
    fact: 'Surveillances en cours ; des locataires sous pression prêtent leur logement. À ne pas diffuser hors du groupe.',
  },
  {
    owner: 'PM_ORL',
    category: K.OCCUPATION_HALLS,
    title: 'Occupation du hall du {num} {rue} par le réseau — intimidation des locataires',
    fact: 'Les locataires sont filtrés à l’entrée ; deux familles ont demandé une mutation. Situation suivie en groupe restreint.',
  },
  {
    owner: 'DDPN',
    category: K.COUPS_ET_BLESSURES,
    title: 'Rixes entre groupes rivaux Argonne / Blossières — risque de représailles',
    fact: 'Deux blessés par arme blanche ; des messages de menaces circulent sur les réseaux sociaux.',
  },
  {
    owner: 'DDPN',
    category: K.POINT_DE_DEAL,
    title: 'Recrutement de mineurs comme guetteurs {spot}',
    fact: 'Des collégiens sont rémunérés pour guetter ; un signalement au parquet des mineurs est en cours.',
  },
  {
    owner: 'PM_ORL',
    category: K.DESTRUCTIONS_DEGRADATIONS,
    title: 'Caméras de vidéoprotection incendiées {spot} — intimidation',
    fact: 'Les caméras couvrant le point de deal ont été incendiées trois fois ; les agents sont menacés lors des réparations.',
  },
  {
    owner: 'DDPN',
    category: K.TRAFIC_STUPEFIANTS,
    title: 'Stockage de stupéfiants dans les caves de la {residence}',
    fact: 'Caves forcées et réaménagées ; le bailleur prépare une condamnation des accès en lien avec l’enquête.',
  },
  {
    owner: 'DDPN',
    category: K.VOLS_AVEC_ARMES,
    title: 'Vol à main armée d’un commerce {spot} — lien avec le trafic',
    fact: 'Le commerce servirait au blanchiment ; éléments d’enquête partagés avec le seul groupe restreint.',
  },
  {
    owner: 'PM_ORL',
    category: K.POINT_DE_DEAL,
    title: 'Point de deal {spot} — plan de reconquête partagé',
    fact: 'Plan en trois temps : harcèlement du point, résidentialisation, animation du quartier. Calendrier confidentiel.',
  },
  {
    owner: 'DDPN',
    category: K.POINT_DE_DEAL,
    title: 'Menaces sur les gardiens de la {residence} — pression du trafic',
    fact: 'Les gardiens ont reçu des menaces après le nettoyage des caves ; une protection est organisée.',
  },
];

/** Context of a problem on the public space (nuisances, halls, rodéos, deal, transports…). */
export const CONTEXT_SENTENCES = [
  'Signalements répétés depuis {duree}.',
  '{appels} appels au 17 et plusieurs mains courantes sur la période.',
  'Le phénomène s’intensifie en fin de semaine et pendant les vacances scolaires.',
  'Les faits se concentrent en soirée.',
  'Plusieurs habitants ont écrit au maire.',
  'Le secteur a déjà été évoqué en réunion de partenaires, sans amélioration durable.',
  'Les commerçants font part de leur exaspération.',
];

/** Context of the other cases (offences against persons or property, fraud). */
export const CONTEXT_SENTENCES_OTHER = [
  'Plusieurs plaintes ont été déposées sur la période.',
  'Des faits comparables sont signalés dans les communes voisines.',
  'Le secteur a déjà été évoqué en réunion de partenaires.',
  'Les partenaires sont invités à signaler tout fait similaire.',
];

export const ASK_SENTENCES = [
  'Le dossier est ouvert pour partager les constats et répartir les actions.',
  'Objectif : faire cesser les faits avant la prochaine réunion de suivi.',
  'Merci à chaque partenaire de renseigner ses constats et ses actions dans le dossier.',
];

export const ASK_SENTENCES_PUBLIC_SPACE = [
  'Une réponse coordonnée est attendue : présence dissuasive, traitement de l’environnement et suivi des plaintes.',
];

/** After « en » : « 6 vols en trois semaines ». */
export const PERIODS = ['trois semaines', 'deux mois', 'quinze jours', 'un mois', 'six semaines'];

/** After « depuis ». */
export const DURATIONS = [
  'trois semaines',
  'deux mois',
  'le début de l’été',
  'la rentrée',
  'plusieurs mois',
  'quinze jours',
  'le printemps',
];

// ---------------------------------------------------------------------------------------------
// Referrals: what the owner asks, and why an organisation declines.

export const REFERRAL_MESSAGES: Readonly<Record<OrgKey, string[]>> = {
  CABINET: [
    'Pour inscription à l’ordre du jour de l’état-major de sécurité.',
    'Demande d’appui préfectoral : arrêté et coordination des services de l’État.',
  ],
  MAIRIE_ORL: [
    'Merci de mobiliser les services techniques (nettoyage, éclairage, mobilier urbain).',
    'Pouvez-vous envisager un arrêté municipal et informer les riverains ?',
  ],
  PM_ORL: [
    'Merci de prévoir des passages en soirée et de verbaliser les infractions constatées.',
    'Présence dissuasive demandée aux heures signalées, en lien avec la police nationale.',
    'Pouvez-vous exploiter les images du CSU et nous transmettre les constats ?',
  ],
  DDPN: [
    'Merci d’étudier une opération ciblée et de nous indiquer les suites judiciaires.',
    'Les faits relèvent de la police judiciaire : pouvez-vous reprendre le volet enquête ?',
    'Demande de sécurisation et de rapprochement avec les plaintes déposées.',
  ],
  GGD: [
    'Merci de renforcer les patrouilles de nuit dans le secteur et de rapprocher les faits.',
    'Pouvez-vous reprendre le volet judiciaire et nous tenir informés ?',
  ],
  PARQUET: [
    'Pour information et orientation de la politique pénale sur ce secteur.',
    'Demande d’appui du parquet pour une réponse pénale rapide et lisible.',
  ],
  MAIRIE_MTG: [
    'Merci de mobiliser les services municipaux et le CISPD.',
    'Pouvez-vous prendre un arrêté et mobiliser les services techniques ?',
  ],
  GIEN: [
    'Merci de faire constater les faits par le garde champêtre et de rechercher le propriétaire des déchets.',
    'Pouvez-vous organiser des passages du garde champêtre sur le secteur ?',
  ],
  BAILLEUR: [
    'Merci de sécuriser l’accès au hall (contrôle d’accès, éclairage) et de nous transmettre les images de la vidéoprotection.',
    'Pouvez-vous faire enlever les encombrants et déposer plainte pour les dégradations ?',
    'Merci de rappeler le règlement intérieur aux locataires concernés et de signaler les logements suspects.',
  ],
  TRANSPORT: [
    'Merci de nous transmettre les extractions des vidéos embarquées et de renforcer la médiation sur la ligne.',
    'Pouvez-vous organiser des opérations de contrôle conjointes en soirée ?',
  ],
  SECU: ['Merci de renforcer les rondes et de conserver les images de vidéosurveillance.'],
  URSSAF: [
    'Suspicion d’emploi de salariés non déclarés : un contrôle conjoint est souhaité.',
    'Pouvez-vous vérifier les déclarations sociales de l’entreprise ?',
  ],
  ARS: [
    'Risque sanitaire pour les occupants et les riverains : une visite d’inspection est souhaitée.',
    'Merci de mobiliser les acteurs de la réduction des risques.',
  ],
  DOUANES: [
    'Un volet douanier est possible : pouvez-vous vérifier les flux et organiser un contrôle ?',
    'Merci de rapprocher ces faits de vos contrôles récents.',
  ],
  DDFIP: [
    'Merci d’étudier la situation fiscale et patrimoniale des personnes morales en cause.',
    'Une enquête patrimoniale en appui de la procédure est-elle envisageable ?',
  ],
  DSDEN: ['Merci d’informer les chefs d’établissement et de relayer les consignes de sécurité.'],
  PM_MTG: [
    'Merci de prévoir des passages en soirée et de verbaliser les infractions constatées.',
    'Pouvez-vous exploiter les images de la vidéoprotection de la ville ?',
  ],
  ASSUREUR: [
    'Pour information : plusieurs de vos assurés sont concernés, une action de prévention est proposée.',
  ],
  FEDE: ['Merci de relayer les consignes de prévention auprès des commerçants adhérents.'],
  LOGISTIQUE: ['Merci de renforcer la sûreté du site et de conserver les images.'],
};

/** Why an organisation declines a referral, and where it suggests to go (an organisation name or free text). */
export const DECLINES: Readonly<
  Partial<Record<OrgKey, { reason: string; redirect: OrgKey | string | null }[]>>
> = {
  BAILLEUR: [
    { reason: 'Pas de notre compétence — voir la police municipale', redirect: 'PM' },
    {
      reason: 'Immeuble hors de notre patrimoine (copropriété privée)',
      redirect: 'Syndic de la copropriété, par la mairie',
    },
  ],
  TRANSPORT: [{ reason: 'Faits sur la voie publique, hors des emprises du réseau', redirect: 'PM' }],
  PM_ORL: [
    { reason: 'Pas de notre compétence — relève de la police judiciaire', redirect: 'DDPN' },
    { reason: 'Pas de notre compétence — relève des services techniques de la ville', redirect: 'MAIRIE' },
  ],
  PM_MTG: [{ reason: 'Pas de notre compétence — relève de la police judiciaire', redirect: 'DDPN' }],
  DDPN: [
    {
      reason: 'Pas d’infraction pénale caractérisée — relève des pouvoirs de police du maire',
      redirect: 'MAIRIE',
    },
    { reason: 'Pas de notre compétence — voir la police municipale', redirect: 'PM' },
  ],
  GGD: [
    {
      reason: 'Pas d’infraction pénale caractérisée — relève des pouvoirs de police du maire',
      redirect: 'MAIRIE',
    },
    { reason: 'Faits déjà traités par la brigade dans une procédure en cours', redirect: null },
  ],
  URSSAF: [
    { reason: 'Pas d’élément de travail dissimulé à ce stade', redirect: 'Inspection du travail (DREETS)' },
  ],
  DOUANES: [{ reason: 'Pas de volet douanier identifié', redirect: 'POLICE' }],
  ARS: [
    {
      reason: 'Pas de risque sanitaire caractérisé — relève des pouvoirs de police du maire',
      redirect: 'MAIRIE',
    },
  ],
  DDFIP: [{ reason: 'Pas d’enjeu fiscal identifié à ce stade', redirect: null }],
  GIEN: [{ reason: 'Pas de notre compétence — voir la gendarmerie', redirect: 'GGD' }],
  MAIRIE_ORL: [{ reason: 'Relève de la police municipale', redirect: 'PM_ORL' }],
  MAIRIE_MTG: [{ reason: 'Relève de la police municipale', redirect: 'PM_MTG' }],
  PARQUET: [{ reason: 'Pas de saisine du parquet sans procédure', redirect: 'POLICE' }],
  SECU: [
    {
      reason: 'Hors du périmètre de notre contrat de surveillance',
      redirect: 'Le gestionnaire du centre commercial',
    },
  ],
};

/** Whom a case of a category is referred to. POLICE, PM and MAIRIE resolve to the competent one. */
export const REFERRAL_TARGETS: Readonly<Record<C, string[]>> = {
  [K.HOMICIDES]: ['PARQUET', 'PM', 'MAIRIE', 'BAILLEUR'],
  [K.VIOLENCES_INTRAFAMILIALES]: ['PARQUET', 'POLICE', 'MAIRIE'],
  [K.COUPS_ET_BLESSURES]: ['POLICE', 'PM', 'TRANSPORT', 'DSDEN', 'PARQUET'],
  [K.VIOLENCES_SEXUELLES]: ['POLICE', 'TRANSPORT', 'PARQUET', 'PM'],
  [K.VOLS_AVEC_ARMES]: ['POLICE', 'PARQUET', 'FEDE'],
  [K.VOLS_VIOLENTS_SANS_ARME]: ['POLICE', 'PM', 'TRANSPORT'],
  [K.VOLS_SANS_VIOLENCE]: ['PM', 'POLICE', 'FEDE', 'SECU', 'TRANSPORT'],
  [K.CAMBRIOLAGES]: ['POLICE', 'PM', 'ASSUREUR', 'BAILLEUR'],
  [K.VOLS_DE_VEHICULES]: ['POLICE', 'ASSUREUR', 'PM'],
  [K.VOLS_DANS_VEHICULES]: ['POLICE', 'PM', 'SECU', 'ASSUREUR'],
  [K.VOLS_ACCESSOIRES_VEHICULES]: ['POLICE', 'PM', 'ASSUREUR'],
  [K.DESTRUCTIONS_DEGRADATIONS]: ['PM', 'MAIRIE', 'BAILLEUR', 'TRANSPORT', 'POLICE', 'ASSUREUR'],
  [K.TRAFIC_STUPEFIANTS]: ['POLICE', 'DOUANES', 'PARQUET', 'DDFIP', 'BAILLEUR'],
  [K.USAGE_STUPEFIANTS]: ['ARS', 'PM', 'BAILLEUR', 'DSDEN', 'MAIRIE'],
  [K.ESCROQUERIES]: ['POLICE', 'DDFIP', 'DOUANES', 'PARQUET'],
  [K.RODEOS_URBAINS]: ['PM', 'POLICE', 'MAIRIE', 'BAILLEUR', 'PARQUET'],
  [K.SQUATS]: ['BAILLEUR', 'ARS', 'PM', 'POLICE', 'MAIRIE'],
  [K.OCCUPATION_HALLS]: ['BAILLEUR', 'PM', 'POLICE', 'MAIRIE'],
  [K.DEPOTS_SAUVAGES]: ['MAIRIE', 'PM', 'POLICE', 'BAILLEUR'],
  [K.NUISANCES_SONORES]: ['PM', 'MAIRIE', 'ARS', 'BAILLEUR', 'POLICE'],
  [K.POINT_DE_DEAL]: ['POLICE', 'PM', 'BAILLEUR', 'PARQUET', 'DDFIP', 'MAIRIE'],
  [K.VOLS_MATERIEL_AGRICOLE]: ['GIEN', 'POLICE', 'DOUANES', 'ASSUREUR'],
  [K.TRAVAIL_DISSIMULE]: ['URSSAF', 'DDFIP', 'POLICE', 'PARQUET', 'DOUANES'],
  [K.INCIVILITES_TRANSPORTS]: ['TRANSPORT', 'PM', 'POLICE', 'CABINET'],
};

/** Organisations a case is shared with « pour information », per category. */
export const SHARE_TARGETS: Readonly<Partial<Record<C, string[]>>> = {
  [K.CAMBRIOLAGES]: ['ASSUREUR', 'PARQUET'],
  [K.VOLS_DE_VEHICULES]: ['ASSUREUR'],
  [K.VOLS_DANS_VEHICULES]: ['ASSUREUR', 'SECU'],
  [K.VOLS_SANS_VIOLENCE]: ['FEDE', 'SECU'],
  [K.VOLS_AVEC_ARMES]: ['FEDE', 'PARQUET'],
  [K.TRAVAIL_DISSIMULE]: ['LOGISTIQUE', 'PARQUET', 'DDFIP'],
  [K.POINT_DE_DEAL]: ['PARQUET', 'CABINET'],
  [K.TRAFIC_STUPEFIANTS]: ['PARQUET'],
  [K.RODEOS_URBAINS]: ['CABINET', 'PARQUET'],
  [K.INCIVILITES_TRANSPORTS]: ['CABINET'],
  [K.COUPS_ET_BLESSURES]: ['DSDEN', 'PARQUET'],
  [K.USAGE_STUPEFIANTS]: ['DSDEN'],
  [K.DESTRUCTIONS_DEGRADATIONS]: ['ASSUREUR', 'PM_MTG'],
  [K.OCCUPATION_HALLS]: ['PM_MTG', 'PARQUET'],
  [K.VIOLENCES_INTRAFAMILIALES]: ['PARQUET'],
};

export const SHARE_REASONS = [
  'Pour information',
  'Information du partenaire concerné',
  'Suivi préfectoral',
  'Demande du CLSPD',
  'Appui à la prévention',
];

// ---------------------------------------------------------------------------------------------
// Actions and outcomes, per organisation.

export const ACTIONS: Readonly<Record<OrgKey, [title: string, outcome: string][]>> = {
  CABINET: [
    [
      'Inscrire le dossier à l’ordre du jour de l’état-major',
      'Point présenté en état-major ; plan d’action validé.',
    ],
    ['Préparer un arrêté préfectoral', 'Arrêté pris et publié au recueil des actes administratifs.'],
    ['Mobiliser des renforts (CRS, escadron)', 'Renforts engagés sur trois soirées.'],
  ],
  MAIRIE_ORL: [
    [
      'Faire intervenir les services techniques (nettoyage)',
      'Site nettoyé ; passage hebdomadaire programmé.',
    ],
    ['Renforcer l’éclairage public', 'Deux candélabres ajoutés, éclairage prolongé jusqu’à 2 h.'],
    ['Prendre un arrêté municipal', 'Arrêté signé et affiché.'],
    ['Organiser une réunion avec les riverains', 'Réunion tenue avec une trentaine d’habitants.'],
    ['Poser des blocs béton pour fermer l’accès', 'Accès fermé par des blocs et une barrière.'],
  ],
  PM_ORL: [
    ['Patrouilles ciblées en soirée', 'Douze passages en trois semaines ; deux verbalisations.'],
    ['Verbaliser les infractions constatées', '15 procès-verbaux dressés.'],
    ['Exploiter les images du CSU', 'Images exploitées ; deux véhicules identifiés.'],
    [
      'Opération de contrôle conjointe avec la police nationale',
      'Opération réalisée : 3 interpellations, 2 engins saisis.',
    ],
    ['Rencontrer les commerçants du secteur', 'Tour des commerces effectué, numéros d’appel diffusés.'],
  ],
  DDPN: [
    [
      'Opération de harcèlement du point de deal',
      'Quatre opérations ; 6 interpellations et saisie de 800 g de résine.',
    ],
    [
      'Rapprocher les plaintes et identifier les auteurs',
      'Deux auteurs identifiés, procédure transmise au parquet.',
    ],
    ['Surveillances et enquête de voisinage', 'Surveillances réalisées ; éléments versés à la procédure.'],
    ['Sécurisation du secteur par la BAC', 'Présence renforcée sur dix soirées ; baisse des appels.'],
    ['Diagnostic de sûreté par le référent sûreté', 'Diagnostic remis avec sept préconisations.'],
  ],
  GGD: [
    ['Patrouilles de nuit sur les exploitations', 'Patrouilles réalisées ; un véhicule suspect contrôlé.'],
    [
      'Marquage des GPS et sensibilisation des agriculteurs',
      'Réunion avec la chambre d’agriculture, 40 exploitants sensibilisés.',
    ],
    [
      'Rapprocher les faits avec les départements voisins',
      'Rapprochement fait : même équipe suspectée dans le Cher.',
    ],
    ['Recueillir les plaintes et les indices', 'Plaintes recueillies, prélèvements effectués.'],
    ['Contrôle conjoint avec l’URSSAF', 'Contrôle réalisé ; procédure ouverte.'],
  ],
  PARQUET: [
    [
      'Réunir le groupe local de traitement de la délinquance',
      'GLTD réuni ; orientations de politique pénale diffusées.',
    ],
    ['Orienter les procédures en cours', 'Procédures orientées en comparution immédiate.'],
    ['Prononcer des interdictions de paraître', 'Trois interdictions de paraître requises et prononcées.'],
  ],
  MAIRIE_MTG: [
    ['Faire intervenir les services techniques', 'Nettoyage effectué et encombrants enlevés.'],
    ['Réunion de suivi du CISPD', 'Point fait en CISPD restreint.'],
    ['Installer une caméra de vidéoprotection', 'Caméra installée et raccordée au CSU.'],
    ['Médiation sociale en soirée', 'Médiateurs présents quatre soirs par semaine.'],
  ],
  GIEN: [
    ['Constat et procès-verbal du garde champêtre', 'Procès-verbal dressé et transmis.'],
    [
      'Rechercher le propriétaire des déchets',
      'Auteur identifié grâce à un bon de livraison ; amende forfaitaire.',
    ],
    ['Faire enlever les déchets par les services techniques', 'Déchets enlevés (2 rotations de camion).'],
    ['Poser un panneau et une caméra nomade', 'Caméra nomade installée pour un mois.'],
  ],
  BAILLEUR: [
    ['Réparer la porte du hall et le contrôle d’accès', 'Porte remplacée, badges reprogrammés.'],
    ['Faire enlever les encombrants', 'Encombrants enlevés par le prestataire.'],
    ['Renforcer l’éclairage des parties communes', 'Éclairage LED avec détecteurs installé.'],
    ['Transmettre les images de vidéoprotection', 'Images transmises à l’OPJ.'],
    ['Adresser un courrier de rappel au règlement aux locataires', 'Courriers envoyés à 45 locataires.'],
    ['Murer l’accès aux caves', 'Accès condamné, caves vidées.'],
  ],
  TRANSPORT: [
    ['Extraire les vidéos embarquées', 'Extractions remises aux enquêteurs.'],
    ['Renforcer la médiation sur la ligne A en soirée', 'Deux équipes de médiation ajoutées de 19 h à 23 h.'],
    ['Déposer plainte pour les dégradations', 'Plainte déposée.'],
    ['Remettre en état les abris voyageurs', 'Vitres remplacées.'],
    ['Opération de contrôle conjointe', 'Opération réalisée : 120 contrôles, 18 verbalisations.'],
  ],
  SECU: [
    ['Renforcer les rondes sur le parking', 'Rondes toutes les heures de 18 h à minuit.'],
    ['Conserver et transmettre les images', 'Images transmises.'],
  ],
  URSSAF: [
    ['Contrôle inopiné sur le site', 'Contrôle effectué : 4 salariés non déclarés.'],
    ['Procès-verbal de travail dissimulé transmis au parquet', 'Procès-verbal transmis.'],
    ['Redressement des cotisations', 'Redressement notifié (38 000 €).'],
  ],
  ARS: [
    ['Visite d’inspection sanitaire', 'Visite réalisée ; rapport transmis au préfet.'],
    ['Engager la procédure d’insalubrité', 'Arrêté d’insalubrité pris.'],
    ['Mobiliser les acteurs de la réduction des risques', 'Maraudes organisées deux fois par semaine.'],
  ],
  DOUANES: [
    ['Contrôle des flux postaux', 'Contrôles réalisés ; 3 colis saisis.'],
    ['Contrôle routier avec la brigade', 'Contrôle réalisé sur l’A77 ; un véhicule retenu.'],
    ['Saisie des marchandises contrefaites', '320 articles saisis.'],
  ],
  DDFIP: [
    ['Analyse patrimoniale', 'Analyse transmise aux enquêteurs.'],
    ['Programmer un contrôle fiscal', 'Contrôle programmé et engagé.'],
  ],
  DSDEN: [['Informer les chefs d’établissement', 'Message diffusé aux établissements du secteur.']],
  PM_MTG: [
    ['Patrouilles en soirée', 'Passages quotidiens pendant deux semaines.'],
    ['Exploiter la vidéoprotection', 'Images exploitées.'],
  ],
  ASSUREUR: [['Campagne de prévention auprès des assurés', 'Courrier adressé aux assurés du secteur.']],
  FEDE: [['Relayer les consignes aux commerçants', 'Consignes relayées aux adhérents.']],
  LOGISTIQUE: [['Renforcer la sûreté du site', 'Clôture réparée et gardiennage de nuit.']],
};

// ---------------------------------------------------------------------------------------------
// Comments, per author organisation (falling back to the generic ones).

export const GENERIC_COMMENTS = [
  'Nouveaux signalements ce week-end : deux appels de riverains.',
  'Situation plus calme depuis la mise en place des passages en soirée.',
  'Point prévu à la prochaine réunion de suivi.',
  'Relance : pas de retour depuis deux semaines.',
  'Les faits se sont déplacés de quelques rues ; à surveiller.',
  'Retour des habitants lors de la réunion publique : amélioration ressentie, mais fragile.',
  'Merci pour la réactivité de chacun sur ce dossier.',
  'Constat sur place ce matin : la situation persiste.',
  'Le calendrier des actions est à caler avant la fin du mois.',
];

export const ORG_COMMENTS: Readonly<Partial<Record<OrgKey, string[]>>> = {
  BAILLEUR: [
    'Le contrôle d’accès a été réparé, mais la porte a de nouveau été forcée deux jours après.',
    'Nos gardiens confirment la présence du groupe tous les soirs après 20 h.',
    'Les images de vidéoprotection sont conservées 30 jours : à demander rapidement.',
    'Courrier de rappel au règlement envoyé aux locataires concernés.',
  ],
  TRANSPORT: [
    'Deux conducteurs ont exercé leur droit de retrait mardi soir.',
    'Les extractions vidéo sont disponibles sur demande de l’OPJ.',
    'La médiation sera renforcée pendant les vacances scolaires.',
  ],
  PM_ORL: [
    'Passage de l’équipage de soirée : groupe dispersé, un procès-verbal dressé.',
    'Images du CSU exploitées : plaque relevée et transmise à la police nationale.',
  ],
  DDPN: [
    'Opération réalisée hier soir : interpellations, procédure en cours.',
    'Les éléments recueillis ont été versés à la procédure.',
  ],
  GGD: [
    'Patrouilles de nuit réalisées ; un véhicule suspect a pris la fuite.',
    'Même mode opératoire constaté dans le Cher et l’Yonne.',
  ],
  GIEN: [
    'Nouveau dépôt constaté ce matin au même endroit.',
    'Procès-verbal dressé ; le propriétaire du terrain a été prévenu.',
  ],
  MAIRIE_MTG: ['Point fait en CISPD restreint ; les médiateurs signalent une amélioration.'],
  MAIRIE_ORL: ['Les services techniques interviendront en début de semaine prochaine.'],
  URSSAF: ['Contrôle programmé ; merci de ne pas communiquer la date.'],
  PARQUET: ['Le parquet est favorable à un traitement en temps réel des procédures.'],
  CABINET: ['Dossier suivi en état-major ; le préfet souhaite un point d’étape.'],
};

export const ON_HOLD_REASONS = [
  'Dans l’attente des résultats de l’enquête judiciaire',
  'En attente du jugement du tribunal',
  'Travaux de résidentialisation programmés au printemps',
  'En attente de la décision du propriétaire',
  'Suspendu pendant la procédure d’expulsion',
  'En attente du devis de vidéoprotection',
];

export const REJECTED_REASONS = [
  'Doublon d’un dossier existant',
  'Faits non constitués après vérification',
  'Relève d’un litige privé entre voisins',
  'Signalement non confirmé sur place',
];

export const REOPEN_REASONS = [
  'Reprise des faits depuis deux semaines',
  'Nouveaux signalements après la clôture',
];

export const SENSITIVITY_REASONS = {
  raise: ['Adresses précises et éléments d’enquête', 'Éléments couverts par le secret de l’enquête', null],
  lower: ['Faits rendus publics ; plus d’élément sensible', 'Communication au public validée en CLSPD'],
  red: 'Éléments relevant du groupe de travail restreint (L132-5 CSI)',
};

// ---------------------------------------------------------------------------------------------
// Persons (fictional).

export const FIRST_NAMES = [
  'Kevin',
  'Sabrina',
  'Mehdi',
  'Julien',
  'Aurélie',
  'Yanis',
  'Céline',
  'Dylan',
  'Fatou',
  'Jordan',
  'Inès',
  'Mathieu',
  'Sonia',
  'Bilal',
  'Nathalie',
  'Anthony',
  'Laetitia',
  'Rayan',
  'Valérie',
  'Théo',
];

export const LAST_NAMES = [
  'Exemple',
  'Fictif',
  'Martineau',
  'Delorme',
  'Benali',
  'Courtois',
  'Perrin',
  'Diallo',
  'Lemoine',
  'Carpentier',
  'Haddad',
  'Renaud',
  'Vasseur',
  'Mercadier',
  'Tessier',
  'Baptiste',
];

export const PERSON_NOTES = [
  'Plainte déposée.',
  'Connu des services.',
  'Entendu en audition libre.',
  'Orienté vers l’association d’aide aux victimes.',
  null,
  null,
];
