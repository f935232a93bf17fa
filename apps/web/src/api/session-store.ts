import { useSyncExternalStore } from 'react';

/** The signed-in session, kept in localStorage so a reload keeps it (the token expires on the server). */
export interface Session {
  token: string;
  displayName: string;
  email: string;
}

const KEY = 'collegial.session';
type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = read();
/** Set when the api refused the token: the sign-in page says so. */
let expired = false;

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

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
