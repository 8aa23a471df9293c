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

@ObjectType({ description: 'Pix and level on a competency, Pix-style: 8 pix a level, levels capped at the highest open one.' })
export class CompetencyScore {
  @Field(() => Competency) competency: Competency;
  competencyCode: string;
  @Field(() => Int) pix: number;
  @Field(() => Int) level: number;
  @Field(() => Int, { description: 'How far toward the next level, 0-99.' }) nextLevelPercent: number;
  @Field(() => Int) validatedSkills: number;
  @Field(() => Int) invalidatedSkills: number;
}

@ObjectType({
  description: 'A competency of the learner\u2019s profile: the score over all answers, and what each source shows on its own.',
})
export class ProfileCompetency extends CompetencyScore {
  @Field(() => Int, { description: 'Pix evidenced by micro-lessons alone.' }) lessonPix: number;
  @Field(() => Int) lessonLevel: number;
  @Field(() => Int, { nullable: true, description: 'Pix measured by positioning tests alone; null if never measured.' })
  measuredPix: number | null;
  @Field(() => Int, { nullable: true }) measuredLevel: number | null;
}

@ObjectType({ description: 'Pix on one competency at a point of the profile\u2019s history.' })
export class CompetencyPix {
  @Field(() => ID) competencyCode: string;
  @Field(() => Int) pix: number;
  @Field(() => Int) level: number;
}

@ObjectType({ description: 'The profile as it stood at the end of a day the learner answered something.' })
export class ProfileHistoryPoint {
  @Field({ description: 'YYYY-MM-DD, Europe/Paris.' }) day: string;
  @Field(() => Int, { description: 'Pix over all competencies.' }) totalPix: number;
  @Field(() => [CompetencyPix]) competencies: CompetencyPix[];
}
