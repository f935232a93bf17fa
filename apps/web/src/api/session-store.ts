import { useSyncExternalStore } from 'react';
import { SESSION_KEY as KEY, storedSession, type Session } from './stored-session';

export type { Session } from './stored-session';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = storedSession();
/** Set when the api refused the token: the sign-in page says so. */
let expired = false;

function emit() {
  for (const listener of listeners) listener();
}

export const sessionStore = {
  get: () => current,
  token: () => current?.token ?? null,
  wasExpired: () => expired,
  signIn(session: Session) {
    current = session;
    expired = false;
    localStorage.setItem(KEY, JSON.stringify(session));
    emit();
  },
  signOut() {
    current = null;
    localStorage.removeItem(KEY);
    emit();
  },
  /** The api no longer accepts the token. */
  expire() {
    if (!current) return;
    expired = true;
    current = null;
    localStorage.removeItem(KEY);
    emit();
  },
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export const useSession = () =>
  useSyncExternalStore(
    (listener) => sessionStore.subscribe(listener),
    () => sessionStore.get(),
  );
