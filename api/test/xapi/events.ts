import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { loadConfig } from '../../src/core/config.js';
import type { Database } from '../../src/database/database.js';
import { SKILL_41 } from '../fixture-content.js';
import type { Lrs } from './lrs.js';

/** The LRS's jobs (projection, forwarding) run only when a test calls them. */
export const NO_JOBS = { xapi: { ...loadConfig({}).xapi, jobs: false } };

export const START = `mutation($slug: String!) { startAttempt(moduleSlug: $slug) { id } }`;
export const SUBMIT = `mutation($input: SubmitAnswerInput!) { submitAnswer(input: $input) { correct } }`;
export const FINISH = `mutation($id: ID!) { finishAttempt(attemptId: $id) { status } }`;

/** A module with an H5P activity and a poll, for the interaction types the password module lacks. */
export function h5pAndPollModule(packageId = randomUUID()): string {
  return `slug: quiz-h5p
title: Un quiz H5P et un sondage
summary: Une activité H5P puis l'avis du stagiaire.
theme: cybersecurity
audience: staff
durationMinutes: 3
level: 2
objectives: [Répondre à un quiz H5P]
sources:
  - title: Une source
    url: https://example.org/source
grains:
  - id: activite
    type: activity
    title: À vous
    elements:
      - type: h5p
        id: quiz
        skill: '${SKILL_41}'
        package: ${packageId}
        title: Le quiz du mot de passe
      - type: poll
        id: avis
        prompt: Ce module vous a-t-il été utile ?
        choices:
          - { id: oui, text: Oui }
          - { id: non, text: Non }
`;
}

/** Plays a module as a learner through GraphQL: starts it, sends each answer, finishes it. */
export async function play(
  lrs: Lrs,
  cookie: string,
  slug: string,
  answers: [elementId: string, response: Record<string, unknown>][],
  options: { finish?: boolean } = {},
): Promise<string> {
  const started = await lrs.api.gql(START, { slug }, { cookie });
  const attemptId = started.data?.startAttempt.id as string;
  if (!attemptId) throw new Error(`could not start ${slug}: ${JSON.stringify(started.errors)}`);
  for (const [elementId, response] of answers) {
    const result = await lrs.api.gql(SUBMIT, { input: { attemptId, elementId, idempotencyKey: randomUUID(), response } }, { cookie });
    if (result.errors) throw new Error(`answer to ${elementId} refused: ${JSON.stringify(result.errors)}`);
  }
  if (options.finish !== false) await lrs.api.gql(FINISH, { id: attemptId }, { cookie });
  return attemptId;
}

/**
 * A webinar of the organisation with a poll the learner voted in and a registration counted as
 * attended, written as the webinar feature writes them (the triggers see them the same way).
 */
export async function givenWebinarAttended(db: Database, input: { organisationId: string; userId: string; startsAt: Date; endsAt: Date }) {
  const webinarId = randomUUID();
  const pollId = randomUUID();
  await sql`
    INSERT INTO webinars (id, organisation_id, title, starts_at, ends_at, capacity, room_kind, room_url)
    VALUES (${webinarId}, ${input.organisationId}, 'Sécuriser sa messagerie', ${input.startsAt}, ${input.endsAt}, 30, 'VISIO', 'https://visio.example.fr/salle')`.execute(
    db,
  );
  await sql`
    INSERT INTO webinar_registrations (webinar_id, user_id, status, requested_at, confirmed_at)
    VALUES (${webinarId}, ${input.userId}, 'REGISTERED', ${input.startsAt}, ${input.startsAt})`.execute(db);
  await sql`
    INSERT INTO webinar_polls (id, webinar_id, question, kind, options, launched_at)
    VALUES (${pollId}, ${webinarId}, 'Utilisez-vous un gestionnaire de mots de passe ?', 'SINGLE',
            ${JSON.stringify([
              { id: '1', label: 'Oui' },
              { id: '2', label: 'Non' },
            ])}::jsonb, ${input.startsAt})`.execute(db);
  await sql`
    INSERT INTO webinar_poll_votes (poll_id, user_id, option_ids, voted_at)
    VALUES (${pollId}, ${input.userId}, ARRAY['1'], ${new Date(input.startsAt.getTime() + 600_000)})`.execute(db);
  await sql`
    INSERT INTO webinar_attendance (webinar_id, user_id, joined_at, last_seen_at, seconds_present)
    VALUES (${webinarId}, ${input.userId}, ${new Date(input.startsAt.getTime() + 60_000)}, ${input.endsAt}, 2700)`.execute(db);
  await sql`UPDATE webinar_registrations SET status = 'ATTENDED' WHERE webinar_id = ${webinarId} AND user_id = ${input.userId}`.execute(db);
  return { webinarId, pollId };
}

/** A finished positioning test on competency 4.1 with one right and one skipped question, as the positioning feature writes it. */
export async function givenPositioningDone(db: Database, userId: string) {
  const version = await sql<{ id: string }>`
    SELECT v.id::text AS id FROM module_versions v JOIN modules m ON m.id = v.module_id WHERE m.slug = 'mots-de-passe' ORDER BY v.number DESC LIMIT 1`.execute(
    db,
  );
  const versionId = version.rows[0]!.id;
  const sessionId = randomUUID();
  await sql`
    INSERT INTO positioning_sessions (id, user_id, competency_codes, status, seed)
    VALUES (${sessionId}, ${userId}, ARRAY['4.1'], 'IN_PROGRESS', 7)`.execute(db);
  await sql`
    INSERT INTO positioning_answers (session_id, user_id, module_version_id, item_key, skill_id, response, correct, idempotency_key)
    VALUES (${sessionId}, ${userId}, ${versionId}, 'q-robuste', ${SKILL_41}, '{"choiceIds":["phrase"]}'::jsonb, true, ${randomUUID()})`.execute(
    db,
  );
  await sql`
    INSERT INTO positioning_answers (session_id, user_id, module_version_id, item_key, skill_id, response, correct, skipped, idempotency_key)
    VALUES (${sessionId}, ${userId}, ${versionId}, 'q-nom', ${SKILL_41}, NULL, false, true, ${randomUUID()})`.execute(db);
  await sql`UPDATE positioning_sessions SET status = 'COMPLETED', completed_at = now() WHERE id = ${sessionId}`.execute(db);
  return { sessionId };
}
