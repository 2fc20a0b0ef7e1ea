// Coordination bodies and their meetings: the bodies, one body with its working groups, cases and
// meetings, and one meeting from its agenda to its approved minutes. Lazy-loaded under /instances
// and /seances.
export * from './lib/coordination.routes';
