import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../src/core/clock.js';
import { activitiesModule } from './fixture-content.js';
import { reasonOf, startTestApi, type TestApi } from './harness.js';
import { databaseKinds } from './test-database.js';

const START = `mutation($slug: String!) { startAttempt(moduleSlug: $slug) { id } }`;
const SUBMIT = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { correct } }`;
const SESSION = `{ myReviewDueCount myReviewSession { dueCount items {
  cardId source itemKey due module { slug }
  element { id ... on TrueFalseElement { statements { id html } } ... on FlashcardsElement { cards { id frontHtml backHtml } }
    ... on SingleChoiceElement { choices { id } } }
} } }`;
const ANSWER = `mutation($input: AnswerReviewInput!) { answerReview(input: $input) {
  cardId rating correct nextDue result { correct feedbackHtml solution { value choiceIds } }
} }`;
const DAY = 86_400_000;

describe.each(databaseKinds())('spaced review on %s', (kind) => {
  let api: TestApi;
  let clock: Clock;
  beforeAll(async () => {
    api = await startTestApi(kind);
    await api.content.writeModule('activites', activitiesModule());
    await api.importer.importDirectory(api.content.dir);
    clock = api.app.get(Clock);
  });
  afterEach(() => clock.set(new Date()));
  afterAll(() => api.stop());

  /** A learner who, in lessons, gets a statement and a question wrong, one statement right, and rates the flashcard. */
  async function afterLessons() {
    const learner = await api.given.learner();
    const send = async (slug: string, elementId: string, response: object) => {
      const attempt = await api.gql(START, { slug }, { cookie: learner.cookie });
      return api.gql(
        SUBMIT,
        { input: { attemptId: attempt.data?.startAttempt.id, elementId, idempotencyKey: randomUUID(), response } },
        { cookie: learner.cookie },
      );
    };
    await send('activites', 'vf/s1', { value: false });
    await send('activites', 'vf/s2', { value: false });
    await send('activites', 'cartes/c1', { rating: 'DID_NOT_KNOW' });
    await send('mots-de-passe', 'q-robuste', { choiceIds: ['court'] });
    const session = () => api.gql(SESSION, {}, { cookie: learner.cookie });
    const review = (cardId: string, response: object, idempotencyKey = randomUUID(), answeredAt?: Date) =>
      api.gql(ANSWER, { input: { cardId, response, idempotencyKey, answeredAt } }, { cookie: learner.cookie });
    return { ...learner, session, review };
  }

  it('puts flashcards and wrong answers into review, due the next day, nothing today', async () => {
    const learner = await afterLessons();

    const today = await learner.session();
    clock.set(new Date(Date.now() + DAY));
    const tomorrow = await learner.session();

    expect(today.data).toMatchObject({ myReviewDueCount: 0, myReviewSession: { dueCount: 0, items: [] } });
    expect(tomorrow.data?.myReviewDueCount).toBe(3);
    expect(tomorrow.data?.myReviewSession.items.map((i: any) => [i.source, i.itemKey]).sort()).toEqual([
      ['FLASHCARD', 'cartes/c1'],
      ['MISTAKE', 'q-robuste'],
      ['MISTAKE', 'vf/s1'],
    ]);
  });

  it('shows each item as learners see it, narrowed to the statement under review, without its solution', async () => {
    const learner = await afterLessons();
    clock.set(new Date(Date.now() + DAY));

    const items = (await learner.session()).data?.myReviewSession.items;
    const statement = items.find((i: any) => i.itemKey === 'vf/s1');

    expect(statement.element.statements).toEqual([{ id: 's1', html: expect.stringContaining('La Terre est ronde') }]);
    expect(JSON.stringify(items)).not.toMatch(/SECRET|answer|explanation/);
  });

  it('rates a question from the answer and a flashcard from the learner, then spaces them out', async () => {
    const learner = await afterLessons();
    clock.set(new Date(Date.now() + DAY));
    const items = (await learner.session()).data?.myReviewSession.items;
    const byKey = (key: string) => items.find((i: any) => i.itemKey === key).cardId;

    const right = await learner.review(byKey('vf/s1'), { value: true });
    const wrong = await learner.review(byKey('q-robuste'), { choiceIds: ['court'] });
    const card = await learner.review(byKey('cartes/c1'), { rating: 'KNEW' });
    const after = await learner.session();

    expect(right.data?.answerReview).toMatchObject({ rating: 'GOOD', correct: true, result: { correct: true, solution: { value: true } } });
    expect(right.data?.answerReview.result.feedbackHtml).toContain('SECRET-EXPLANATION');
    expect(wrong.data?.answerReview).toMatchObject({ rating: 'AGAIN', correct: false });
    expect(card.data?.answerReview).toMatchObject({ rating: 'GOOD', correct: null, result: null });
    const nextDue = (r: any) => new Date(r.data.answerReview.nextDue).getTime();
    expect(nextDue(right)).toBeGreaterThan(nextDue(wrong));
    expect(nextDue(right) - clock.now().getTime()).toBeGreaterThan(DAY);
    expect(after.data?.myReviewDueCount).toBe(0);
  });

  it('counts a review sent twice once', async () => {
    const learner = await afterLessons();
    clock.set(new Date(Date.now() + DAY));
    const cardId = (await learner.session()).data?.myReviewSession.items[0].cardId;
    const key = randomUUID();

    const first = await learner.review(cardId, { value: true, rating: 'KNEW', choiceIds: ['phrase'] }, key);
    const again = await learner.review(cardId, { value: true, rating: 'KNEW', choiceIds: ['phrase'] }, key);
    const logs = await sql<{ n: number }>`SELECT count(*)::int AS n FROM review_logs WHERE card_id = ${cardId}`.execute(api.db);

    expect(first.errors).toBeUndefined();
    expect(again.data?.answerReview.nextDue).toBe(first.data?.answerReview.nextDue);
    expect(logs.rows[0]?.n).toBe(1);
  });

  it('refuses a card not due yet, someone else\u2019s card, and a flashcard without a rating', async () => {
    const learner = await afterLessons();
    const other = await api.given.learner();
    clock.set(new Date(Date.now() + DAY));
    const items = (await learner.session()).data?.myReviewSession.items;
    const flashcard = items.find((i: any) => i.source === 'FLASHCARD').cardId;
    const question = items.find((i: any) => i.itemKey === 'vf/s1').cardId;

    const foreign = await api.gql(
      ANSWER,
      { input: { cardId: question, response: { value: true }, idempotencyKey: randomUUID() } },
      {
        cookie: other.cookie,
      },
    );
    const unrated = await learner.review(flashcard, {});
    await learner.review(question, { value: true });
    const early = await learner.review(question, { value: true });

    expect(reasonOf(foreign)).toBe('REVIEW_CARD_NOT_FOUND');
    expect(reasonOf(unrated)).toBe('INVALID_RESPONSE');
    expect(reasonOf(early)).toBe('REVIEW_NOT_DUE');
  });

  describe('a review answered offline (issue 9)', () => {
    const HOUR = 3_600_000;
    const cardRow = async (cardId: string) =>
      (
        await sql<{ reps: number; scheduled_days: number; last_review: Date; created_at: Date }>`
          SELECT reps, scheduled_days, last_review, created_at FROM review_cards WHERE id = ${cardId}`.execute(api.db)
      ).rows[0]!;
    const logsOf = async (cardId: string) =>
      (await sql<{ reviewed_at: Date }>`SELECT reviewed_at FROM review_logs WHERE card_id = ${cardId}`.execute(api.db)).rows;

    it('is scheduled from the time it was given, and stored and scheduled once however many times it is sent', async () => {
      const learner = await afterLessons();
      clock.set(new Date(Date.now() + DAY));
      const items = (await learner.session()).data?.myReviewSession.items;
      const cardId = items.find((i: any) => i.itemKey === 'vf/s1').cardId;
      const givenAt = new Date(clock.now().getTime() - 2 * HOUR);
      const key = randomUUID();

      const first = await learner.review(cardId, { value: true }, key, givenAt);
      clock.set(new Date(clock.now().getTime() + 3 * HOUR));
      const again = await learner.review(cardId, { value: true }, key, givenAt);
      const card = await cardRow(cardId);
      const logs = await logsOf(cardId);

      expect(first.errors).toBeUndefined();
      expect(again.errors).toBeUndefined();
      expect(again.data?.answerReview).toEqual(first.data?.answerReview);
      expect(logs).toHaveLength(1);
      expect(new Date(logs[0]!.reviewed_at).toISOString()).toBe(givenAt.toISOString());
      expect(card.reps).toBe(2);
      expect(new Date(card.last_review).toISOString()).toBe(givenAt.toISOString());
      expect(new Date(first.data?.answerReview.nextDue).getTime()).toBe(givenAt.getTime() + card.scheduled_days * DAY);
    });

    it('stores one review when the same key arrives twice at once', async () => {
      const learner = await afterLessons();
      clock.set(new Date(Date.now() + DAY));
      const cardId = (await learner.session()).data?.myReviewSession.items.find((i: any) => i.itemKey === 'vf/s1').cardId;
      const key = randomUUID();

      const [a, b] = await Promise.all([learner.review(cardId, { value: true }, key), learner.review(cardId, { value: true }, key)]);

      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(b.data?.answerReview.nextDue).toBe(a.data?.answerReview.nextDue);
      expect(await logsOf(cardId)).toHaveLength(1);
      expect((await cardRow(cardId)).reps).toBe(2);
    });

    it('counts a time in the future as now, and a time before the card entered review as that moment', async () => {
      const learner = await afterLessons();
      clock.set(new Date(Date.now() + DAY));
      const items = (await learner.session()).data?.myReviewSession.items;
      const future = items.find((i: any) => i.itemKey === 'vf/s1').cardId;
      const past = items.find((i: any) => i.itemKey === 'q-robuste').cardId;
      const card = await cardRow(past);
      // The card entered review with the lesson's answer, its first review (a clock and a database apart).
      const entered = Math.max(new Date(card.last_review).getTime(), new Date(card.created_at).getTime());

      const before = clock.now().getTime();
      await learner.review(future, { value: true }, randomUUID(), new Date(before + 30 * DAY));
      const after = clock.now().getTime();
      await learner.review(past, { choiceIds: ['court'] }, randomUUID(), new Date('2020-01-01T00:00:00Z'));
      const futureAt = new Date((await logsOf(future))[0]!.reviewed_at).getTime();

      expect(futureAt).toBeGreaterThanOrEqual(before);
      expect(futureAt).toBeLessThanOrEqual(after);
      expect(new Date((await logsOf(past))[0]!.reviewed_at).getTime()).toBe(entered);
    });

    it('refuses a review of a card reviewed on another device since the session was downloaded', async () => {
      const learner = await afterLessons();
      clock.set(new Date(Date.now() + DAY));
      const cardId = (await learner.session()).data?.myReviewSession.items.find((i: any) => i.itemKey === 'vf/s1').cardId;
      const givenAt = new Date(clock.now().getTime() - HOUR);

      await learner.review(cardId, { value: true });
      const offline = await learner.review(cardId, { value: false }, randomUUID(), givenAt);

      expect(reasonOf(offline)).toBe('REVIEW_NOT_DUE');
      expect(await logsOf(cardId)).toHaveLength(1);
    });
  });
});
