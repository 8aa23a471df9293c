import { describe, expect, it } from 'vitest';
import { TEST_CERTIFICATE_X5C, signStatement } from '../../test/xapi/signing.js';
import { agentsOf, isActorOf, platformAccountNames } from './agent-policy.js';
import { learnerAccountName } from './learner-actor.js';
import { buildMultipart, parseMultipart } from './multipart.js';
import { signatureProblem } from './signature.js';
import { sameStatement } from './statement-compare.js';
import { acceptedLanguages, formatStatement, oneLanguage } from './statement-format.js';
import { statementKeys } from './statement-keys.js';
import { type StatementFilters, encodeMore, parseStatementRequest } from './statement-query.js';

const bad = (message: string) => new Error(message);
const base = {
  id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
  actor: { objectType: 'Group', member: [{ mbox: 'mailto:b@example.org' }, { mbox: 'mailto:a@example.org' }] },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { en: 'answered' } },
  object: { id: 'http://example.org/q1', definition: { name: { en: 'Q1' } } },
  timestamp: '2026-11-29T10:00:00+01:00',
};

describe('statement comparison', () => {
  it('ignores what the LRS may change or what only changes the writing', () => {
    const other = {
      ...base,
      id: base.id.toUpperCase(),
      actor: { objectType: 'Group', member: [{ mbox: 'mailto:a@example.org' }, { mbox: 'mailto:b@example.org' }] },
      verb: { id: base.verb.id, display: { fr: 'a répondu' } },
      object: { objectType: 'Activity', id: base.object.id },
      timestamp: '2026-11-29T09:00:00.000Z',
      stored: '2026-11-29T09:00:01.000Z',
      authority: { mbox: 'mailto:lrs@example.org' },
      version: '1.0.0',
    };

    expect(sameStatement(base, other)).toBe(true);
  });

  it('tells apart statements with another verb, result or instant', () => {
    expect(sameStatement(base, { ...base, verb: { id: 'http://adlnet.gov/expapi/verbs/passed' } })).toBe(false);
    expect(sameStatement(base, { ...base, result: { success: true } })).toBe(false);
    expect(sameStatement(base, { ...base, timestamp: '2026-11-29T10:00:00Z' })).toBe(false);
  });
});

describe('statement keys', () => {
  it('indexes the members of a Group actor and the context activities', () => {
    const keys = statementKeys({ ...base, context: { contextActivities: { parent: { id: 'http://example.org/m' } } } });

    expect(keys.agentKeys).toEqual(['mbox:mailto:b@example.org', 'mbox:mailto:a@example.org']);
    expect(keys.actorKey).toBeNull();
    expect(keys.relatedActivityIds).toEqual(['http://example.org/q1', 'http://example.org/m']);
  });
});

describe('statement formats', () => {
  it('keeps only identifiers with ids', () => {
    const formatted = formatStatement({ ...base, actor: { name: 'A', mbox: 'mailto:a@example.org' } }, 'ids');

    expect(formatted.actor).toEqual({ objectType: 'Agent', mbox: 'mailto:a@example.org' });
    expect(formatted.object).toEqual({ objectType: 'Activity', id: base.object.id });
  });

  it('picks the language the reader accepts, by weight', () => {
    expect(acceptedLanguages('fr-FR,fr;q=0.9,en;q=0.5,*;q=0.1')).toEqual(['fr-FR', 'fr', 'en']);
    expect(oneLanguage({ 'en-US': 'experienced', 'fr-FR': 'a suivi' }, ['fr'])).toEqual({ 'fr-FR': 'a suivi' });
    expect(oneLanguage({ 'en-US': 'experienced' }, ['de'])).toEqual({ 'en-US': 'experienced' });
  });
});

describe('statement query parameters', () => {
  it('reads a more link back to the same filters and position', () => {
    const { filters } = parseStatementRequest({ verb: 'http://example.org/v', limit: '2' }, bad) as { filters: StatementFilters };
    const more = encodeMore(filters, { stored: '2026-11-29T10:00:00.000Z', seq: '42' });

    expect(parseStatementRequest({ more }, bad)).toEqual({
      kind: 'query',
      filters,
      position: { stored: '2026-11-29T10:00:00.000Z', seq: '42' },
    });
  });

  it('refuses a more link with another parameter beside it', () => {
    expect(() => parseStatementRequest({ more: 'x', limit: '1' }, bad)).toThrow('more is used alone');
  });
});

describe('multipart/mixed', () => {
  it('reads back what it writes, bytes untouched', () => {
    const bytes = Buffer.from([0, 13, 10, 45, 45, 255]);
    const body = buildMultipart(
      [
        { headers: { 'Content-Type': 'application/json' }, body: Buffer.from('{}') },
        { headers: { 'X-Experience-API-Hash': 'abc' }, body: bytes },
      ],
      'frontiere',
    );

    const parts = parseMultipart(body, 'frontiere');

    expect(parts.map((p) => p.headers)).toEqual([{ 'content-type': 'application/json' }, { 'x-experience-api-hash': 'abc' }]);
    expect(parts[1]!.body.equals(bytes)).toBe(true);
  });
});

describe('signed statements', () => {
  const original = {
    actor: { mbox: 'mailto:a@example.org' },
    verb: { id: 'http://example.org/v' },
    object: { id: 'http://example.org/a' },
  };

  it('accepts a JWS over the statement, verified with its certificate', () => {
    expect(TEST_CERTIFICATE_X5C.length).toBeGreaterThan(100);
    expect(signatureProblem(signStatement(original, { alg: 'RS384' }), { ...original, attachments: [] })).toBeNull();
  });

  it('refuses a JWS over another statement, or with a forged signature', () => {
    expect(signatureProblem(signStatement({ ...original, verb: { id: 'http://example.org/w' } }), original)).toBe(
      'the JWS payload is not the statement it signs',
    );
    const [header, payload] = signStatement(original).split('.');
    expect(signatureProblem(`${header}.${payload}.AAAA`, original)).toBe('the JWS signature does not verify');
  });
});

describe('who may write about whom', () => {
  const home = 'https://continuite.example.fr';
  const learner = { objectType: 'Agent', account: { homePage: `${home}/`, name: 'abc' } };

  it('finds the platform accounts a statement names, wherever they are', () => {
    const statement = { actor: { mbox: 'mailto:x@example.org' }, verb: {}, object: {}, context: { instructor: learner } };

    expect(platformAccountNames(agentsOf(statement), home)).toEqual(['abc']);
  });

  it('lets a learner speak only as the actor', () => {
    expect(isActorOf({ actor: learner }, home, 'abc')).toBe(true);
    expect(isActorOf({ actor: { ...learner, account: { homePage: home, name: 'other' } } }, home, 'abc')).toBe(false);
  });

  it('names a learner by a keyed hash, stable, and unlike another learner', () => {
    const key = Buffer.from('secret');

    expect(learnerAccountName(key, 'u1')).toBe(learnerAccountName(key, 'u1'));
    expect(learnerAccountName(key, 'u1')).not.toBe(learnerAccountName(key, 'u2'));
    expect(learnerAccountName(Buffer.from('other'), 'u1')).not.toBe(learnerAccountName(key, 'u1'));
  });
});
