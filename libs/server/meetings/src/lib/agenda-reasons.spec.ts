import { overdueReason } from './agenda-reasons';

describe('why a case is proposed for its overdue actions', () => {
  it('says late only of what is late today, and « échue avant la séance » of what falls due before it', () => {
    expect(overdueReason(1, 0, '01/12/2026')).toBe(
      '1 action en retard (la plus ancienne attendue le 01/12/2026)',
    );
    expect(overdueReason(0, 1, '11/12/2026')).toBe(
      '1 action échue avant la séance (la plus ancienne attendue le 11/12/2026)',
    );
    expect(overdueReason(2, 3, '01/12/2026')).toBe(
      '2 actions en retard, 3 actions échues avant la séance (la plus ancienne attendue le 01/12/2026)',
    );
  });
});
