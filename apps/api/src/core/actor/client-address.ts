import { isIP } from 'node:net';

/** The longest address kept: sessions store it in a varchar(64). */
export const MAX_CLIENT_ADDRESS_LENGTH = 64;

/**
 * The caller's address for rate limits and session records: the one Express derived from
 * X-Forwarded-For (trusted proxies only) when it is a real IP address, else the address of
 * the connection itself. A forged or oversized header thus never reaches a key or a column;
 * at worst its requests are counted with the proxy's own address.
 */
export function clientAddressOf(request: { ip?: string; socket?: { remoteAddress?: string } }): string {
  for (const candidate of [request.ip, request.socket?.remoteAddress]) {
    if (candidate && candidate.length <= MAX_CLIENT_ADDRESS_LENGTH && isIP(candidate) !== 0) return candidate;
  }
  return 'unknown';
}
