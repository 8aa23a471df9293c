import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the repository root is, whether we run from src/ (tests) or dist/ (built). */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AppConfig {
  /** PostgreSQL server; when absent the api runs on PGlite persisted under dataDir (embedded mode). */
  databaseUrl: string | undefined;
  dataDir: string;
  contentDir: string;
  port: number;
  production: boolean;
  /** Origins allowed to send mutations from a browser (the web's public address). */
  allowedOrigins: string[];
  cookieSecure: boolean;
  /** Demo accounts are created only in embedded mode, never on a real PostgreSQL server. */
  demo: boolean;
  importContentOnStart: boolean;
  /** Highest CRCN level open for scoring (Pix opens levels progressively; default 6). */
  maxOpenLevel: number;
  /** Lets an end-to-end test move the api's clock (PUT /__test__/clock); never in production. */
  testClock: boolean;
  /** Single sign-on through an OpenID Connect provider (an ENT); absent: local accounts only. */
  oidc: OidcConfig | undefined;
  /** Key of the learners' pseudonyms in cohort reports (PSEUDONYM_SECRET); absent: a random key kept in dataDir. */
  pseudonymSecret?: string;
  /** The web's public address (PUBLIC_URL), for links in mail. */
  publicUrl: string;
  /** Retention of inactive accounts (issue 5): erased after `months` without activity, with a notice `noticeDays` before. */
  retention: RetentionConfig;
  /** Mail stays in the outbox (the admin screen shows it) unless smtpUrl is set; then a worker sends it. */
  mail: MailConfig;
  /** Limits of an uploaded `.h5p` package (issue 6), checked before anything is written. */
  h5p: H5pConfig;
  /**
   * The learning record store (issue 8): the largest request body /xapi accepts (XAPI_MAX_BODY_BYTES,
   * default 20 MB; beyond, 413), and whether this instance works the LRS's jobs, the projection of
   * learning events into statements and the forwarding to external LRSs (XAPI_JOBS=off stops them).
   */
  xapi: { maxBodyBytes: number; jobs: boolean };
  /** Webinars (issue 7): a BigBlueButton server whose rooms the platform creates (BBB_URL, BBB_SECRET); absent: trainers give a room address. */
  bbb: BbbConfig | undefined;
  /** Live events of webinars go through Redis when REDIS_URL is set (several api instances); absent: in process. */
  redisUrl: string | undefined;
  /** The webinar jobs (reminders, attendance reads) run in this instance unless WEBINAR_JOBS=off. */
  webinarJobs: boolean;
}

export interface BbbConfig {
  /** The server's address, e.g. https://bbb.example.fr/bigbluebutton/ (its API is under api/). */
  url: string;
  secret: string;
  /** The checksum's hash (BBB_CHECKSUM, default sha256; sha1 for servers older than 2.4). */
  checksum: 'sha1' | 'sha256';
}

export interface H5pConfig {
  /** The `.h5p` file itself (H5P_MAX_BYTES, default 20 MB). */
  maxBytes: number;
  /** Its files once extracted, declared and actually inflated (H5P_MAX_EXPANDED_BYTES, default 100 MB). */
  maxExpandedBytes: number;
}

export interface RetentionConfig {
  months: number;
  noticeDays: number;
  /** The scheduled pass in the api (RETENTION_JOB=off stops it, e.g. when another instance runs it). */
  job: boolean;
}

export interface MailConfig {
  smtpUrl: string | undefined;
  from: string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE only). */
  clientSecret: string | undefined;
  scopes: string;
  /** The claim that carries the e-mail (`email`) or the ENT's identifier of the person. */
  identityClaim: string;
  /** Where new accounts go: the organisation with this UAI, or the UAI the provider gives in organisationClaim. */
  organisationUai: string | undefined;
  organisationClaim: string | undefined;
  /** The button's text; absent: the interface's own words (« Se connecter avec l'ENT »). */
  label: string | undefined;
  /** Our callback as the browser reaches it (through the web): PUBLIC_URL + /auth/oidc/callback. */
  redirectUri: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  const publicUrl = env.PUBLIC_URL ?? 'http://localhost:3000';
  return {
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, 'data')),
    contentDir: path.resolve(env.CONTENT_DIR ?? path.join(repoRoot, 'content')),
    port: Number(env.API_PORT ?? 4000),
    production: env.NODE_ENV === 'production',
    allowedOrigins: [new URL(publicUrl).origin, ...(env.EXTRA_ORIGINS ?? '').split(',').filter(Boolean)],
    cookieSecure: publicUrl.startsWith('https:'),
    demo: !databaseUrl && env.DEMO !== 'false',
    importContentOnStart: env.IMPORT_CONTENT !== 'false',
    maxOpenLevel: levelSetting(env.MAX_OPEN_LEVEL),
    testClock: env.TEST_CLOCK === 'on' && env.NODE_ENV !== 'production',
    oidc: oidcSettings(env, publicUrl),
    pseudonymSecret: env.PSEUDONYM_SECRET || undefined,
    publicUrl,
    retention: {
      months: positiveInteger('RETENTION_MONTHS', env.RETENTION_MONTHS, 36),
      noticeDays: positiveInteger('RETENTION_NOTICE_DAYS', env.RETENTION_NOTICE_DAYS, 30),
      job: env.RETENTION_JOB !== 'off',
    },
    mail: { smtpUrl: env.SMTP_URL || undefined, from: env.MAIL_FROM || 'Continuité <ne-pas-repondre@localhost>' },
    h5p: {
      maxBytes: positiveInteger('H5P_MAX_BYTES', env.H5P_MAX_BYTES, 20 * 1024 * 1024),
      maxExpandedBytes: positiveInteger('H5P_MAX_EXPANDED_BYTES', env.H5P_MAX_EXPANDED_BYTES, 100 * 1024 * 1024),
    },
    xapi: {
      maxBodyBytes: positiveInteger('XAPI_MAX_BODY_BYTES', env.XAPI_MAX_BODY_BYTES, 20 * 1024 * 1024),
      jobs: env.XAPI_JOBS !== 'off',
    },
    bbb: bbbSettings(env),
    redisUrl: env.REDIS_URL || undefined,
    webinarJobs: env.WEBINAR_JOBS !== 'off',
  };
}

function bbbSettings(env: NodeJS.ProcessEnv): BbbConfig | undefined {
  if (!env.BBB_URL) return undefined;
  if (!env.BBB_SECRET) throw new Error('BBB_SECRET is needed with BBB_URL');
  const checksum = env.BBB_CHECKSUM || 'sha256';
  if (checksum !== 'sha1' && checksum !== 'sha256') throw new Error(`BBB_CHECKSUM must be sha1 or sha256, not ${checksum}`);
  return { url: new URL(env.BBB_URL).href, secret: env.BBB_SECRET, checksum };
}

function oidcSettings(env: NodeJS.ProcessEnv, publicUrl: string): OidcConfig | undefined {
  if (!env.OIDC_ISSUER) return undefined;
  if (!env.OIDC_CLIENT_ID) throw new Error('OIDC_CLIENT_ID is needed with OIDC_ISSUER');
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET || undefined,
    scopes: env.OIDC_SCOPES || 'openid email profile',
    identityClaim: env.OIDC_IDENTITY_CLAIM || 'email',
    organisationUai: env.OIDC_ORGANISATION_UAI || undefined,
    organisationClaim: env.OIDC_ORGANISATION_CLAIM || undefined,
    label: env.OIDC_LABEL || undefined,
    redirectUri: new URL('/auth/oidc/callback', publicUrl).href,
  };
}

function levelSetting(value: string | undefined): number {
  if (value === undefined || value === '') return 6;
  const level = Number(value);
  if (!Number.isInteger(level) || level < 1 || level > 8) throw new Error(`MAX_OPEN_LEVEL must be an integer from 1 to 8, not ${value}`);
  return level;
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not ${value}`);
  return n;
}

export const REPO_ROOT = repoRoot;
