import { describe, expect, it } from 'vitest';
import { isTimestamp, validateStatement } from './statement-validation.js';

const valid = () => ({
  actor: { mbox: 'mailto:learner@example.org', name: 'Learner' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'fr-FR': 'a répondu' } },
  object: { id: 'http://example.org/activity/1', definition: { name: { fr: 'Question 1' } } },
});

function problemsOf(change: (s: Record<string, any>) => void, version: '1.0' | '2.0' = '1.0'): string[] {
  const statement: Record<string, any> = valid();
  change(statement);
  return validateStatement(statement, version);
}

describe('statement validation', () => {
  it('accepts a minimal statement with an actor, a verb and an activity', () => {
    expect(validateStatement(valid(), '1.0')).toEqual([]);
  });

  it('requires actor, verb and object', () => {
    expect(problemsOf((s) => delete s.actor)).toEqual(['statement.actor: is required']);
    expect(problemsOf((s) => delete s.verb)).toEqual(['statement.verb: is required']);
    expect(problemsOf((s) => delete s.object)).toEqual(['statement.object: is required']);
  });

  it('refuses a property the specification does not name, and null values', () => {
    expect(problemsOf((s) => (s.foo = 1))).toEqual(['statement.foo: is not a property the specification allows here']);
    expect(problemsOf((s) => (s.result = null))).toContain('statement.result: must not be null');
  });

  it('refuses an id that is not a UUID', () => {
    expect(problemsOf((s) => (s.id = 'not-a-uuid'))).toEqual(['statement.id: must be a UUID']);
  });

  it('refuses an Agent with no, or two, inverse functional identifiers', () => {
    expect(problemsOf((s) => (s.actor = { name: 'Nobody' }))).toContain(
      'statement.actor: an Agent must have exactly one inverse functional identifier',
    );
    expect(problemsOf((s) => (s.actor.openid = 'http://openid.example.org/x'))).toContain(
      'statement.actor: an Agent must have exactly one inverse functional identifier',
    );
  });

  it('refuses an mbox without mailto:, a bad mbox_sha1sum and an account without homePage', () => {
    expect(problemsOf((s) => (s.actor.mbox = 'learner@example.org'))).toEqual([
      'statement.actor.mbox: must be a mailto: IRI of an e-mail address',
    ]);
    expect(problemsOf((s) => (s.actor = { mbox_sha1sum: 'xyz' }))).toEqual(['statement.actor.mbox_sha1sum: must be a SHA-1 hex digest']);
    expect(problemsOf((s) => (s.actor = { account: { name: 'x' } }))).toContain('statement.actor.account.homePage: is required');
  });

  it('requires an anonymous Group to list its members, and members to be Agents', () => {
    expect(problemsOf((s) => (s.actor = { objectType: 'Group' }))).toEqual([
      'statement.actor.member: an anonymous Group must list its members',
    ]);
    expect(
      problemsOf((s) => (s.actor = { objectType: 'Group', member: [{ objectType: 'Group', mbox: 'mailto:g@example.org' }] })),
    ).toContain('statement.actor.member[0].objectType: must be Agent');
  });

  it('refuses a verb id that is not an IRI and a display that is not a language map', () => {
    expect(problemsOf((s) => (s.verb.id = 'answered'))).toEqual(['statement.verb.id: must be an IRI']);
    expect(problemsOf((s) => (s.verb.display = { 'not a tag': 'x' }))).toEqual([
      'statement.verb.display.not a tag: is not an RFC 5646 language tag',
    ]);
  });

  it('refuses an unknown objectType, and is case sensitive about it', () => {
    expect(problemsOf((s) => (s.object.objectType = 'activity'))).toEqual([
      'statement.object.objectType: must be Activity, Agent, Group, StatementRef or SubStatement',
    ]);
  });

  it('keeps the score within its bounds: scaled in [-1, 1], raw between min and max, max above min', () => {
    expect(problemsOf((s) => (s.result = { score: { scaled: 1.5 } }))).toEqual(['statement.result.score.scaled: must be between -1 and 1']);
    expect(problemsOf((s) => (s.result = { score: { raw: 11, min: 0, max: 10 } }))).toEqual([
      'statement.result.score.raw: must not be greater than max',
    ]);
    expect(problemsOf((s) => (s.result = { score: { raw: -1, min: 0 } }))).toEqual([
      'statement.result.score.raw: must not be less than min',
    ]);
    expect(problemsOf((s) => (s.result = { score: { min: 5, max: 5 } }))).toEqual(['statement.result.score.max: must be greater than min']);
  });

  it('refuses a duration that is not ISO 8601', () => {
    expect(problemsOf((s) => (s.result = { duration: 'PT1H30M5.5S' }))).toEqual([]);
    expect(problemsOf((s) => (s.result = { duration: '90 minutes' }))).toEqual(['statement.result.duration: must be an ISO 8601 duration']);
    expect(problemsOf((s) => (s.result = { duration: 'P' }))).toEqual(['statement.result.duration: must be an ISO 8601 duration']);
  });

  it('refuses extension keys that are not IRIs', () => {
    expect(problemsOf((s) => (s.result = { extensions: { score: 1 } }))).toEqual([
      'statement.result.extensions.score: extension keys must be IRIs',
    ]);
    expect(problemsOf((s) => (s.result = { extensions: { 'http://example.org/x': null } }))).toEqual([]);
  });

  it('allows revision and platform only when the object is an Activity', () => {
    expect(problemsOf((s) => (s.context = { revision: '2', platform: 'web' }))).toEqual([]);
    expect(
      problemsOf((s) => {
        s.object = { objectType: 'Agent', mbox: 'mailto:other@example.org' };
        s.context = { platform: 'web' };
      }),
    ).toEqual(['statement.context.platform: is only allowed when the object is an Activity']);
  });

  it('refuses a SubStatement holding a SubStatement, or an id, stored, version or authority', () => {
    const sub = { objectType: 'SubStatement', actor: valid().actor, verb: valid().verb, object: valid().object };
    expect(problemsOf((s) => (s.object = sub))).toEqual([]);
    expect(problemsOf((s) => (s.object = { ...sub, object: { ...sub } }))).toEqual([
      'statement.object.object: a SubStatement must not contain a SubStatement',
    ]);
    expect(problemsOf((s) => (s.object = { ...sub, id: '9e3b3a4e-8f6c-4c1f-9e1e-1b2c3d4e5f60' }))).toEqual([
      'statement.object.id: is not a property the specification allows here',
    ]);
  });

  it('requires a voiding statement to target a StatementRef', () => {
    expect(problemsOf((s) => (s.verb = { id: 'http://adlnet.gov/expapi/verbs/voided' }))).toEqual([
      'statement.object: a voiding statement must have a StatementRef object',
    ]);
  });

  it('checks attachments: usageType, display, contentType, length, sha2', () => {
    const attachment = {
      usageType: 'http://example.org/usage',
      display: { en: 'A' },
      contentType: 'text/plain',
      length: 3,
      sha2: 'a'.repeat(64),
    };
    expect(problemsOf((s) => (s.attachments = [attachment]))).toEqual([]);
    expect(problemsOf((s) => (s.attachments = [{ ...attachment, length: -1, sha2: 'zz' }]))).toEqual([
      'statement.attachments[0].length: must be a non-negative integer',
      'statement.attachments[0].sha2: must be a SHA-2 hex digest',
    ]);
  });

  it('takes contextAgents and contextGroups in 2.0 only', () => {
    const contextAgents = [
      { objectType: 'contextAgent', agent: { mbox: 'mailto:t@example.org' }, relevantTypes: ['http://example.org/teacher'] },
    ];
    expect(problemsOf((s) => (s.context = { contextAgents }), '2.0')).toEqual([]);
    expect(problemsOf((s) => (s.context = { contextAgents }), '1.0')).toEqual([
      'statement.context.contextAgents: is not a property the specification allows here',
    ]);
  });

  it('reads timestamps as ISO 8601, never with the -00:00 offset, and with a zone in 2.0', () => {
    expect(isTimestamp('2026-11-29T10:00:00.123Z')).toBe(true);
    expect(isTimestamp('2026-11-29T10:00:00+01:00')).toBe(true);
    expect(isTimestamp('2026-11-29T10:00:00-00:00')).toBe(false);
    expect(isTimestamp('2026-13-29T10:00:00Z')).toBe(false);
    expect(isTimestamp('2026-11-29T10:00:00', true)).toBe(false);
  });
});
