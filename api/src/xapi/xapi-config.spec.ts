import { describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';

describe('LRS settings', () => {
  it('work the projection and forwarding jobs in this instance unless XAPI_JOBS=off', () => {
    expect(loadConfig({}).xapi).toEqual({ maxBodyBytes: 20 * 1024 * 1024, jobs: true });
    expect(loadConfig({ XAPI_JOBS: 'off' }).xapi.jobs).toBe(false);
  });
});
