import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { type SmtpCatcher, startDemoMailbox } from './smtp-catcher';

describe('the demonstration mailbox', () => {
  let dir: string;
  let mailbox: SmtpCatcher;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'continuum-mailbox-'));
    mailbox = await startDemoMailbox(dir, { port: 0 });
  });

  afterEach(async () => {
    await mailbox.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a message to several recipients once for each, marked Delivered-To', async () => {
    const transport = createTransport({
      host: '127.0.0.1',
      port: mailbox.port,
      secure: false,
      ignoreTLS: true,
    });
    await transport.sendMail({
      from: 'ne-pas-repondre@continuum.test',
      headers: { To: 'Destinataires de l’alerte:;' },
      envelope: { from: 'ne-pas-repondre@continuum.test', to: ['nadia@bailleur.test', 'paul@pm.test'] },
      subject: 'Alerte : rodéos',
      text: 'Rodéos signalés quai du Châtelet.',
    });
    transport.close();

    let files: string[] = [];
    for (let i = 0; i < 50 && files.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      files = (await readdir(dir)).sort();
    }
    expect(files).toHaveLength(2);
    const contents = await Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
    expect(contents.map((content) => content.split('\r\n')[0]).sort()).toEqual([
      'Delivered-To: nadia@bailleur.test',
      'Delivered-To: paul@pm.test',
    ]);
    // The same message under each line: the recipients are in neither copy's headers.
    expect(contents[0].split('\r\n').slice(1)).toEqual(contents[1].split('\r\n').slice(1));
    for (const content of contents) expect(content).not.toMatch(/nadia@bailleur\.test[\s\S]*paul@pm\.test/);
    expect(files.some((file) => file.includes('nadia@bailleur.test-Alerte-rodeos'))).toBe(true);
  });
});
