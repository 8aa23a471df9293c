import { describe, expect, it } from 'vitest';
import { endpointProblem, retryAfterFailure, statementToForward, statementsUrl, versionOfBatch } from './forwarding-rules.js';
import { openSecret, sealSecret, secretKey } from './secret-box.js';

const NOW = new Date('2026-11-29T10:00:00Z');
const waitAfter = (failures: number) => (retryAfterFailure(NOW, failures).getTime() - NOW.getTime()) / 1000;

describe('retryAfterFailure', () => {
  it('waits 30 s after the first failure, doubles each time, and stops growing at one hour', () => {
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([30, 60, 120, 240]);
    expect(waitAfter(8)).toBe(3600);
    expect(waitAfter(50)).toBe(3600);
  });
});

describe('statementsUrl', () => {
  it('finds the Statements resource with or without a final slash', () => {
    expect(statementsUrl('https://lrs.example.fr/xapi').href).toBe('https://lrs.example.fr/xapi/statements');
    expect(statementsUrl('https://lrs.example.fr/xapi/').href).toBe('https://lrs.example.fr/xapi/statements');
  });
});

describe('endpointProblem', () => {
  it.each([
    ['https://lrs.example.fr/xapi/', false, null],
    ['http://127.0.0.1:8080/xapi/', false, null],
    ['http://lrs.example.fr/xapi/', true, 'an LRS is reached over https'],
    ['ftp://lrs.example.fr/', false, 'an LRS is reached over http or https'],
    ['https://key:secret@lrs.example.fr/', false, 'give the key and secret apart, not in the address'],
    ['not a url', false, 'not an address'],
  ])('%s (production: %s) → %s', (endpoint, production, problem) => {
    expect(endpointProblem(endpoint, production)).toBe(problem);
  });
});

describe('statements sent on', () => {
  it('leave stored and authority to the receiving LRS and keep everything else', () => {
    const statement = { id: 'x', actor: {}, verb: {}, object: {}, stored: 's', authority: { mbox: 'mailto:a@b.c' }, version: '1.0.0' };

    expect(statementToForward(statement)).toEqual({ id: 'x', actor: {}, verb: {}, object: {}, version: '1.0.0' });
  });

  it('go as 2.0.0 when one of the batch was written in 2.0', () => {
    expect(versionOfBatch([{ version: '1.0.0' }])).toBe('1.0.3');
    expect(versionOfBatch([{ version: '1.0.0' }, { version: '2.0.0' }])).toBe('2.0.0');
  });
});

describe('the secret of an external LRS', () => {
  it('is sealed so that only the server key opens it, and never appears in clear', () => {
    const key = secretKey(Buffer.from('server key'));

    const sealed = sealSecret(key, 'très secret');

    expect(sealed).not.toContain('secret');
    expect(openSecret(key, sealed)).toBe('très secret');
    expect(() => openSecret(secretKey(Buffer.from('another key')), sealed)).toThrow();
  });
});
