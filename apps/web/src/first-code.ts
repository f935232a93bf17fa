import { storedSession } from './api/stored-session';
import { organisationPageAt } from './app/page-at-address';

// The first script of index.html, with no library: it runs as soon as it arrives, so the code
// and strings of the organisation's page at this address download with the app's libraries
// instead of after them. Signed out, the router sends the person to sign in: nothing to ask for.
if (storedSession()) {
  // The router loads it again, and says so if it fails.
  organisationPageAt(window.location.pathname)
    ?.page.load()
    .catch(() => undefined);
}
