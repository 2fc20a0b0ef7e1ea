// The territorial diagnostic, for the prefect's cabinet: the files of recorded incidents and SSMSI
// statistics sent, and the import of one (mapping, progress, rejected lines, decision).
export * from './lib/diagnostic.routes';
