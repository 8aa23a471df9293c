import type { AnswerResponseInput, PlayerElementFragment, PlayerGrainFragment } from '#lib/graphql/generated/graphql.ts';

export type Grain = PlayerGrainFragment;
export type PlayerElement = PlayerElementFragment;
export type ElementOf<T extends PlayerElement['__typename']> = Extract<PlayerElement, { __typename: T }>;
export type ChoiceElement = ElementOf<'SingleChoiceElement'> | ElementOf<'MultipleChoiceElement'>;

/** Sends an element's answer; the player owns the idempotency key and records the result. */
export type SendAnswer = (elementId: string, response: AnswerResponseInput) => Promise<void>;
