// Shared presentation for the web client: the DSFR page frame (header, demo notice, footer),
// French formatting of dates and numbers, labels, and small signal helpers.
export * from './lib/debounced';
export * from './lib/demo-notice.component';
export * from './lib/footer.component';
export * from './lib/format';
export * from './lib/header.component';
export * from './lib/labels';
export * from './lib/not-found.page';
export * from './lib/pipes';
export * from './lib/problem-alert.component';
export * from './lib/title.strategy';
