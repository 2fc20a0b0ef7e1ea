import { checkFormToken, signFormToken } from './form-token';

const SECRET = 'a'.repeat(64);
const TIMING = { minFillMs: 3000, maxAgeMs: 2 * 3600_000 };
const NOW = Date.UTC(2026, 11, 7, 9, 0, 0);

describe('the public form token', () => {
  it('is accepted a few seconds after it was handed out, with its nonce', () => {
    const token = signFormToken(SECRET, NOW - 10_000, 'nonce-1');
    expect(checkFormToken(SECRET, token, NOW, TIMING)).toEqual({
      ok: true,
      nonce: 'nonce-1',
      issuedAt: NOW - 10_000,
    });
  });

  it('refuses a submission sent sooner than a person could have filled the form', () => {
    expect(checkFormToken(SECRET, signFormToken(SECRET, NOW - 1000), NOW, TIMING)).toEqual({
      ok: false,
      reason: 'too-fast',
    });
  });

  it('refuses a token older than its lifetime', () => {
    expect(checkFormToken(SECRET, signFormToken(SECRET, NOW - 3 * 3600_000), NOW, TIMING)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses a token signed with another key, a changed date, or garbage', () => {
    expect(checkFormToken(SECRET, signFormToken('b'.repeat(64), NOW - 10_000), NOW, TIMING).ok).toBe(false);
    const token = signFormToken(SECRET, NOW - 10_000, 'n');
    const [version, , nonce, mac] = token.split('.');
    // Backdated by hand to pass the delay: the signature no longer matches.
    const backdated = [version, (NOW - 60_000).toString(36), nonce, mac].join('.');
    expect(checkFormToken(SECRET, backdated, NOW, TIMING)).toEqual({ ok: false, reason: 'forged' });
    for (const garbage of ['', 'f1', 'f1.a.b', 'x.y.z.w', 'f1.zz.n.' + 'A'.repeat(43), 'a'.repeat(500)])
      expect(checkFormToken(SECRET, garbage, NOW, TIMING)).toEqual({ ok: false, reason: 'forged' });
  });

  it('gives each form its own nonce', () => {
    const a = checkFormToken(SECRET, signFormToken(SECRET, NOW - 5000), NOW, TIMING);
    const b = checkFormToken(SECRET, signFormToken(SECRET, NOW - 5000), NOW, TIMING);
    expect(a.ok && b.ok && a.nonce !== b.nonce).toBe(true);
  });
});
