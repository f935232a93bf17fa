import { Field, InputType } from '@nestjs/graphql';
import { MaxLength, NotNull } from '../../core/graphql/input-rules';
import type { DocumentKind } from '../entities/document-kind';
import { DocumentKindEnum } from './document-enums';

@InputType({ description: 'Leave a field out to keep it.' })
export class UpdateDocumentInput {
  @NotNull() @MaxLength(300) @Field({ nullable: true }) title?: string;
  @NotNull() @Field(() => DocumentKindEnum, { nullable: true }) kind?: DocumentKind;
}
