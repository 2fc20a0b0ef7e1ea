import { mapLegend, roundPoint, statusColour } from './case-map-style';

describe('the case map', () => {
  it('colours cases by status and lists each status present once, in the given order', () => {
    const legend = mapLegend(
      [{ status: 'RESOLVED' }, { status: 'NEW' }, { status: 'NEW' }],
      ['NEW', 'RESOLVED'],
      (s) => s.toLowerCase(),
    );
    expect(legend).toEqual([
      { status: 'NEW', label: 'new', colour: statusColour('NEW') },
      { status: 'RESOLVED', label: 'resolved', colour: statusColour('RESOLVED') },
    ]);
  });

  it('rounds a clicked point to about a metre', () => {
    expect(roundPoint(47.902964123, 1.909251987)).toEqual({ latitude: 47.90296, longitude: 1.90925 });
  });
});
