// npm run demo — from a fresh clone to the demo département served on one URL.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  buildServer,
  buildWeb,
  ensureInstalled,
  ensureServices,
  ensurePostgis,
  fail,
  ROOT,
  runNode,
  say,
  startApi,
  WEB_DIST,
} from './lib.mjs';

const port = Number(process.env.PORT ?? 3000);
// The application connects as its own role (no superuser, owns nothing); the set-up as the
// administrator, who creates the roles and migrates as the owner (tools/db/roles.ts). A
// DATABASE_URL given alone is used for everything, as it is.
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://continuum_app@127.0.0.1:5432/continuum';
const dbEnv = {
  DATABASE_URL: databaseUrl,
  ...((process.env.DATABASE_ADMIN_URL || !process.env.DATABASE_URL) && {
    DATABASE_ADMIN_URL: process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/continuum',
  }),
};

await ensureInstalled();
await ensureServices();
await ensurePostgis();
await Promise.all([buildServer(), process.env.SKIP_WEB_BUILD ? Promise.resolve() : buildWeb()]);
say('Base de données : création si besoin, migrations, données de démonstration…');
await runNode('dist/server/tools/db/db-cli.js', ['migrate'], dbEnv);
await runNode('dist/server/tools/db/db-cli.js', ['seed'], dbEnv);

// The demo's mail (convocations, alerts) goes to a local mailbox: one .eml file per message.
const require = createRequire(import.meta.url);
require(join(ROOT, 'tools/scripts/dist-paths.cjs'));
const { startDemoMailbox } = require(join(ROOT, 'dist/server/libs/server/mail/src/testing.js'));
const mailDir = join(ROOT, 'var', 'mail');
const mailbox = await startDemoMailbox(mailDir, { port: Number(process.env.DEMO_SMTP_PORT ?? 1025) }).catch(
  () => startDemoMailbox(mailDir, { port: 0 }),
);

const { child } = await startApi(
  {
    PORT: String(port),
    SMTP_URL: `smtp://127.0.0.1:${mailbox.port}`,
    DATABASE_URL: databaseUrl,
    CONTINUUM_WEB_DIST: WEB_DIST,
    CONTINUUM_DEMO: 'true',
    LOG_LEVEL: 'warn',
  },
  { quiet: true },
).catch((error) => fail(error.message));

const url = `http://localhost:${port}/`;
const personas = [
  ['admin@continuum.demo', 'Alex Admin', 'Préfecture du Loiret — SIDSIC', 'administrateur'],
  [
    'jeanne.riviere@prefecture.demo',
    'Jeanne Rivière',
    'Préfecture du Loiret — SIDSIC',
    'administratrice (seconde approbation)',
  ],
  ['claire.martin@prefecture.demo', 'Claire Martin', 'Préfecture du Loiret — cabinet', 'coordination'],
  ['sophie.bernard@orleans.demo', 'Sophie Bernard', 'Mairie d’Orléans', 'secrétaire du CLSPD'],
  ['serge.aubert@orleans.demo', 'Serge Aubert', 'Mairie d’Orléans', 'maire (diagnostic de sa commune)'],
  ['marc.petit@orleans.demo', 'Marc Petit', 'Mairie d’Orléans', 'agent'],
  ['paul.durand@pm-orleans.demo', 'Paul Durand', 'Police municipale d’Orléans', 'responsable'],
  ['laurent.moreau@police.demo', 'Laurent Moreau', 'DDPN du Loiret', 'responsable'],
  ['julie.lefebvre@gendarmerie.demo', 'Julie Lefebvre', 'Groupement de gendarmerie du Loiret', 'agent'],
  ['antoine.roux@justice.demo', 'Antoine Roux', 'Parquet d’Orléans', 'agent'],
  ['gaelle.lambert@montargis.demo', 'Gaëlle Lambert', 'Mairie de Montargis', 'secrétaire du CISPD'],
  ['claude.vidal@gien.demo', 'Claude Vidal', 'Mairie de Gien', 'maire'],
  ['bruno.garnier@gien.demo', 'Bruno Garnier', 'Mairie de Gien', 'agent'],
  ['nadia.fournier@bailleur.demo', 'Nadia Fournier', 'Val de Loire Habitat Démo', 'agent'],
  ['thomas.girard@transport.demo', 'Thomas Girard', 'Transports de l’Orléanais Démo', 'agent'],
  ['hugo.dupont@securite.demo', 'Hugo Dupont', 'Centre Sécurité Privée Démo', 'agent'],
  ['emma.bonnet@urssaf.demo', 'Emma Bonnet', 'URSSAF Centre-Val de Loire', 'agent'],
  ['romain.fontaine@ars.demo', 'Romain Fontaine', 'ARS Centre-Val de Loire', 'agent'],
  ['ines.caron@douane.demo', 'Inès Caron', 'Direction régionale des douanes', 'agent'],
  ['luc.mercier@dgfip.demo', 'Luc Mercier', 'DDFiP du Loiret', 'agent'],
];
const width = (i) => Math.max(...personas.map((p) => p[i].length));
process.stdout.write(`\nContinuum — démonstration (Loiret, données fictives) : ${url}\n`);
process.stdout.write('Mot de passe de tous les comptes : continuum-demo\n\n');
for (const p of personas) {
  process.stdout.write(
    `  ${p[0].padEnd(width(0))}  ${p[1].padEnd(width(1))}  ${p[2].padEnd(width(2))}  ${p[3]}\n`,
  );
}
process.stdout.write(
  `\nCourriels envoyés (convocations, alertes, invitations, mots de passe oubliés) : ${mailDir} (un fichier .eml par destinataire)\n`,
);
process.stdout.write('\nCtrl+C pour arrêter.\n');

const stop = () => {
  child.kill('SIGTERM');
  mailbox.stop().catch(() => undefined);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
