import { useEffect, useState } from 'react';
import { i18n } from '../i18n/i18n';
import { connectLive, type LiveClient, type LiveCredentials, type LiveStatus } from './live-client';

/**
 * The page's live connection (socket.io, namespace /live), opened once and closed when the
 * page goes; null without credentials. Its status says whether tallies arrive live.
 */
export function useLiveConnection(credentials: LiveCredentials | null): { live: LiveClient | null; status: LiveStatus } {
  const [connection, setConnection] = useState<{ live: LiveClient; status: LiveStatus } | null>(null);
  const key = credentials ? ('token' in credentials ? `t:${credentials.token}` : `l:${credentials.link}`) : '';
  useEffect(() => {
    if (!credentials) return undefined;
    const live = connectLive(
      () => credentials,
      () => (i18n.language === 'en' ? 'en' : 'fr'),
    );
    setConnection({ live, status: live.status() });
    const stop = live.onStatus((status) => setConnection({ live, status }));
    return () => {
      stop();
      live.close();
      setConnection(null);
    };
    // The credentials matter by value: a new token or link is a new connection.
  }, [key]);
  return { live: connection?.live ?? null, status: connection?.status ?? { state: 'connecting' } };
}
