import { badInput } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { lookup as dnsLookupAll } from 'node:dns/promises';
import { BlockList, isIP, isIPv4 } from 'node:net';

/**
 * Where a webhook may point. Continuum calls the URL a partner typed from inside the State's
 * network: in production it must not reach a private, loopback, link-local, shared (CGNAT),
 * multicast, reserved or unspecified address (SSRF). The rule is checked when the URL is saved and
 * again at each connection, on the very addresses the socket is given (so that a name re-pointed
 * after registration — DNS rebinding — is refused too).
 */
const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // « this network », the unspecified address among them
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (CGNAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const)
  FORBIDDEN.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback, and the deprecated IPv4-compatible addresses
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (private)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const)
  FORBIDDEN.addSubnet(network, prefix, 'ipv6');

/**
 * Whether Continuum must refuse to connect to this address. IPv4 addresses carried in IPv6 ones
 * (mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged as the IPv4 address
 * they lead to. Anything that is not an IP address is refused.
 */
export function isForbiddenAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(bare)) return FORBIDDEN.check(bare, 'ipv4');
  const bytes = ipv6Bytes(bare);
  if (!bytes) return true;
  if (FORBIDDEN.check(bare, 'ipv6')) return true;
  const words = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  const embedded = (at: number) => bytes.slice(at, at + 4).join('.');
  // ::ffff:a.b.c.d — BlockList already judges it as its IPv4 address; kept explicit here.
  if (words(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return FORBIDDEN.check(embedded(12), 'ipv4');
  // 64:ff9b::a.b.c.d — a NAT64 gateway would carry the connection to that IPv4 address.
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && words(4, 12))
    return FORBIDDEN.check(embedded(12), 'ipv4');
  // 2002:aabb:ccdd::/48 — 6to4 carries it to a.b.c.d.
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return FORBIDDEN.check(embedded(2), 'ipv4');
  return false;
}

/** The 16 bytes of an IPv6 address (with `::` and a trailing dotted quad), or null. */
export function ipv6Bytes(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.toLowerCase();
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number);
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  if (groups.length !== 8) return null;
  return groups.flatMap((group) => {
    const value = parseInt(group, 16);
    return [value >> 8, value & 0xff];
  });
}

/** Resolves every address of a host name (injected by the tests). */
export type ResolveAll = (host: string) => Promise<string[]>;

const resolveAll: ResolveAll = async (host) =>
  (await dnsLookupAll(host, { all: true, verbatim: true })).map((entry) => entry.address);

const FIELD = 'url';

/**
 * Checks a webhook URL as a manager typed it and returns it normalised. `https:` only, except in
 * development and tests, which call local receivers; no credentials in it (the signature
 * authenticates); in production, no host that is or resolves to a forbidden address.
 */
export async function checkWebhookUrl(
  raw: string,
  env: AppConfig['env'],
  resolve: ResolveAll = resolveAll,
): Promise<string> {
  const text = raw.trim();
  if (text.length > 2000) throw badInput(FIELD, 'L’adresse du webhook dépasse 2 000 caractères.');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(
      FIELD,
      'Adresse de webhook invalide : saisissez une URL complète, par exemple https://exemple.fr/continuum.',
    );
  }
  const local = env === 'development' || env === 'test';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:'))
    throw badInput(
      FIELD,
      'L’adresse du webhook doit commencer par https:// : les alertes ne circulent que chiffrées.',
    );
  if (url.username || url.password)
    throw badInput(
      FIELD,
      'Retirez l’identifiant et le mot de passe de l’adresse : la signature authentifie les envois.',
    );
  url.hash = '';
  if (env === 'production') await assertPublicHost(url.hostname, resolve);
  return url.toString();
}

/** Refuses a host that is, or resolves to, an address Continuum must not call. */
export async function assertPublicHost(hostname: string, resolve: ResolveAll = resolveAll): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (isForbiddenAddress(host))
      throw badInput(FIELD, `Adresse refusée : ${host} est une adresse privée, locale ou réservée.`);
    return;
  }
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    addresses = [];
  }
  if (addresses.length === 0)
    throw badInput(FIELD, `Le nom « ${host} » ne se résout pas : vérifiez l’adresse du webhook.`);
  const refused = addresses.find((address) => isForbiddenAddress(address));
  if (refused)
    throw badInput(
      FIELD,
      `Adresse refusée : « ${host} » désigne ${refused}, une adresse privée, locale ou réservée.`,
    );
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for `http.request` that resolves the name and refuses the connection when any of its
 * addresses is forbidden: the check and the connection use the same answer, so a DNS record
 * changed in between cannot slip a private address in.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const refused = addresses.find((entry) => isForbiddenAddress(entry.address));
    if (refused || addresses.length === 0) {
      const reason = refused
        ? `Adresse refusée : ${hostname} désigne ${refused.address}, une adresse privée, locale ou réservée.`
        : `${hostname} ne se résout pas.`;
      return callback(Object.assign(new Error(reason), { code: 'EADDRREFUSED' }), '');
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}
