import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import { Pool } from 'pg';
import type { Server, ServerOptions } from 'socket.io';

/** The table the adapter keeps messages too large for a NOTIFY in (migration LiveAttachments). */
export const SOCKET_IO_ATTACHMENTS_TABLE = 'socket_io_attachments';

/**
 * Socket.io on the api's HTTP server (same origin as /graphql), with its rooms shared by every
 * api instance through PostgreSQL LISTEN/NOTIFY: a message sent to a room on one instance
 * reaches the sockets of that room on all of them. The adapter talks to PostgreSQL on a small
 * pool of its own, so its NOTIFYs never run inside an application transaction.
 */
export class PostgresIoAdapter extends IoAdapter {
  private readonly logger = new Logger('Live');
  private readonly pool: Pool;

  constructor(app: INestApplicationContext, databaseUrl: string) {
    super(app);
    // One connection holds the LISTEN; the others publish and clean up old attachments.
    this.pool = new Pool({ connectionString: databaseUrl, max: 3, application_name: 'collegial-live', keepAlive: true });
    this.pool.on('error', (error) => this.logger.warn(`Live adapter's PostgreSQL connection: ${error.message}`));
    // The adapter keeps its LISTEN client checked out, and the pool's 'error' event covers only
    // idle clients: without a listener of its own, that client's error (PostgreSQL stopping,
    // a network cut) would be an uncaught exception that ends the process mid-shutdown.
    this.pool.on('connect', (client) => client.on('error', (error) => this.logger.warn(`Live adapter's listening connection: ${error.message}`)));
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      // Same origin only (the web app is served by the api, or proxied by Vite in development).
      cors: undefined,
      // A tally or an ack is small; nothing legitimate comes close to this.
      maxHttpBufferSize: 64 * 1024,
    }) as Server;
    server.adapter(
      createAdapter(this.pool, {
        tableName: SOCKET_IO_ATTACHMENTS_TABLE,
        errorHandler: (error: Error) => this.logger.warn(`Live adapter: ${error.message}`),
      }),
    );
    return server;
  }

  /** After the servers have closed (their adapters released the LISTEN connection). */
  override async dispose(): Promise<void> {
    await super.dispose();
    await this.pool.end().catch(() => undefined);
  }
}
