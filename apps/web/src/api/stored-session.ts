/** The signed-in session, kept in localStorage so a reload keeps it (the token expires on the server). */
export interface Session {
  token: string;
  displayName: string;
  email: string;
}

export const SESSION_KEY = 'collegial.session';

// Apart from the session store (React), so the page's first script can read it before any library.
export function storedSession(): Session | null {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}
