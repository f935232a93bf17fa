import { graphqlEnum } from '../../core/graphql/graphql-enum';
import { DOCUMENT_KINDS, DOCUMENT_TARGETS } from '../entities/document-kind';

export const DocumentKindEnum = graphqlEnum('DocumentKind', DOCUMENT_KINDS, 'Statuts, règlement intérieur, procès-verbal, rapport, comptes, budget, autre.');
export const DocumentTargetEnum = graphqlEnum(
  'DocumentTarget',
  DOCUMENT_TARGETS,
  'Where a document belongs: the governance library, a meeting, an agenda item.',
);
