// Shared presentation for the web client: the DSFR page frame (header with the alerts bell, demo
// notice, footer, the notice of a new alert), French formatting of dates and numbers, labels, form
// messages and state, a modal dialog, the TLP badge, and small signal helpers.
export * from './lib/alert-bell.component';
export * from './lib/alert-notice.component';
export * from './lib/alert-severity';
export * from './lib/debounced';
export * from './lib/demo-notice.component';
export * from './lib/dialog.component';
export * from './lib/footer.component';
export * from './lib/format';
export * from './lib/forms/form-messages';
export * from './lib/forms/form-state';
export * from './lib/header.component';
export * from './lib/labels';
export * from './lib/not-found.page';
export * from './lib/pipes';
export * from './lib/problem-alert.component';
export * from './lib/sensitivity-badge.component';
export * from './lib/title.strategy';
