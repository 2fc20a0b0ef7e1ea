import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  checkWebhookUrl,
  guardedLookup,
  ipv6Bytes,
  isForbiddenAddress,
  type ResolveAll,
} from './webhook-address';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const resolvesTo =
  (...addresses: string[]): ResolveAll =>
  async () =>
    addresses;
const unresolvable: ResolveAll = async () => {
  throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
};

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    const extensions = (error as { extensions?: { code?: string; field?: string } }).extensions;
    return { code: extensions?.code, field: extensions?.field, message: (error as Error).message };
  }
  throw new Error('accepted');
};

describe('Addresses a webhook may not reach', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.8.8.8', 'loopback'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['100.127.255.254', 'shared (CGNAT)'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['198.18.0.1', 'benchmarking'],
    ['::', 'IPv6 unspecified'],
    ['::1', 'IPv6 loopback'],
    ['fc00::1', 'IPv6 unique local'],
    ['fd12:3456:789a::1', 'IPv6 unique local'],
    ['fe80::1', 'IPv6 link-local'],
    ['fe80::1%eth0', 'IPv6 link-local with a zone'],
    ['FE80::ABCD', 'IPv6 link-local in capitals'],
    ['ff02::1', 'IPv6 multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local, in hex'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['64:ff9b::7f00:1', 'NAT64 to loopback'],
    ['64:ff9b::192.168.0.1', 'NAT64 to private'],
    ['2002:c0a8:0101::1', '6to4 to private'],
    ['[::1]', 'bracketed'],
    ['not-an-address', 'not an address at all'],
  ])('refuses %s (%s)', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each([
    ['8.8.8.8'],
    ['193.51.24.1'],
    ['172.32.0.1'],
    ['100.128.0.1'],
    ['2001:4860:4860::8888'],
    ['2a01:e0a:1::1'],
    ['::ffff:8.8.8.8'],
    ['64:ff9b::808:808'],
    ['2002:0808:0808::1'],
  ])('lets %s through (public)', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });

  it('reads IPv6 addresses byte by byte, compressed or with a dotted quad', () => {
    expect(ipv6Bytes('::1')).toEqual([...Array(15).fill(0), 1]);
    expect(ipv6Bytes('::ffff:1.2.3.4')?.slice(10)).toEqual([0xff, 0xff, 1, 2, 3, 4]);
    expect(ipv6Bytes('2001:db8::8:800:200c:417a')).toEqual([
      0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0x08, 0x08, 0, 0x20, 0x0c, 0x41, 0x7a,
    ]);
    expect(ipv6Bytes('1.2.3.4')).toBeNull();
  });
});

describe('A webhook URL as a manager types it', () => {
  it('must be https in production, may be http in development and tests', async () => {
    expect(
      await refusal(checkWebhookUrl('http://partenaire.fr/hook', 'production', resolvesTo('8.8.8.8'))),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'url',
      message: expect.stringMatching(/https:\/\//),
    });
    await expect(checkWebhookUrl('http://127.0.0.1:8080/hook', 'test')).resolves.toBe(
      'http://127.0.0.1:8080/hook',
    );
    await expect(checkWebhookUrl('http://localhost:8080/hook', 'development')).resolves.toBe(
      'http://localhost:8080/hook',
    );
    await expect(
      checkWebhookUrl(' https://partenaire.fr/hook#ancre ', 'production', resolvesTo('8.8.8.8')),
    ).resolves.toBe('https://partenaire.fr/hook');
  });

  it('is refused when it is no URL, another scheme, or carries credentials', async () => {
    for (const url of [
      'partenaire.fr/hook',
      'ftp://partenaire.fr/hook',
      'javascript:alert(1)',
      'https://a:b@partenaire.fr/',
    ])
      expect(await refusal(checkWebhookUrl(url, 'test'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'url',
      });
  });

  it('is refused in production when its host is, or resolves to, a forbidden address', async () => {
    for (const url of [
      'https://127.0.0.1/hook',
      'https://[::1]/hook',
      'https://169.254.169.254/latest/meta-data',
    ])
      expect(await refusal(checkWebhookUrl(url, 'production', resolvesTo('8.8.8.8')))).toMatchObject({
        field: 'url',
        message: expect.stringMatching(/Adresse refusée/),
      });
    expect(
      await refusal(
        checkWebhookUrl('https://intranet.partenaire.fr/', 'production', resolvesTo('8.8.8.8', '10.0.0.5')),
      ),
    ).toMatchObject({ field: 'url', message: expect.stringContaining('10.0.0.5') });
    expect(
      await refusal(checkWebhookUrl('https://inconnu.invalid/', 'production', unresolvable)),
    ).toMatchObject({
      field: 'url',
      message: expect.stringMatching(/ne se résout pas/),
    });
    await expect(
      checkWebhookUrl(
        'https://partenaire.fr/hook',
        'production',
        resolvesTo('8.8.8.8', '2001:4860:4860::8888'),
      ),
    ).resolves.toBe('https://partenaire.fr/hook');
    await expect(checkWebhookUrl('https://8.8.8.8/hook', 'production', unresolvable)).resolves.toBe(
      'https://8.8.8.8/hook',
    );
  });
});

describe('The connection-time check (DNS rebinding)', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (lookup?: typeof guardedLookup) =>
    new Promise<number>((resolve, reject) => {
      const req = request({ host: 'localhost', port, path: '/', lookup, agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });

  it('refuses to connect to a name that resolves to a loopback address, whatever it resolved to before', async () => {
    await expect(get()).resolves.toBe(200);
    await expect(get(guardedLookup)).rejects.toMatchObject({ code: 'EADDRREFUSED' });
  });
});

describe('The signature a partner checks', () => {
  const secret = 'a'.repeat(64);
  const body = '{"id":"1"}';

  it('is the HMAC-SHA256 of "<timestamp>.<body>", and nothing else verifies', () => {
    const now = 1_800_000_000_000;
    const signature = signWebhook(secret, now / 1000, body);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, signature, String(now / 1000), body, { now })).toBe(true);
    expect(verifyWebhookSignature(secret, signature, String(now / 1000), '{"id":"2"}', { now })).toBe(false);
    expect(verifyWebhookSignature('b'.repeat(64), signature, String(now / 1000), body, { now })).toBe(false);
    expect(verifyWebhookSignature(secret, signature, String(now / 1000 + 1), body, { now })).toBe(false);
    // A replay ten minutes later is refused.
    expect(verifyWebhookSignature(secret, signature, String(now / 1000), body, { now: now + 600_000 })).toBe(
      false,
    );
  });
});
