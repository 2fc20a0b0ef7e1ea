import { geometryProblems } from './geojson';

const square = [
  [1.9, 47.9],
  [1.91, 47.9],
  [1.91, 47.91],
  [1.9, 47.91],
  [1.9, 47.9],
];

describe('Zone geometries', () => {
  it('accepts points, lines and closed polygons', () => {
    expect(geometryProblems({ type: 'Point', coordinates: [1.9, 47.9] })).toEqual([]);
    expect(
      geometryProblems({
        type: 'LineString',
        coordinates: [
          [1.9, 47.9],
          [1.91, 47.92],
        ],
      }),
    ).toEqual([]);
    expect(geometryProblems({ type: 'Polygon', coordinates: [square] })).toEqual([]);
    expect(geometryProblems({ type: 'MultiPolygon', coordinates: [[square]] })).toEqual([]);
  });

  it('refuses an open ring, saying so in French', () => {
    expect(geometryProblems({ type: 'Polygon', coordinates: [square.slice(0, 4)] })[0]).toMatch(
      /n’est pas fermé/,
    );
  });

  it('refuses a ring with too few positions or distinct vertices', () => {
    expect(
      geometryProblems({
        type: 'Polygon',
        coordinates: [
          [
            [1, 1],
            [2, 2],
            [1, 1],
          ],
        ],
      })[0],
    ).toMatch(/quatre positions/);
    expect(
      geometryProblems({
        type: 'Polygon',
        coordinates: [
          [
            [1, 1],
            [2, 2],
            [2, 2],
            [1, 1],
          ],
        ],
      })[0],
    ).toMatch(/trois sommets/);
  });

  it('refuses coordinates out of bounds or not numbers', () => {
    expect(geometryProblems({ type: 'Point', coordinates: [200, 47] })[0]).toMatch(/hors des bornes/);
    expect(geometryProblems({ type: 'Point', coordinates: ['1.9', 47] })[0]).toMatch(/nombres/);
  });

  it('refuses an altitude, which the plane geometries of the platform cannot keep, saying so in French', () => {
    expect(geometryProblems({ type: 'Point', coordinates: [1.9, 47.9, 110] })).toEqual([
      'Les coordonnées du point doivent être [longitude, latitude], sans altitude.',
    ]);
    expect(geometryProblems({ type: 'Point', coordinates: [1.9, 47.9, '110'] })[0]).toMatch(/sans altitude/);
  });

  it('refuses other types and non-objects', () => {
    expect(geometryProblems({ type: 'GeometryCollection', geometries: [] })[0]).toMatch(/non accepté/);
    expect(geometryProblems('POLYGON((1 1, 2 2))')[0]).toMatch(/objet GeoJSON/);
    expect(geometryProblems(null)[0]).toMatch(/objet GeoJSON/);
  });
});
