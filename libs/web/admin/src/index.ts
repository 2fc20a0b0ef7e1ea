// Administration: accounts and organisations, for administrators and (own organisation) managers;
// the deliveries that failed or wait, for administrators only.
export * from './lib/admin.routes';
