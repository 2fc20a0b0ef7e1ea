import { Role } from '@continuum/domain';

/**
 * The demo's two mayors (PERSONAS.md), who come with the diagnostic: agents of their mairie, who
 * will read their commune's results and send proposals — and read no recorded incident.
 */
export const DEMO_MAYORS = [
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
];
