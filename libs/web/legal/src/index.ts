// The public notices (issue #17): personal data and accessibility, lazy-loaded, no account needed;
// and the DPO's page (journal, subject access, retention), for the DPO alone.
export * from './lib/legal.routes';
