/** What a document is: statuts, règlement intérieur, procès-verbal, rapport, comptes, budget, autre. */
export const DOCUMENT_KINDS = ['statutes', 'internalRules', 'minutes', 'report', 'accounts', 'budget', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Where a document belongs: the governance library, a meeting, or one agenda item of a meeting. */
export const DOCUMENT_TARGETS = ['library', 'meeting', 'agendaItem'] as const;
export type DocumentTarget = (typeof DOCUMENT_TARGETS)[number];
