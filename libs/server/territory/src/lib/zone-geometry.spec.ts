import { validZoneGeometry } from './territory.service';

describe('Zone geometry on the server', () => {
  it('refuses a self-intersecting polygon with the field named', () => {
    const bowTie = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(() => validZoneGeometry(bowTie, 'input.geometry')).toThrow(/se recoupe/);
    try {
      validZoneGeometry(bowTie, 'input.geometry');
    } catch (error) {
      expect((error as { extensions: Record<string, unknown> }).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.geometry',
      });
    }
  });
});
