import { describe, expect, it } from 'vitest';
import { uuidV5 } from './uuid-v5.js';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('gives the RFC 9562 test vector for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives the same id for the same name and another for another name', () => {
    expect(uuidV5('ANSWER:1')).toBe(uuidV5('ANSWER:1'));
    expect(uuidV5('ANSWER:1')).not.toBe(uuidV5('ANSWER:2'));
    expect(uuidV5('ANSWER:1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
