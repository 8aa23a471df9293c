import { describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';

describe('webinar settings of loadConfig', () => {
  it('has no BigBlueButton server, no Redis and runs the jobs by default', () => {
    const config = loadConfig({});

    expect(config.bbb).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.webinarJobs).toBe(true);
  });

  it('reads BBB_URL, BBB_SECRET, BBB_CHECKSUM, REDIS_URL and WEBINAR_JOBS', () => {
    const config = loadConfig({
      BBB_URL: 'https://bbb.example.fr/bigbluebutton/',
      BBB_SECRET: 's3cret',
      BBB_CHECKSUM: 'sha1',
      REDIS_URL: 'redis://127.0.0.1:6379',
      WEBINAR_JOBS: 'off',
    });

    expect(config.bbb).toEqual({ url: 'https://bbb.example.fr/bigbluebutton/', secret: 's3cret', checksum: 'sha1' });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.webinarJobs).toBe(false);
  });

  it('refuses BBB_URL without its secret, and an unknown checksum', () => {
    expect(() => loadConfig({ BBB_URL: 'https://bbb.example.fr/bigbluebutton/' })).toThrow('BBB_SECRET');
    expect(() => loadConfig({ BBB_URL: 'https://bbb.example.fr/', BBB_SECRET: 's', BBB_CHECKSUM: 'md5' })).toThrow('BBB_CHECKSUM');
  });
});
