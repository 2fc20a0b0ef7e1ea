// The web client's access to the Continuum API: generated types and Apollo services, the session
// and its permissions, the live connection and the alerts it brings, and the helpers features use
// to turn queries and errors into signals.
export * from './generated/graphql';
export * from './lib/ability';
export * from './lib/apollo';
export * from './lib/live-alerts';
export * from './lib/live-link';
export * from './lib/live-query';
export * from './lib/problem';
export * from './lib/session';
export * from './lib/session.guards';
