import { describe, expect, it } from 'vitest';
import { forwardingFieldOfReason, forwardingState, validateClientDraft, validateForwardingDraft } from './lrs-form.ts';

describe('validateClientDraft', () => {
  it('sends the trimmed name with the chosen permission', () => {
    expect(validateClientDraft({ name: '  Simulateur  ', permission: 'READ_WRITE' })).toEqual({
      input: { name: 'Simulateur', permission: 'READ_WRITE' },
    });
  });

  it('asks for a name when there is none but spaces', () => {
    expect(validateClientDraft({ name: '   ', permission: 'WRITE' })).toEqual({ errors: { name: 'admin.lrs.create.name.required' } });
  });

  it('refuses a name longer than the api takes', () => {
    expect(validateClientDraft({ name: 'x'.repeat(121), permission: 'READ' })).toEqual({
      errors: { name: 'admin.lrs.create.name.tooLong' },
    });
  });
});

describe('validateForwardingDraft', () => {
  it('names every empty field', () => {
    expect(validateForwardingDraft({ endpoint: ' ', key: '', secret: '' })).toEqual({
      errors: {
        endpoint: 'admin.lrs.forwarding.form.required.endpoint',
        key: 'admin.lrs.forwarding.form.required.key',
        secret: 'admin.lrs.forwarding.form.required.secret',
      },
    });
  });

  it('leaves the endpoint rules to the api and keeps the secret as typed', () => {
    expect(validateForwardingDraft({ endpoint: ' pas une adresse ', key: ' cle ', secret: ' s3cret ' })).toEqual({
      input: { endpoint: 'pas une adresse', key: 'cle', secret: ' s3cret ' },
    });
  });
});

describe('forwardingFieldOfReason', () => {
  it('puts an unusable endpoint beside the endpoint field and anything else above the form', () => {
    expect(forwardingFieldOfReason('XAPI_ENDPOINT_INVALID')).toBe('endpoint');
    expect(forwardingFieldOfReason('NOT_ALLOWED')).toBeNull();
    expect(forwardingFieldOfReason(undefined)).toBeNull();
  });
});

describe('forwardingState', () => {
  it('is waiting before any send went through', () => {
    expect(forwardingState({ failures: 0, lastSentAt: null })).toBe('waiting');
  });

  it('is working once a send went through and none failed since', () => {
    expect(forwardingState({ failures: 0, lastSentAt: '2026-03-01T10:00:00Z' })).toBe('working');
  });

  it('is failing while sends fail in a row, even after earlier successes', () => {
    expect(forwardingState({ failures: 2, lastSentAt: '2026-03-01T10:00:00Z' })).toBe('failing');
  });
});
