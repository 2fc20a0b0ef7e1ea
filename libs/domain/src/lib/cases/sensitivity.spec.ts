import { Sensitivity, SENSITIVITY_LABELS, SENSITIVITY_MEANINGS, tlpCode } from './sensitivity';

describe('sensitivity words', () => {
  it('keeps the TLP code of the standard and says its meaning in French beside it', () => {
    expect(tlpCode(Sensitivity.AMBER_STRICT)).toBe('TLP:AMBER+STRICT');
    for (const level of Object.values(Sensitivity)) {
      expect(SENSITIVITY_LABELS[level].startsWith(`${tlpCode(level)} — ${SENSITIVITY_MEANINGS[level]}`)).toBe(
        true,
      );
    }
    expect(SENSITIVITY_MEANINGS[Sensitivity.AMBER]).toBe('organisations impliquées');
  });
});
