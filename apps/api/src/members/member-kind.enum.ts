import { graphqlEnum } from '../core/graphql/graphql-enum';
import { MEMBER_KINDS } from './member.entity';

export const MemberKindEnum = graphqlEnum('MemberKind', MEMBER_KINDS);
