import { describe, expect, it } from 'vitest';
import { isCrossSiteFormPost, publicOrigin } from './origin.ts';

const ORIGIN = 'http://localhost:3000';

function post(origin: string | null, type = 'application/x-www-form-urlencoded') {
  const headers = new Headers({ 'content-type': type });
  if (origin) headers.set('origin', origin);
  return new Request(`${ORIGIN}/connexion`, { method: 'POST', headers, body: 'a=1' });
}

describe('publicOrigin', () => {
  it('prefers the configured address to the one the adapter guessed', () => {
    expect(publicOrigin(new URL('https://localhost:3000/x'), { ORIGIN: 'http://localhost:3000/' })).toBe(ORIGIN);
  });

  it('uses the request origin when nothing is configured or the value is unusable', () => {
    expect(publicOrigin(new URL('https://continuite.example/x'), {})).toBe('https://continuite.example');
    expect(publicOrigin(new URL('https://continuite.example/x'), { ORIGIN: 'not a url' })).toBe('https://continuite.example');
  });
});

describe('isCrossSiteFormPost', () => {
  it('refuses a form posted from another site or without an origin', () => {
    expect(isCrossSiteFormPost(post('https://evil.example'), ORIGIN)).toBe(true);
    expect(isCrossSiteFormPost(post(null), ORIGIN)).toBe(true);
    expect(isCrossSiteFormPost(post('https://evil.example', 'multipart/form-data; boundary=x'), ORIGIN)).toBe(true);
  });

  it('lets our own forms, reads and JSON requests through', () => {
    expect(isCrossSiteFormPost(post(ORIGIN), ORIGIN)).toBe(false);
    expect(isCrossSiteFormPost(new Request(`${ORIGIN}/catalogue`), ORIGIN)).toBe(false);
    expect(isCrossSiteFormPost(post('https://evil.example', 'application/json'), ORIGIN)).toBe(false);
  });
});
