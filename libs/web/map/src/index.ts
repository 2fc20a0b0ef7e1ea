// Leaflet maps shared by the features (lazy pages only): the zones of the département, and a map to
// draw an area on.
export * from './lib/area-map.component';
export * from './lib/area-geometry';
export * from './lib/zone-map.component';
export * from './lib/zone-style';
