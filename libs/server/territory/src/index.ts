export * from './lib/departement.entity';
export * from './lib/epci.entity';
export * from './lib/commune.entity';
export * from './lib/zone.entity';
export * from './lib/territory.models';
export * from './lib/territory.service';
export * from './lib/territory-loader';
export * from './lib/territory.module';
