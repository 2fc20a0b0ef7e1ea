import { areaPolygon, cornerCount, polygonFromCorners } from './area-geometry';

describe('the drawn area', () => {
  it('turns the corners placed on the map into a closed GeoJSON polygon, longitude first', () => {
    const area = polygonFromCorners([
      { lat: 47.9012345678, lng: 1.9012345678 },
      { lat: 47.91, lng: 1.95 },
      { lat: 47.88, lng: 1.96 },
    ]);
    expect(area).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [1.901235, 47.901235],
          [1.95, 47.91],
          [1.96, 47.88],
          [1.901235, 47.901235],
        ],
      ],
    });
    expect(cornerCount(area)).toBe(3);
  });

  it('needs three distinct corners', () => {
    expect(
      polygonFromCorners([
        { lat: 47.9, lng: 1.9 },
        { lat: 47.9, lng: 1.9 },
        { lat: 47.8, lng: 1.9 },
      ]),
    ).toBeNull();
  });

  it('reads the area the API returns, as a geometry or a feature, and ignores anything else', () => {
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [1.9, 47.9],
          [1.95, 47.9],
          [1.95, 47.95],
          [1.9, 47.9],
        ],
      ],
    };
    expect(areaPolygon(polygon)).toBe(polygon);
    expect(areaPolygon({ type: 'Feature', geometry: polygon, properties: {} })).toBe(polygon);
    expect(areaPolygon({ type: 'Point', coordinates: [1.9, 47.9] })).toBeNull();
    expect(areaPolygon({ type: 'Polygon', coordinates: [[['a', 47.9]]] })).toBeNull();
    expect(areaPolygon(null)).toBeNull();
    expect(cornerCount(null)).toBe(0);
  });
});
