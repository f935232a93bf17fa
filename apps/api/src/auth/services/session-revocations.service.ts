import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, type Notification } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** The channel on which a revoking transaction announces the session it ended. */
export const SESSION_REVOKED_CHANNEL = 'collegial_session_revoked';

const HEARTBEAT_MS = 10_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;
const MAX_RECONNECT_DELAY_MS = 5_000;
const PRUNE_EVERY_MS = 60_000;
/** Kept a little past its expiry, in case this instance's clock is behind the database's. */
const CLOCK_SLACK_MS = 5 * 60_000;

/**
 * The sessions revoked before their expiry, known to every api instance without a query per
 * request: loaded at start and kept current by PostgreSQL LISTEN/NOTIFY on a connection of
 * its own. Revocation is permanent, so the set only grows; an entry leaves it once the
 * session's token has expired anyway (the token's signature and expiry are checked first).
 *
 * While that connection is down (or not yet up) the set cannot be trusted to be complete:
 * `isRevoked` then answers `null` and the caller asks the database. On reconnection the set
 * is listened to first, then reloaded, so no revocation made during the outage is missed.
 */
@Injectable()
export class SessionRevocations implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SessionRevocations.name);
  /** Session id → expiry of the session (epoch ms). */
  private readonly revoked = new Map<string, number>();
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private failures = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private pruneTimer: NodeJS.Timeout | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Whether the set is complete and kept current right now. */
  get isListening(): boolean {
    return this.listening;
  }

  /** true: revoked; false: not revoked; null: not known here, ask the database. */
  isRevoked(sessionId: string): boolean | null {
    if (this.revoked.has(sessionId)) return true;
    return this.listening ? false : null;
  }

  /** Inside the revoking transaction: every instance hears of it when, and only if, it commits. */
  async announce(manager: EntityManager, sessionId: string, expiresAt: Date): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [SESSION_REVOKED_CHANNEL, `${sessionId} ${expiresAt.getTime()}`]);
  }

  /** After the commit: this instance refuses the token at once, without waiting for its notification. */
  remember(sessionId: string, expiresAt: Date): void {
    this.revoked.set(sessionId, expiresAt.getTime());
  }

  async onModuleInit(): Promise<void> {
    this.stopped = false;
    this.pruneTimer = setInterval(() => this.prune(), PRUNE_EVERY_MS).unref();
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.heartbeatTimer);
    clearInterval(this.pruneTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: (this.dataSource.options as PostgresConnectionOptions).url,
      application_name: 'collegial-revocations',
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    this.client = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', (message: Notification) => {
      if (message.channel === SESSION_REVOKED_CHANNEL && message.payload) this.receive(message.payload);
    });
    try {
      await client.connect();
      // Listen first, then load: a revocation committed in between is in the load, or
      // notified, or both; the set only grows, so both is harmless.
      await client.query(`LISTEN ${SESSION_REVOKED_CHANNEL}`);
      const { rows } = await client.query<{ id: string; expires_at: Date }>(
        'SELECT id, expires_at FROM sessions WHERE revoked_at IS NOT NULL AND expires_at > now()',
      );
      if (this.client !== client) return;
      for (const row of rows) this.revoked.set(row.id, row.expires_at.getTime());
      if (this.failures > 0) this.logger.log(`Session revocations: listening again (${rows.length} revoked sessions loaded)`);
      this.failures = 0;
      this.listening = true;
      this.heartbeatTimer = setInterval(() => void this.heartbeat(client), HEARTBEAT_MS).unref();
    } catch (error) {
      this.lost(client, error);
    }
  }

  /** A connection that went silent (no FIN, no RST) is found within a heartbeat or two. */
  private async heartbeat(client: Client): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer to the heartbeat')), HEARTBEAT_TIMEOUT_MS);
    });
    try {
      await Promise.race([client.query('SELECT 1'), timeout]);
    } catch (error) {
      this.lost(client, error);
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    clearInterval(this.heartbeatTimer);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    if (this.failures === 0) {
      this.logger.warn(
        `Session revocations: listening connection lost (${error instanceof Error ? error.message : 'closed'}); ` +
          'checking sessions in the database until it is back',
      );
    }
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, 100 * 2 ** this.failures);
    this.failures++;
    this.reconnectTimer = setTimeout(() => void this.connect(), delay).unref();
  }

  private receive(payload: string): void {
    const [sessionId, expiresAt] = payload.split(' ');
    const expiry = Number(expiresAt);
    this.revoked.set(sessionId, Number.isFinite(expiry) ? expiry : Date.now() + 90 * 24 * 3_600_000);
  }

  private prune(): void {
    const before = Date.now() - CLOCK_SLACK_MS;
    for (const [sessionId, expiresAt] of this.revoked) {
      if (expiresAt < before) this.revoked.delete(sessionId);
    }
  }
}
