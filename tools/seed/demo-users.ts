import { Role } from '@continuum/domain';

/** The demo's people (PERSONAS.md), all with the password `continuum-demo`. */
export interface DemoUser {
  email: string;
  fullName: string;
  title: string;
  organization: string;
  roles: Role[];
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@continuum.demo',
    fullName: 'Alex Admin',
    title: 'Administrateur de la plateforme',
    organization: 'Préfecture du Loiret — SIDSIC',
    roles: [Role.ADMIN],
  },
  // A second administrator: coordinator and admin roles are given only with another admin's approval.
  {
    email: 'jeanne.riviere@prefecture.demo',
    fullName: 'Jeanne Rivière',
    title: 'Administratrice suppléante de la plateforme',
    organization: 'Préfecture du Loiret — SIDSIC',
    roles: [Role.ADMIN],
  },
  {
    email: 'claire.martin@prefecture.demo',
    fullName: 'Claire Martin',
    title: 'Directrice de cabinet',
    organization: 'Préfecture du Loiret — cabinet',
    roles: [Role.COORDINATOR],
  },
  // The data-protection officer: the journal, retention and subject access; no case otherwise.
  {
    email: 'mathilde.leroy@prefecture.demo',
    fullName: 'Mathilde Leroy',
    title: 'Déléguée à la protection des données',
    organization: 'Préfecture du Loiret — cabinet',
    roles: [Role.DPO],
  },
  {
    email: 'sophie.bernard@orleans.demo',
    fullName: 'Sophie Bernard',
    title: 'Coordonnatrice du CLSPD',
    organization: 'Mairie d’Orléans',
    roles: [Role.AGENT],
  },
  {
    email: 'marc.petit@orleans.demo',
    fullName: 'Marc Petit',
    title: 'Adjoint au maire chargé de la sécurité',
    organization: 'Mairie d’Orléans',
    roles: [Role.AGENT],
  },
  // The mayors come with the diagnostic: they will read their commune's results, never an incident.
  {
    email: 'serge.aubert@orleans.demo',
    fullName: 'Serge Aubert',
    title: 'Maire d’Orléans',
    organization: 'Mairie d’Orléans',
    roles: [Role.AGENT],
  },
  {
    email: 'claude.vidal@gien.demo',
    fullName: 'Claude Vidal',
    title: 'Maire de Gien',
    organization: 'Mairie de Gien',
    roles: [Role.AGENT],
  },
  {
    email: 'paul.durand@pm-orleans.demo',
    fullName: 'Paul Durand',
    title: 'Chef de service',
    organization: 'Police municipale d’Orléans',
    roles: [Role.MANAGER],
  },
  {
    email: 'laurent.moreau@police.demo',
    fullName: 'Laurent Moreau',
    title: 'Commissaire',
    organization: 'DDPN du Loiret',
    roles: [Role.MANAGER],
  },
  // The référent sûreté: gives the opinion on the video-protection projects of the DDPN's territory
  // (designated in `safety_referents` by demo-videoprotection.ts, as an administrator would).
  {
    email: 'karim.benali@police.demo',
    fullName: 'Karim Benali',
    title: 'Référent sûreté',
    organization: 'DDPN du Loiret',
    roles: [Role.AGENT],
  },
  {
    email: 'julie.lefebvre@gendarmerie.demo',
    fullName: 'Julie Lefebvre',
    title: 'Commandante de compagnie',
    organization: 'Groupement de gendarmerie du Loiret',
    roles: [Role.AGENT],
  },
  {
    email: 'antoine.roux@justice.demo',
    fullName: 'Antoine Roux',
    title: 'Substitut du procureur',
    organization: 'Parquet d’Orléans',
    roles: [Role.AGENT],
  },
  {
    email: 'gaelle.lambert@montargis.demo',
    fullName: 'Gaëlle Lambert',
    title: 'Coordonnatrice du CISPD',
    organization: 'Mairie de Montargis',
    roles: [Role.AGENT],
  },
  {
    email: 'bruno.garnier@gien.demo',
    fullName: 'Bruno Garnier',
    title: 'Garde champêtre',
    organization: 'Mairie de Gien',
    roles: [Role.AGENT],
  },
  {
    email: 'nadia.fournier@bailleur.demo',
    fullName: 'Nadia Fournier',
    title: 'Responsable sûreté',
    organization: 'Val de Loire Habitat Démo',
    roles: [Role.AGENT],
  },
  {
    email: 'thomas.girard@transport.demo',
    fullName: 'Thomas Girard',
    title: 'Responsable sûreté réseau',
    organization: 'Transports de l’Orléanais Démo',
    roles: [Role.AGENT],
  },
  {
    email: 'hugo.dupont@securite.demo',
    fullName: 'Hugo Dupont',
    title: 'Chef de poste',
    organization: 'Centre Sécurité Privée Démo',
    roles: [Role.AGENT],
  },
  {
    email: 'emma.bonnet@urssaf.demo',
    fullName: 'Emma Bonnet',
    title: 'Inspectrice',
    organization: 'URSSAF Centre-Val de Loire',
    roles: [Role.AGENT],
  },
  {
    email: 'romain.fontaine@ars.demo',
    fullName: 'Romain Fontaine',
    title: 'Inspecteur',
    organization: 'ARS Centre-Val de Loire',
    roles: [Role.AGENT],
  },
  {
    email: 'ines.caron@douane.demo',
    fullName: 'Inès Caron',
    title: 'Inspectrice',
    organization: 'Direction régionale des douanes',
    roles: [Role.AGENT],
  },
  {
    email: 'luc.mercier@dgfip.demo',
    fullName: 'Luc Mercier',
    title: 'Inspecteur',
    organization: 'DDFiP du Loiret',
    roles: [Role.AGENT],
  },
];
