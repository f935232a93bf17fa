import type { DocumentKind } from '../gql/graphql';

/** The kinds of documents, in the order the library shows them. */
export const DOCUMENT_KINDS: DocumentKind[] = ['statutes', 'internalRules', 'minutes', 'report', 'accounts', 'budget', 'other'];
