import type { Locale } from '@collegial/governance';
import { graphqlEnum } from '../graphql/graphql-enum';

/** The one Locale type is the governance library's: explanations and the api speak the same languages. */
export type { Locale };

/** The languages people read Collegial in: French first, English available. */
export const LOCALES: readonly Locale[] = ['fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';

export const LocaleEnum = graphqlEnum('Locale', LOCALES, 'Language of e-mails, PDFs and the web app.');
