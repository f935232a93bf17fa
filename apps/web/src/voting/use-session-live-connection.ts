import { useMemo } from 'react';
import { useSession } from '../api/session-store';
import type { LiveClient, LiveStatus } from './live-client';
import { useLiveConnection } from './use-live-connection';

/** The page's live connection with the signed-in session's token (none when signed out). */
export function useSessionLiveConnection(): { live: LiveClient | null; status: LiveStatus } {
  const session = useSession();
  const credentials = useMemo(() => (session ? { token: session.token } : null), [session]);
  return useLiveConnection(credentials);
}
