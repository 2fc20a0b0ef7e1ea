import { IndicatorDirection, ObjectiveProgress } from '@continuum/domain/plan';
import { objectiveProgress } from './objective-progress';

const burglaries = {
  direction: IndicatorDirection.DECREASE,
  baselineValue: 1000,
  baselineDate: '2026-01-01',
  targetValue: 900,
  deadline: '2027-01-01',
};

describe('Where an objective stands against its trajectory', () => {
  it('says there is no data yet when the indicator has no value', () => {
    expect(objectiveProgress({ ...burglaries, current: null })).toEqual({
      status: ObjectiveProgress.NO_DATA,
      share: null,
      expectedValue: null,
    });
  });

  it('is on track half-way through the year when the value has come down by half the gap or more', () => {
    const result = objectiveProgress({ ...burglaries, current: { value: 948, on: '2026-07-02' } });
    expect(result.status).toBe(ObjectiveProgress.ON_TRACK);
    expect(result.expectedValue).toBeCloseTo(950, 0);
    expect(result.share).toBeCloseTo(0.52, 2);
  });

  it('is off track when the value lags behind the straight line', () => {
    const result = objectiveProgress({ ...burglaries, current: { value: 990, on: '2026-07-02' } });
    expect(result.status).toBe(ObjectiveProgress.OFF_TRACK);
    expect(result.share).toBeCloseTo(0.1, 2);
  });

  it('counts a value gone the wrong way as no progress at all', () => {
    const result = objectiveProgress({ ...burglaries, current: { value: 1100, on: '2026-03-01' } });
    expect(result).toMatchObject({ status: ObjectiveProgress.OFF_TRACK, share: 0 });
  });

  it('is reached as soon as the value meets the target, before the deadline too', () => {
    expect(objectiveProgress({ ...burglaries, current: { value: 899, on: '2026-05-01' } })).toMatchObject({
      status: ObjectiveProgress.REACHED,
      share: 1,
    });
  });

  it('reads an increasing objective the other way round (presence hours)', () => {
    const presence = {
      direction: IndicatorDirection.INCREASE,
      baselineValue: 20_000,
      baselineDate: '2026-01-01',
      targetValue: 30_000,
      deadline: '2026-12-31',
    };
    expect(objectiveProgress({ ...presence, current: { value: 26_000, on: '2026-07-01' } }).status).toBe(
      ObjectiveProgress.ON_TRACK,
    );
    expect(objectiveProgress({ ...presence, current: { value: 21_000, on: '2026-07-01' } }).status).toBe(
      ObjectiveProgress.OFF_TRACK,
    );
  });

  it('expects the target itself once the deadline is past', () => {
    const late = objectiveProgress({ ...burglaries, current: { value: 950, on: '2027-03-01' } });
    expect(late).toMatchObject({ status: ObjectiveProgress.OFF_TRACK, expectedValue: 900 });
  });
});
