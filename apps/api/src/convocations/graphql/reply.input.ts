import { Field, InputType } from '@nestjs/graphql';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import type { ConvocationAnswer } from '../entities/convocation-enums';
import { ConvocationAnswerEnum } from './convocation-enums.graphql';

@InputType('ConvocationReplyInput')
export class ConvocationReplyInput {
  @Field(() => ConvocationAnswerEnum) answer: ConvocationAnswer;
  @Field(() => UUIDScalar, { nullable: true, description: 'For a proxy: the member who holds it.' }) holderMemberId?: string | null;
}
