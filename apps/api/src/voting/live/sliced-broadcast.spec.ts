import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { emitInSlices } from './sliced-broadcast';

describe('emitInSlices: a room’s message, a slice of sockets at a time', () => {
  let http: HttpServer;
  let server: Server;
  let url: string;
  const clients: Socket[] = [];

  beforeAll(async () => {
    http = createServer();
    server = new Server(http);
    server.of('/live').on('connection', (socket) => void socket.join('ballot:a'));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/live`;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await new Promise<void>((resolve) => void server.close(() => resolve()));
  });

  async function connectClients(count: number): Promise<Socket[]> {
    const opened = await Promise.all(
      Array.from(
        { length: count },
        () =>
          new Promise<Socket>((resolve, reject) => {
            const client = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
            client.once('connect', () => resolve(client));
            client.once('connect_error', reject);
          }),
      ),
    );
    clients.push(...opened);
    return opened;
  }

  it('reaches every socket of a large room exactly once, in order, and lets the event loop turn while it sends', async () => {
    const room = await connectClients(300);
    const outsider = (await connectClients(1))[0];
    const namespace = server.of('/live');
    // Wait until the server has put all 301 in the room.
    while ((namespace.adapter.rooms.get('ballot:a')?.size ?? 0) < 301) await new Promise((resolve) => setTimeout(resolve, 10));
    namespace.in(outsider.id!).socketsLeave('ballot:a');

    const received = new Map<string, number[]>();
    for (const client of [...room, outsider])
      client.on('tally', (tally: { n: number }) => received.set(client.id!, [...(received.get(client.id!) ?? []), tally.n]));

    let turnedDuringSend = false;
    setImmediate(() => (turnedDuringSend = true));
    const sending = emitInSlices(namespace, 'ballot:a', 'tally', { n: 1 });
    expect(turnedDuringSend).toBe(false);
    // How many sockets it wrote to, for the refresher to space the next one.
    expect(await sending).toBe(300);
    expect(turnedDuringSend).toBe(true);
    await emitInSlices(namespace, 'ballot:a', 'tally', { n: 2 });

    const deadline = Date.now() + 5_000;
    while ([...room].some((c) => (received.get(c.id!) ?? []).length < 2) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    for (const client of room) expect(received.get(client.id!)).toEqual([1, 2]);
    expect(received.get(outsider.id!)).toBeUndefined();
  });

  it('sends nothing for an empty or unknown room', async () => {
    await expect(emitInSlices(server.of('/live'), 'ballot:nobody', 'tally', { n: 3 })).resolves.toBe(0);
  });
});
