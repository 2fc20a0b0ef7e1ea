// The public notices (issue #17): personal data and accessibility. Lazy-loaded, no account needed.
export * from './lib/legal.routes';
