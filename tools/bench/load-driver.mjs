// The closed-loop driver of bench:load: each virtual user sends its next request when the last one
// answers, with no think time, for a fixed duration; the operations are the web client's own
// (parsed from libs/web/data-access/src/lib/graphql/*.graphql, with the fragments they use).
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from '../scripts/lib.mjs';

const require = createRequire(import.meta.url);
const { parse, print, visit } = require('graphql');
const { Pool } = require('undici');

/** Every operation of the web client, by name, as the client sends it (operation + its fragments). */
export async function clientOperations() {
  const folder = join(ROOT, 'libs/web/data-access/src/lib/graphql');
  const definitions = [];
  for (const file of (await readdir(folder)).filter((name) => name.endsWith('.graphql')))
    definitions.push(...parse(await readFile(join(folder, file), 'utf8')).definitions);
  const fragments = new Map(
    definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  const spreadsOf = (node, found = new Set()) => {
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (found.has(name)) return;
        found.add(name);
        spreadsOf(fragments.get(name), found);
      },
    });
    return found;
  };
  const operations = {};
  for (const op of definitions.filter((d) => d.kind === 'OperationDefinition')) {
    const used = [...spreadsOf(op)].map((name) => fragments.get(name));
    operations[op.name.value] = [op, ...used].map((d) => print(d)).join('\n');
  }
  return operations;
}

/** An HTTP client for the API: keep-alive connections, one per virtual user. */
export function apiClient(base, connections) {
  const pool = new Pool(base, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  return {
    async post(body, { cookie, ip } = {}) {
      const headers = { 'content-type': 'application/json' };
      if (cookie) headers.cookie = cookie;
      if (ip) headers['x-forwarded-for'] = ip;
      const response = await pool.request({
        path: '/graphql',
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      const text = await response.body.text();
      return { status: response.statusCode, headers: response.headers, text };
    },
    close: () => pool.close(),
  };
}

/**
 * Runs `users` closed-loop users for `seconds`. `next(user)` returns the next request of a user:
 * { name, query, variables }. Returns every latency (ms), by operation too, and the errors (an HTTP
 * status other than 200, or a GraphQL error), with the first few messages.
 */
export async function closedLoop({ client, users, seconds, next }) {
  const latencies = [];
  const byOperation = new Map();
  const errors = { count: 0, samples: [] };
  const stopAt = performance.now() + seconds * 1000;
  const started = performance.now();
  const loop = async (user) => {
    while (performance.now() < stopAt) {
      const { name, query, variables } = next(user);
      const t = performance.now();
      let failure = null;
      try {
        const response = await client.post({ query, variables }, user);
        if (response.status !== 200) failure = `HTTP ${response.status} ${response.text.slice(0, 200)}`;
        else {
          const body = JSON.parse(response.text);
          if (body.errors) failure = `${body.errors[0].extensions?.code} ${body.errors[0].message}`;
        }
      } catch (error) {
        failure = String(error?.message ?? error);
      }
      const ms = performance.now() - t;
      latencies.push(ms);
      if (!byOperation.has(name)) byOperation.set(name, []);
      byOperation.get(name).push(ms);
      if (failure) {
        errors.count += 1;
        if (errors.samples.length < 5) errors.samples.push(`${name} : ${failure}`);
      }
    }
  };
  await Promise.all(users.map(loop));
  const elapsed = (performance.now() - started) / 1000;
  return { latencies, byOperation, errors, elapsed, rate: latencies.length / elapsed };
}

export function percentiles(values) {
  if (values.length === 0) return { p50: 0, p95: 0, p99: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Samples the resident memory of a process every `everyMs`; `stop()` returns the samples in kB. */
export function sampleRss(pid, everyMs = 1000) {
  const samples = [];
  const read = async () => {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      samples.push({ at: performance.now(), kb: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) });
    } catch {
      // the process is gone
    }
  };
  void read();
  const timer = setInterval(read, everyMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** A weighted choice among `[weight, value]` pairs, with a deterministic generator. */
export function weighted(pairs, random) {
  const total = pairs.reduce((sum, [weight]) => sum + weight, 0);
  return () => {
    let roll = random() * total;
    for (const [weight, value] of pairs) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return pairs.at(-1)[1];
  };
}

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One request at a time through fetch, for the benchmarks that time single operations: a persona's
 * session cookie, a GraphQL operation (its errors thrown), a file checked by its first bytes.
 */
export function fetchApi(base) {
  return {
    async login(email) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($e:String!,$p:String!){ login(email:$e, password:$p) { id } }',
          variables: { e: email, p: 'continuum-demo' },
        }),
      });
      const cookie = response.headers.get('set-cookie');
      if (!cookie) throw new Error(`connexion impossible pour ${email}`);
      return cookie.split(';')[0];
    },
    async graphql(cookie, query, variables) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors || !response.ok)
        throw new Error(`HTTP ${response.status} : ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async download(cookie, path, magic) {
      const response = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
      const bytes = Buffer.from(await response.arrayBuffer());
      if (response.status !== 200)
        throw new Error(`${path} : HTTP ${response.status} ${bytes.toString('utf8', 0, 300)}`);
      if (bytes.toString('latin1', 0, magic.length) !== magic)
        throw new Error(`${path} : le contenu ne commence pas par « ${magic} »`);
      return bytes;
    },
  };
}
