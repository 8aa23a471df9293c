import type { Migration, MigrationProvider } from 'kysely/migration';
import * as createIdentity from './20261128120000_create_identity_and_organisations.js';
import * as createCatalogue from './20261128120100_create_framework_and_catalogue.js';
import * as createAttempts from './20261128120200_create_attempts_and_answers.js';
import * as ungradedAnswers from './20261128130000_answers_of_ungraded_items.js';
import * as positioningAndReview from './20261129020000_positioning_and_review.js';
import * as organisationsAndAudit from './20261129030000_organisations_assignments_audit.js';
import * as ssoIdentities from './20261129031000_sso_identities.js';
import * as privacyAndOutbox from './20261129032000_privacy_and_outbox.js';
import * as h5p from './20261129040000_h5p.js';
import * as studio from './20261129041000_studio.js';
import * as webinars from './20261129050000_webinars.js';
import * as xapi from './20261129051000_xapi.js';
import * as offline from './20261129052000_offline.js';
import * as xapiProjection from './20261129053000_xapi_projection.js';

/** Migrations are listed here (not read from disk) so the built api and the tests run the same set. */
const migrations: Record<string, Migration> = {
  '20261128120000_create_identity_and_organisations': createIdentity,
  '20261128120100_create_framework_and_catalogue': createCatalogue,
  '20261128120200_create_attempts_and_answers': createAttempts,
  '20261128130000_answers_of_ungraded_items': ungradedAnswers,
  '20261129020000_positioning_and_review': positioningAndReview,
  '20261129030000_organisations_assignments_audit': organisationsAndAudit,
  '20261129031000_sso_identities': ssoIdentities,
  '20261129032000_privacy_and_outbox': privacyAndOutbox,
  '20261129040000_h5p': h5p,
  '20261129041000_studio': studio,
  '20261129050000_webinars': webinars,
  '20261129051000_xapi': xapi,
  '20261129052000_offline': offline,
  '20261129053000_xapi_projection': xapiProjection,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
