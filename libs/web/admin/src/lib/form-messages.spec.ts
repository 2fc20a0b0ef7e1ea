import { blankToOmitted } from './form-messages';

describe('admin form values', () => {
  it('leaves blank values out of an update', () => {
    expect(blankToOmitted(' ')).toBeUndefined();
    expect(blankToOmitted('02 38 00 00 00')).toBe('02 38 00 00 00');
  });
});
