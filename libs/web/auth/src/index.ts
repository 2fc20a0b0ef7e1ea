// Signing in and one's own account: login, second factor, password links, « Mon compte ».
// Lazy-loaded under /connexion and /mon-compte.
export * from './lib/auth.routes';
