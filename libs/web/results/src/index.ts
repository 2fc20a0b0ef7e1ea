// Results for mayors (issue #15): a commune's figures against the département. Lazy-loaded under /resultats.
export * from './lib/results.routes';
