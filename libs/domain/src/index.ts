export * from './lib/organization-type';
export * from './lib/role';
export * from './lib/zone-kind';
export * from './lib/policy/actor';
export * from './lib/policy/ability';
export * from './lib/validation/geojson';
