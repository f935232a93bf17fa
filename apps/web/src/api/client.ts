import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { sessionStore } from './session-store';
import { i18n } from '../i18n/i18n';

/**
 * The GraphQL client: the session token and the chosen language go with every request
 * (the api answers its errors in that language); a refused token ends the session.
 */
function createClient(): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) sessionStore.expire();
        },
      }),
      fetchExchange,
    ],
    fetchOptions: () => {
      const token = sessionStore.token();
      const headers: Record<string, string> = { 'Accept-Language': i18n.language };
      if (token) headers.Authorization = `Bearer ${token}`;
      return { headers };
    },
  });
}

let current: { client: Client; key: string } | undefined;

/**
 * The client of the current session and language: a new one on sign-in, sign-out or a
 * language change, so nothing cached under another account or language is shown. Route
 * loaders use it to start a page's queries while the page's code still downloads.
 */
export function currentClient(): Client {
  const key = `${sessionStore.token() ?? ''}\u0000${i18n.language}`;
  if (current?.key !== key) current = { client: createClient(), key };
  return current.client;
}
