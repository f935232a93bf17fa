import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { DomainError } from '../../core/errors/domain-error';
import { VotingEvents } from '../voting-events';
import type { LiveTally } from '../live-tally';
import { type BallotPlace, LiveAccess, placeOf } from './live-access';
import { LiveConnection } from './live-connection';
import { liveConnectError, liveErrorPayload } from './live-error';
import { LiveHandshake } from './live-handshake';
import { type CastAck, type JoinAck, LIVE_NAMESPACE, type LiveAck, parseBallotMessage, parseCastMessage, roomOf, TALLY_EVENT } from './live-messages';
import { CoalescingRefresher } from './coalescing-refresher';
import { CastingService } from '../services/casting.service';
import { TalliesService } from '../services/tallies.service';
import { emitInSlices } from './sliced-broadcast';
import { TallyReader } from './tally-reader';

/** At most 4 tallies a second per ballot, whatever the vote rate. */
export const TALLY_INTERVAL_MS = 250;
/**
 * A ballot's tallies are written to at most this many sockets a second on an instance: each
 * write is a system call (some 30 µs here, and as much again for the reader on the same
 * machine), so a room of up to 1,000 sockets gets four tallies a second, one of 2,000 two,
 * and the votes keep the rest (measured by bench:vote: 2,300 votes/s with 2,000 sockets
 * watching at four a second, 2,850 at two).
 */
const FAN_OUT_WRITES_PER_SECOND = 4_000;

/** Between instances (server-side events through the PostgreSQL adapter). */
const BALLOTS_CHANGED = 'live:ballots-changed';
const BALLOT_STATUS_CHANGED = 'live:ballot-status-changed';

const KNOWN_PLACES_MAX = 10_000;
const NOT_FOUND_BALLOT = () => DomainError.notFound({ fr: 'Scrutin', en: 'Ballot' });

type Ack = (answer: LiveAck) => void;

/**
 * The live tallies (`/live`). Each instance computes a changed ballot's tally once per
 * interval and sends it, as one message, to the sockets of the ballot's room it holds; it
 * tells the other instances which ballots changed (one server-side message per interval,
 * never inside a vote's transaction), and they do the same for theirs.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit<Namespace>, OnGatewayConnection<Socket>, OnModuleDestroy {
  private readonly logger = new Logger('Live');
  /** The `/live` namespace on this instance. */
  @WebSocketServer() readonly namespace: Namespace | undefined;
  private readonly refresher: CoalescingRefresher;
  /** Ballots whose votes changed here, for the other instances. */
  private readonly changedHere = new Set<string>();
  private readonly forwarder: CoalescingRefresher;
  private readonly reader: TallyReader;
  private readonly places = new Map<string, BallotPlace>();
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly handshake: LiveHandshake,
    private readonly access: LiveAccess,
    tallies: TalliesService,
    private readonly casting: CastingService,
    events: VotingEvents,
  ) {
    this.reader = new TallyReader((ballotId) => tallies.liveTally(ballotId));
    const failed = (key: string, error: unknown) => this.logger.warn(`Live tally of ${key}: ${error instanceof Error ? error.message : String(error)}`);
    this.refresher = new CoalescingRefresher(TALLY_INTERVAL_MS, (ballotId) => this.sendTally(ballotId), failed);
    this.forwarder = new CoalescingRefresher(TALLY_INTERVAL_MS, () => this.forwardChanges(), failed);
    this.unsubscribe.push(
      events.onVotesCommitted((ballotIds) => {
        for (const ballotId of ballotIds) {
          this.ballotChanged(ballotId);
          this.changedHere.add(ballotId);
        }
        if (ballotIds.length > 0) this.forwarder.mark('*');
      }),
      events.onStatusChanged((ballotId) => {
        this.statusChanged(ballotId);
        this.namespace?.serverSideEmit(BALLOT_STATUS_CHANGED, ballotId);
      }),
    );
  }

  afterInit(namespace: Namespace): void {
    namespace.use((socket, next) => {
      const locale = this.handshake.localeOf(socket.handshake);
      this.handshake.identify(socket.handshake).then(
        (identity) => {
          (socket.data as { connection?: LiveConnection }).connection = new LiveConnection(identity, locale);
          next();
        },
        (error: unknown) => next(liveConnectError(error, locale)),
      );
    });
    namespace.on(BALLOTS_CHANGED, (ballotIds: unknown) => {
      if (Array.isArray(ballotIds)) for (const ballotId of ballotIds) if (typeof ballotId === 'string') this.ballotChanged(ballotId);
    });
    namespace.on(BALLOT_STATUS_CHANGED, (ballotId: unknown) => {
      if (typeof ballotId === 'string') this.statusChanged(ballotId);
    });
  }

  handleConnection(socket: Socket): void {
    const connection = (socket.data as { connection: LiveConnection }).connection;
    this.on(socket, connection, 'join', (body) => this.join(socket, connection, body));
    this.on(socket, connection, 'leave', async (body) => {
      await socket.leave(roomOf(parseBallotMessage(body).ballotId));
      return { ok: true };
    });
    this.on(socket, connection, 'cast', (body) => this.cast(connection, body));
  }

  onModuleDestroy(): void {
    for (const stop of this.unsubscribe) stop();
    this.refresher.close();
    this.forwarder.close();
  }

  /** Every message is acknowledged: its answer, or its refusal in the client's language. */
  private on(socket: Socket, connection: LiveConnection, event: string, handle: (body: unknown) => Promise<LiveAck>): void {
    socket.on(event, (body: unknown, ack?: Ack) => {
      const answer = typeof ack === 'function' ? ack : typeof body === 'function' ? (body as Ack) : () => undefined;
      const run = async (): Promise<LiveAck> => {
        try {
          await this.handshake.checkStillValid(connection.identity);
        } catch (error) {
          // The session ended, or the link was revoked, since the connection opened: so does the connection.
          setImmediate(() => socket.disconnect(true));
          throw error;
        }
        return handle(typeof body === 'function' ? undefined : body);
      };
      run().then(answer, (error: unknown) => answer({ ok: false, error: liveErrorPayload(error, connection.locale) }));
    });
  }

  private async join(socket: Socket, connection: LiveConnection, body: unknown): Promise<JoinAck> {
    const { ballotId } = parseBallotMessage(body);
    const versionBefore = this.reader.version(ballotId);
    const tally = await this.reader.current(ballotId);
    if (!tally) throw NOT_FOUND_BALLOT();
    this.remember(ballotId, tally);
    await this.access.checkMayWatch(connection, placeOf(tally));
    await socket.join(roomOf(ballotId));
    // A change heard while the tally was read may have been sent before the socket was in the room.
    if (this.reader.version(ballotId) !== versionBefore) this.refresher.mark(ballotId);
    return { ok: true, tally };
  }

  private async cast(connection: LiveConnection, body: unknown): Promise<CastAck> {
    const request = parseCastMessage(body);
    const { identity } = connection;
    const voter =
      identity.kind === 'link'
        ? { organisationId: identity.guest.organisationId, memberId: identity.guest.memberId, meetingId: identity.guest.meetingId }
        : await this.access.voterFor(connection, await this.placeOf(request.ballotId));
    const receipt = await this.casting.cast(voter, request);
    return { ok: true, receipt };
  }

  /** Where a ballot lives, from the tallies already read, or read once. */
  private async placeOf(ballotId: string): Promise<BallotPlace> {
    const known = this.places.get(ballotId);
    if (known) return known;
    const tally = await this.reader.current(ballotId);
    if (!tally) throw NOT_FOUND_BALLOT();
    return this.remember(ballotId, tally);
  }

  private remember(ballotId: string, tally: LiveTally): BallotPlace {
    if (this.places.size >= KNOWN_PLACES_MAX) this.places.clear();
    const place = placeOf(tally);
    this.places.set(ballotId, place);
    return place;
  }

  private ballotChanged(ballotId: string): void {
    this.reader.changed(ballotId);
    this.refresher.mark(ballotId);
  }

  private statusChanged(ballotId: string): void {
    this.reader.changed(ballotId);
    this.refresher.markUrgent(ballotId);
  }

  /**
   * One read, one message for all the room's sockets on this instance, sent a slice at a
   * time; resolves with the rest the room's size asks for before the next (ms).
   */
  private async sendTally(ballotId: string): Promise<number> {
    const namespace = this.namespace;
    const room = roomOf(ballotId);
    if (!namespace?.adapter.rooms.get(room)?.size) return 0;
    const tally = await this.reader.current(ballotId);
    if (!tally) return 0;
    this.remember(ballotId, tally);
    const written = await emitInSlices(namespace, room, TALLY_EVENT, tally);
    return (written / FAN_OUT_WRITES_PER_SECOND) * 1000;
  }

  /** Tells the other instances, in one message, which ballots changed here since the last time. */
  private forwardChanges(): Promise<void> {
    if (this.changedHere.size === 0 || !this.namespace) return Promise.resolve();
    const ballotIds = [...this.changedHere];
    this.changedHere.clear();
    this.namespace.serverSideEmit(BALLOTS_CHANGED, ballotIds);
    return Promise.resolve();
  }
}
