import { connect, createServer, type Server, type Socket } from 'node:net';
import { Api, type Session } from './api-harness';
import { sleep } from './fault-rig';

/*
 * Issue #11 — a Postgres blip. The API reaches the run's database through a TCP relay of this
 * suite's own, which the tests cut: every connection dropped, then new ones refused (closed as
 * soon as opened) or only the next one. A request that meets it is told, in French, that the
 * service is momentarily unavailable and may be sent again (SERVICE_UNAVAILABLE, a code the client
 * knows), never « Erreur interne »; a read is run once more by the server itself.
 */

/** Between the API and PostgreSQL: forwards bytes, or drops connections on demand. */
class Blip {
  private readonly sockets = new Set<Socket>();
  private server!: Server;
  /** While true, each new connection is closed as soon as it is opened. */
  down = false;
  /** New connections still to close at once, then forward again. */
  dropNext = 0;
  dropped = 0;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    this.server = createServer((client) => {
      if (this.down || this.dropNext > 0) {
        if (this.dropNext > 0) this.dropNext -= 1;
        this.dropped += 1;
        client.destroy();
        return;
      }
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  /** Every open connection dropped, as when PostgreSQL restarts. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await sleep(200); // the pool hears of it and discards its connections
  }

  async stop(): Promise<void> {
    await this.cut();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const UNAVAILABLE = /^Le service est momentanément indisponible\. Réessayez dans quelques instants/;

describe('A Postgres blip', () => {
  const database = new URL(
    process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/continuum_test',
  );
  const blip = new Blip({ host: database.hostname, port: Number(database.port || 5432) });
  let api: Api;
  let claire: Session;

  beforeAll(async () => {
    await blip.start();
    const url = new URL(database);
    url.hostname = '127.0.0.1';
    url.port = String(blip.port);
    api = await Api.start({ databaseUrl: url.toString() });
    claire = await api.as('claire.martin@prefecture.demo');
  });
  afterAll(async () => {
    blip.down = false;
    await api?.stop();
    await blip.stop();
  });
  afterEach(() => {
    blip.down = false;
    blip.dropNext = 0;
  });

  it('a read whose connection was lost is run once more: the user sees the answer', async () => {
    await blip.cut();
    const before = blip.dropped;
    blip.dropNext = 1;
    const read = await claire.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }');
    expect(read.errors).toBeUndefined();
    expect(read.data!.unreadNotificationCount).toEqual(expect.any(Number));
    expect(blip.dropped - before).toBe(1); // the first try did meet the blip
  });

  it('a write during the blip is answered SERVICE_UNAVAILABLE in French, then goes through once it is over', async () => {
    await blip.cut();
    blip.down = true;
    const [write, read] = await Promise.all([
      claire.gql('mutation { markAllNotificationsRead }'),
      claire.gql('{ unreadNotificationCount }'),
    ]);
    for (const result of [write, read]) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({
        message: expect.stringMatching(UNAVAILABLE),
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      expect(JSON.stringify(result)).not.toMatch(/Erreur interne|Connection terminated|ECONN/);
    }
    blip.down = false;
    const again = await claire.gql<{ markAllNotificationsRead: number }>(
      'mutation { markAllNotificationsRead }',
    );
    expect(again.errors).toBeUndefined();
  });
});
