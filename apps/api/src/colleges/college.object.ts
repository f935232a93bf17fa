import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Rational } from '@collegial/governance';
import type { College } from './college.entity';

@ObjectType('College')
export class CollegeObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'Exact share of the voting power, e.g. "2/5".' }) weight: string;
  @Field({ description: 'The share as a percentage, in French, e.g. "40 %".' }) weightPercent: string;

  static from(college: College): CollegeObject {
    return Object.assign(new CollegeObject(), {
      id: college.id,
      name: college.name,
      weight: college.weight,
      weightPercent: Rational.parse(college.weight).toPercent('fr', 1),
    });
  }
}
