// Coordinated operations and visible presence (issue #15). Lazy-loaded under /operations and /presence.
export * from './lib/operations.routes';
