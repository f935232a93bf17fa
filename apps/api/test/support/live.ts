import { io, type Socket } from 'socket.io-client';

/** What a refusal on the live connection carries (connect_error data, or an ack's error). */
export interface LiveError {
  code: string;
  reason: string;
  message: string;
}

export type LiveAuth = { token?: string; link?: string; locale?: 'fr' | 'en' };

/** A socket.io client on the api's `/live` namespace, connected (WebSocket only, no reconnection). */
export function connectLive(url: string, auth: LiveAuth): Promise<Socket> {
  const socket = io(`${url}/live`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: LiveError }) => {
      socket.close();
      reject(error);
    });
  });
}

/** The refusal of a connection that should not open: its message and data. */
export async function refusedConnection(url: string, auth: LiveAuth): Promise<{ message: string; data?: LiveError }> {
  try {
    const socket = await connectLive(url, auth);
    socket.close();
  } catch (error) {
    const refusal = error as Error & { data?: LiveError };
    return { message: refusal.message, data: refusal.data };
  }
  throw new Error('The live connection was accepted');
}

/** Sends a message and waits for its acknowledgement. */
export function ask<T = Record<string, unknown>>(socket: Socket, event: string, body: unknown): Promise<T> {
  return socket.timeout(10_000).emitWithAck(event, body) as Promise<T>;
}

/** Every `tally` a socket receives, with when it arrived. */
export function recordTallies<T = Record<string, unknown>>(socket: Socket): { at: number; tally: T }[] {
  const received: { at: number; tally: T }[] = [];
  socket.on('tally', (tally: T) => received.push({ at: Date.now(), tally }));
  return received;
}

/** Resolves once `predicate` holds, polling; rejects after `timeoutMs`. */
export async function eventually(predicate: () => boolean, timeoutMs = 10_000, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
