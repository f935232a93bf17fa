import { shellMessageList } from './app/messages';
import { startFirstRequests } from './app/first-requests';
import { startI18n } from './i18n/i18n';

// The first script of index.html: small, it runs while the app's larger scripts still download
// and compile. i18n first (the requests ask in the chosen language), then the page's requests.
startI18n(shellMessageList);
startFirstRequests(window.location.pathname);
