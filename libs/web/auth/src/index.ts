// Signing in: the login page (local accounts). Lazy-loaded under /connexion.
export * from './lib/auth.routes';
