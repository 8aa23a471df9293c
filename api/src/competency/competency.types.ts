import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A domain of the CRCN framework (1 to 5).' })
export class Domain {
  @Field(() => ID) code: string;
  @Field() name: string;
}

@ObjectType({ description: 'A CRCN competency, such as 4.1 Sécuriser l\u2019environnement numérique.' })
export class Competency {
  @Field(() => ID) code: string;
  @Field() name: string;
  domainCode: string;
}

@ObjectType()
export class CompetencyEvidence {
  @Field(() => Competency) competency: Competency;
  @Field(() => Int) skillsValidated: number;
  @Field(() => Int) skillsFailed: number;
  @Field(() => Int) answers: number;
}
