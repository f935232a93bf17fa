import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { MeQuery } from './auth.operations';
import { useSession } from '../api/session-store';

/**
 * Pages behind it need a session: without one, the sign-in page, which comes back here
 * after. The session is checked with the api on every page change, so one that ended
 * elsewhere (signed out on another device, expired) sends the person to sign in again at once.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const [, checkSession] = useQuery({ query: MeQuery, pause: true });
  useEffect(() => {
    if (session) checkSession({ requestPolicy: 'network-only' });
  }, [session, location.pathname, checkSession]);
  if (!session) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search + location.hash)}`} replace />;
  return <Outlet />;
}
