import { BODY_KINDS } from '@collegial/governance';
import { graphqlEnum } from '../core/graphql/graphql-enum';

export const BodyKindEnum = graphqlEnum('BodyKind', BODY_KINDS, 'Instance: AG, CA, bureau, conseil de surveillance, comité de pilotage, groupe de travail.');
