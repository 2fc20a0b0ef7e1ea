// Leaflet maps shared by the features (lazy pages only): the zones of the département, a map to draw
// an area on, and the text of a tooltip that stays text.
export * from './lib/area-map.component';
export * from './lib/area-geometry';
export * from './lib/commune-outlines';
export * from './lib/french-map';
export * from './lib/plain-text';
export * from './lib/zone-map.component';
export * from './lib/zone-style';
export * from './lib/hex-map.component';
export { zonesLayer } from './lib/zone-layer';
