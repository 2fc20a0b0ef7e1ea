// The partners directory: organisations by type and commune, with their people.
export * from './lib/directory.routes';
