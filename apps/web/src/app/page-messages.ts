import { addMessages } from '../i18n/i18n';
import type { FeatureMessages } from '../i18n/feature-messages';

/**
 * The strings of an organisation's pages, a member's meeting page and my calendar, one
 * chunk per namespace: a page loads the namespaces it uses, beside its own code, and the
 * sign-in page none. A feature adds its messages file here.
 */
const PAGE_MESSAGES = {
  members: () => import('../members/members.messages').then((m) => m.membersMessages),
  bodies: () => import('../bodies/bodies.messages').then((m) => m.bodiesMessages),
  meetings: () => import('../meetings/meetings.messages').then((m) => m.meetingsMessages),
  documents: () => import('../documents/documents.messages').then((m) => m.documentsMessages),
  convocations: () => import('../convocations/convocations.messages').then((m) => m.convocationsMessages),
  personal: () => import('../personal/personal.messages').then((m) => m.personalMessages),
  settings: () => import('../settings/settings.messages').then((m) => m.settingsMessages),
  access: () => import('../access/access.messages').then((m) => m.accessMessages),
  voting: () => import('../voting/voting.messages').then((m) => m.votingMessages),
  minutes: () => import('../minutes/minutes.messages').then((m) => m.minutesMessages),
} satisfies Record<string, () => Promise<FeatureMessages>>;

export type PageNamespace = keyof typeof PAGE_MESSAGES;

const loading = new Map<PageNamespace, Promise<void>>();

/** Loads these namespaces (both languages, so the language switch needs no download), each once. */
export function loadPageMessages(namespaces: readonly PageNamespace[]): Promise<void> {
  return Promise.all(
    namespaces.map((namespace) => {
      let loaded = loading.get(namespace);
      if (!loaded) {
        loaded = PAGE_MESSAGES[namespace]().then((messages) => addMessages([messages]));
        // A failed download (offline) is tried again on the next page that needs it.
        loaded.catch(() => loading.delete(namespace));
        loading.set(namespace, loaded);
      }
      return loaded;
    }),
  ).then(() => undefined);
}

/** A page's code with the strings it uses: both arrive together, in parallel. */
export function withMessages<T>(namespaces: readonly PageNamespace[], load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadPageMessages(namespaces)]).then(([loaded]) => loaded);
}
