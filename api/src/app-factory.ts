import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import { Clock } from './core/clock.js';
import type { AppConfig } from './core/config.js';
import { serveModuleMedia } from './core/media.js';
import { type Database, createDatabase, migrateToLatest } from './database/database.js';
import { mountH5pRoutes } from './h5p/h5p.routes.js';
import { H5pService } from './h5p/h5p.service.js';
import { IdentityService } from './identity/identity.service.js';
import { mountSsoRoutes } from './identity/sso.routes.js';
import { SsoService } from './identity/sso.service.js';
import { RegistrationService } from './webinar/registration.service.js';
import { mountWebinarRoutes } from './webinar/webinar.routes.js';
import { mountStudioMediaRoutes } from './studio/studio-media.routes.js';
import { StudioMediaService, studioMediaRoot } from './studio/studio-media.service.js';
import { ClientsService } from './xapi/clients.service.js';
import { DocumentsService } from './xapi/documents.service.js';
import { StatementsService } from './xapi/statements.service.js';
import { mountXapiRoutes } from './xapi/xapi.routes.js';

export interface StartedApi {
  app: NestExpressApplication;
  db: Database;
}

/** Builds the api on a migrated database; main.ts, the tests and the benchmark all start it this way. */
export async function createApi(config: AppConfig, db?: Database, options: { logger?: false } = {}): Promise<StartedApi> {
  const database =
    db ?? createDatabase({ url: config.databaseUrl, pgliteDir: config.databaseUrl ? undefined : `${config.dataDir}/pglite` });
  await migrateToLatest(database);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.with(config, database), {
    logger: options.logger ?? ['error', 'warn', 'log'],
    bodyParser: false,
  });
  // The web forwards requests from the same machine; X-Forwarded-For then carries the learner's address.
  app.set('trust proxy', 'loopback');
  app.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } }));
  app.use(cookieParser());
  // Before the JSON parser: the LRS reads its bodies itself (multipart/mixed, opaque documents, its own size limit).
  mountXapiRoutes(app.getHttpAdapter().getInstance(), {
    clients: app.get(ClientsService),
    statements: app.get(StatementsService),
    documents: app.get(DocumentsService),
    maxBodyBytes: config.xapi.maxBodyBytes,
  });
  // 1 MB: a people file of 5,000 lines fits (importPeople); every other request is far smaller.
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(new ValidationPipe({ transform: true, forbidUnknownValues: false }));
  serveModuleMedia(app.getHttpAdapter().getInstance(), config.contentDir, studioMediaRoot(config));
  app.get(Clock).mountTestRoute(app.getHttpAdapter().getInstance());
  mountSsoRoutes(app.getHttpAdapter().getInstance(), app.get(SsoService));
  mountH5pRoutes(app.getHttpAdapter().getInstance(), app.get(H5pService), app.get(IdentityService));
  mountWebinarRoutes(app.getHttpAdapter().getInstance(), app.get(RegistrationService), app.get(IdentityService));
  mountStudioMediaRoutes(app.getHttpAdapter().getInstance(), app.get(StudioMediaService), app.get(IdentityService));
  app.enableShutdownHooks();
  return { app, db: database };
}
