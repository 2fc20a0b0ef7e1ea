// The territory: the département's communes (population, EPCI) and the zones on a map.
export * from './lib/territory.routes';
