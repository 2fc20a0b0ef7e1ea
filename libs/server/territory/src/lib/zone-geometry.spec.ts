import { validZoneGeometry } from './territory.service';

describe('Zone geometry on the server', () => {
  it('refuses a malformed geometry with the field named', () => {
    const open = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
        ],
      ],
    };
    expect(() => validZoneGeometry(open, 'input.geometry')).toThrow(/n’est pas fermé/);
    try {
      validZoneGeometry(open, 'input.geometry');
    } catch (error) {
      expect((error as { extensions: Record<string, unknown> }).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.geometry',
      });
    }
  });

  it('checks a ring of 5,000 positions drawn over each other at once (turf’s kinks took two minutes)', () => {
    const ring = Array.from(
      { length: 5000 },
      (_, i) =>
        [
          [2, 48],
          [1, 48],
          [1, 47],
        ][i % 3],
    );
    const started = Date.now();
    validZoneGeometry({ type: 'Polygon', coordinates: [[...ring, [2, 48]]] }, 'input.area');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
