import { ArgsType, Field, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export enum Theme {
  ENT = 'ENT',
  CYBERSECURITY = 'CYBERSECURITY',
  PERSONAL_DATA = 'PERSONAL_DATA',
  MEDIA_LITERACY = 'MEDIA_LITERACY',
  CYBERBULLYING = 'CYBERBULLYING',
  PIX = 'PIX',
}
export enum Audience {
  STAFF = 'STAFF',
  STUDENTS = 'STUDENTS',
  ALL = 'ALL',
}
export enum GrainType {
  DISCOVERY = 'DISCOVERY',
  LESSON = 'LESSON',
  ACTIVITY = 'ACTIVITY',
  CHALLENGE = 'CHALLENGE',
  SUMMARY = 'SUMMARY',
}
export enum CalloutVariant {
  INFO = 'INFO',
  TIP = 'TIP',
  WARNING = 'WARNING',
}
registerEnumType(Theme, { name: 'Theme' });
registerEnumType(Audience, { name: 'Audience' });
registerEnumType(GrainType, { name: 'GrainType' });
registerEnumType(CalloutVariant, { name: 'CalloutVariant' });

/** Content files write `personal-data`; GraphQL enums are `PERSONAL_DATA`. */
export const toEnumValue = <T>(value: string): T => value.toUpperCase().replace(/-/g, '_') as T;
export const fromEnumValue = (value: string): string => value.toLowerCase().replace(/_/g, '-');

@ObjectType()
export class Source {
  @Field() title: string;
  @Field({ nullable: true }) url?: string;
  @Field({ nullable: true }) publisher?: string;
}

@ObjectType({ description: 'A micro-lesson of the catalogue, described by its current published version.' })
export class Module {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => Theme) theme: Theme;
  @Field(() => Audience) audience: Audience;
  @Field(() => Int) durationMinutes: number;
  @Field(() => Int, { description: 'CRCN level the module aims at (1-8).' }) level: number;
  @Field(() => [String]) objectives: string[];
  @Field(() => [Source]) sources: Source[];
  @Field(() => Int, { description: 'Number of the current published version.' }) version: number;
  versionId: string;
  competencyCodes: string[];
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType()
export class ModuleConnection {
  @Field(() => [Module]) nodes: Module[];
  @Field(() => Int) totalCount: number;
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@InputType()
export class ModuleFilter {
  @Field(() => Theme, { nullable: true }) @IsOptional() @IsEnum(Theme) theme?: Theme;
  @Field(() => Audience, { nullable: true, description: 'STAFF or STUDENTS also lists modules for ALL.' })
  @IsOptional()
  @IsEnum(Audience)
  audience?: Audience;
  @Field({ nullable: true, description: 'A CRCN competency code such as 4.1.' })
  @IsOptional()
  @Matches(/^[1-5]\.[1-9]$/)
  competency?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}

@ArgsType()
export class ModulesArgs {
  @Field(() => ModuleFilter, { nullable: true }) @IsOptional() filter?: ModuleFilter;
  @Field(() => Int, { defaultValue: 12, description: '1 to 50.' }) @IsInt() @Min(1) @Max(50) first: number = 12;
  @Field(() => String, { nullable: true, description: 'Opaque cursor from pageInfo.endCursor.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@InterfaceType({
  resolveType: (element: { kind: string }) => ELEMENT_TYPES[element.kind as keyof typeof ELEMENT_TYPES],
})
export abstract class Element {
  @Field(() => ID) id: string;
}

@ObjectType({ implements: () => [Element] })
export class TextElement implements Element {
  @Field(() => ID) id: string;
  @Field() html: string;
}

@ObjectType({ implements: () => [Element] })
export class ImageElement implements Element {
  @Field(() => ID) id: string;
  @Field() src: string;
  @Field() alt: string;
  @Field(() => String, { nullable: true }) longDescription: string | null;
}

@ObjectType({ implements: () => [Element] })
export class VideoElement implements Element {
  @Field(() => ID) id: string;
  @Field() src: string;
  @Field(() => String, { nullable: true }) captionsSrc: string | null;
  @Field(() => String, { nullable: true }) transcriptHtml: string | null;
}

@ObjectType({ implements: () => [Element] })
export class CalloutElement implements Element {
  @Field(() => ID) id: string;
  @Field(() => CalloutVariant) variant: CalloutVariant;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field() html: string;
}

@ObjectType()
export class Choice {
  @Field(() => ID) id: string;
  @Field() html: string;
}

@ObjectType({ implements: () => [Element] })
export class SingleChoiceElement implements Element {
  @Field(() => ID) id: string;
  @Field() promptHtml: string;
  @Field() skillId: string;
  @Field(() => [Choice]) choices: Choice[];
}

@ObjectType({ implements: () => [Element] })
export class MultipleChoiceElement implements Element {
  @Field(() => ID) id: string;
  @Field() promptHtml: string;
  @Field() skillId: string;
  @Field(() => [Choice]) choices: Choice[];
}

@ObjectType({ implements: () => [Element] })
export class ShortAnswerElement implements Element {
  @Field(() => ID) id: string;
  @Field() promptHtml: string;
  @Field() skillId: string;
}

@ObjectType({ implements: () => [Element], description: 'Put the items in order; they come shuffled.' })
export class OrderingElement implements Element {
  @Field(() => ID) id: string;
  @Field() promptHtml: string;
  @Field() skillId: string;
  @Field(() => [Choice]) items: Choice[];
}

@ObjectType({
  implements: () => [Element],
  description: 'Pair each left item with a right item; the right ones come shuffled, with ids unrelated to the pairs.',
})
export class MatchingElement implements Element {
  @Field(() => ID) id: string;
  @Field() promptHtml: string;
  @Field() skillId: string;
  @Field(() => [Choice]) lefts: Choice[];
  @Field(() => [Choice]) rights: Choice[];
}

@ObjectType({
  implements: () => [Element],
  description: 'True/false statements shown one at a time; each is answered as `<elementId>/<statementId>`.',
})
export class TrueFalseElement implements Element {
  @Field(() => ID) id: string;
  // Non-null like every promptHtml (empty when none), so that fragments on several element types merge.
  @Field({ description: 'Empty when the series has no introduction.' }) promptHtml: string;
  @Field() skillId: string;
  @Field(() => [Choice]) statements: Choice[];
}

@ObjectType()
export class Flashcard {
  @Field(() => ID) id: string;
  @Field() frontHtml: string;
  @Field() backHtml: string;
}

@ObjectType({ implements: () => [Element], description: 'Self-assessed cards, not graded; each is answered as `<elementId>/<cardId>`.' })
export class FlashcardsElement implements Element {
  @Field(() => ID) id: string;
  @Field() skillId: string;
  @Field(() => [Flashcard]) cards: Flashcard[];
}

@ObjectType()
export class ScenarioImage {
  @Field() src: string;
  @Field() alt: string;
  @Field(() => String, { nullable: true }) longDescription: string | null;
}

@ObjectType({ description: 'A situation; its choices carry no consequence or next step: those come with the answer.' })
export class ScenarioStep {
  @Field(() => ID) id: string;
  @Field() situationHtml: string;
  @Field(() => ScenarioImage, { nullable: true }) image: ScenarioImage | null;
  @Field(() => [Choice]) choices: Choice[];
  @Field({ description: 'A step without choices ends the scenario.' }) ending: boolean;
}

@ObjectType({
  implements: () => [Element],
  description: 'A branching scenario; each step with choices is answered as `<elementId>/<stepId>`.',
})
export class ScenarioElement implements Element {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() skillId: string;
  @Field(() => ID) startStepId: string;
  @Field(() => [ScenarioStep]) steps: ScenarioStep[];
}

@ObjectType({
  implements: () => [Element],
  description: 'An opinion question with no right answer; the answer returns how others answered.',
})
export class PollElement implements Element {
  @Field(() => ID) id: string;
  @Field() promptHtml: string;
  @Field() multiple: boolean;
  @Field(() => [Choice]) choices: Choice[];
}

@ObjectType({
  implements: () => [Element],
  description: 'An H5P activity, played in a sandboxed frame at playerUrl; its xAPI result is sent as the answer (response.h5p).',
})
export class H5pElement implements Element {
  @Field(() => ID) id: string;
  @Field() skillId: string;
  @Field(() => ID) packageId: string;
  @Field(() => String, { nullable: true, description: 'Shown to screen readers as the frame\u2019s title.' }) title: string | null;
  @Field({ description: 'The player page of the package, on our origin, to load in a frame with sandbox="allow-scripts" only.' })
  playerUrl: string;
}

const ELEMENT_TYPES = {
  ordering: OrderingElement,
  matching: MatchingElement,
  'true-false': TrueFalseElement,
  flashcards: FlashcardsElement,
  scenario: ScenarioElement,
  poll: PollElement,
  text: TextElement,
  image: ImageElement,
  video: VideoElement,
  callout: CalloutElement,
  'single-choice': SingleChoiceElement,
  'multiple-choice': MultipleChoiceElement,
  'short-answer': ShortAnswerElement,
  h5p: H5pElement,
};

@ObjectType()
export class Grain {
  @Field(() => ID) id: string;
  @Field(() => GrainType) type: GrainType;
  @Field() title: string;
  @Field(() => [Element]) elements: Element[];
}
