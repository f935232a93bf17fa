import { io, type Socket } from 'socket.io-client';
import type { CastReceipt, LiveError, LiveTally } from './live-tally';

export type { CastReceipt, LiveError, LiveTally } from './live-tally';

/** Who connects: a session's token, or the personal link of a convocation. */
export type LiveCredentials = { token: string } | { link: string };

export interface CastRequest {
  ballotId: string;
  /** Option ids. */
  choices: string[];
  /** The represented member this vote is for; absent for one's own vote. */
  forMemberId?: string | null;
  /** Made once per vote (crypto.randomUUID()) and kept until answered: a retry with it returns the first answer. */
  key: string;
}

/**
 * connecting: opening (or reopening after a network loss); connected: joined ballots are
 * followed; refused: the api refused the credentials (error says why; no retry).
 */
export type LiveStatus = { state: 'connecting' } | { state: 'connected' } | { state: 'refused'; error: LiveError };

/** A refusal of a message (join, cast), or no answer in time (code TIMEOUT: retry with the same key). */
export class LiveRequestError extends Error {
  constructor(readonly error: LiveError) {
    super(error.message);
    this.name = 'LiveRequestError';
  }
}

type Ack<T> = ({ ok: true } & T) | { ok: false; error: LiveError };

const ANSWER_WITHIN_MS = 10_000;

const TIMEOUT: Record<'fr' | 'en', string> = {
  fr: 'Le serveur ne répond pas : vérifiez votre connexion, puis réessayez.',
  en: 'The server does not answer: check your connection, then try again.',
};

const SESSION_ENDED: Record<'fr' | 'en', string> = {
  fr: 'Votre session a pris fin : reconnectez-vous.',
  en: 'Your session has ended: sign in again.',
};

interface Watch {
  onTally: (tally: LiveTally) => void;
  onError?: (error: LiveError) => void;
}

export interface LiveClient {
  /**
   * Follows a ballot: its current tally, then every update (at most about 4 a second), the
   * result at close; joined again after a reconnection. Returns the function that stops.
   */
  watch(ballotId: string, onTally: (tally: LiveTally) => void, onError?: (error: LiveError) => void): () => void;
  /** Casts over the connection; rejects with a LiveRequestError. */
  cast(request: CastRequest): Promise<CastReceipt>;
  onStatus(listener: (status: LiveStatus) => void): () => void;
  status(): LiveStatus;
  close(): void;
}

/**
 * The live connection of a page (socket.io on the api's origin, namespace /live).
 * `credentials` is read at each (re)connection, so a new session token is used; `origin`
 * only for a client outside the browser (tests, benchmarks).
 */
export function connectLive(credentials: () => LiveCredentials, language: () => 'fr' | 'en', options: { origin?: string } = {}): LiveClient {
  const socket: Socket = io(`${options.origin ?? ''}/live`, {
    auth: (send) => send({ ...credentials(), locale: language() }),
    transports: ['websocket', 'polling'],
  });
  const watches = new Map<string, Set<Watch>>();
  /** Per ballot, how many `tally` messages arrived: a join's answer older than one of them is dropped. */
  const received = new Map<string, number>();
  const statusListeners = new Set<(status: LiveStatus) => void>();
  let current: LiveStatus = { state: 'connecting' };

  const setStatus = (status: LiveStatus) => {
    current = status;
    for (const listener of statusListeners) listener(status);
  };
  const deliver = (ballotId: string, tally: LiveTally) => {
    for (const watch of watches.get(ballotId) ?? []) watch.onTally(tally);
  };
  const timeoutError = (): LiveError => ({ code: 'TIMEOUT', reason: 'TIMEOUT', message: TIMEOUT[language()] });

  async function ask<T>(event: string, body: unknown): Promise<T> {
    let answer: Ack<T>;
    try {
      answer = (await socket.timeout(ANSWER_WITHIN_MS).emitWithAck(event, body)) as Ack<T>;
    } catch {
      throw new LiveRequestError(timeoutError());
    }
    if (!answer.ok) throw new LiveRequestError(answer.error);
    return answer;
  }

  async function join(ballotId: string): Promise<void> {
    const before = received.get(ballotId) ?? 0;
    try {
      const { tally } = await ask<{ tally: LiveTally }>('join', { ballotId });
      if ((received.get(ballotId) ?? 0) === before && watches.has(ballotId)) deliver(ballotId, tally);
    } catch (error) {
      const refusal = error instanceof LiveRequestError ? error.error : timeoutError();
      for (const watch of watches.get(ballotId) ?? []) watch.onError?.(refusal);
    }
  }

  socket.on('tally', (tally: LiveTally) => {
    received.set(tally.ballotId, (received.get(tally.ballotId) ?? 0) + 1);
    deliver(tally.ballotId, tally);
  });
  // After a reconnection the server has forgotten the rooms: join them again.
  socket.on('connect', () => {
    setStatus({ state: 'connected' });
    for (const ballotId of watches.keys()) void join(ballotId);
  });
  socket.on('disconnect', (reason) => {
    // The api ends a connection itself only when its session has ended: no reconnection.
    if (reason === 'io server disconnect') {
      setStatus({ state: 'refused', error: { code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED', message: SESSION_ENDED[language()] } });
    } else {
      setStatus({ state: 'connecting' });
    }
  });
  socket.on('connect_error', (error: Error & { data?: LiveError }) => {
    // Refused by the api (credentials): socket.io does not retry; a network error it retries.
    if (!socket.active) {
      setStatus({ state: 'refused', error: error.data ?? { code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED', message: error.message } });
    } else {
      setStatus({ state: 'connecting' });
    }
  });

  return {
    watch(ballotId, onTally, onError) {
      const watch: Watch = { onTally, onError };
      const set = watches.get(ballotId) ?? new Set<Watch>();
      watches.set(ballotId, set);
      set.add(watch);
      // Not connected yet: the connection joins every watched ballot when it opens.
      if (socket.connected) void join(ballotId);
      return () => {
        set.delete(watch);
        if (set.size > 0 || watches.get(ballotId) !== set) return;
        watches.delete(ballotId);
        received.delete(ballotId);
        if (socket.connected) socket.emit('leave', { ballotId }, () => undefined);
      };
    },
    async cast(request) {
      const { receipt } = await ask<{ receipt: CastReceipt }>('cast', request);
      return receipt;
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    status: () => current,
    close() {
      watches.clear();
      statusListeners.clear();
      socket.close();
    },
  };
}
