// Administration: accounts and organisations, for administrators and (own organisation) managers.
export * from './lib/admin.routes';
