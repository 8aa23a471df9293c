import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { CompetencyModule } from './competency/competency.module.js';
import { AuthGuard } from './core/auth.guard.js';
import { Clock } from './core/clock.js';
import type { AppConfig } from './core/config.js';
import { APP_CONFIG } from './core/config.provider.js';
import { DomainErrorFilter, formatError } from './core/errors.js';
import { complexityPlugin, depthAndAliasRule } from './core/graphql-limits.js';
import { Loaders } from './core/loaders.js';
import type { RequestContext } from './core/request-context.js';
import { DATABASE, type Database } from './database/database.js';
import { H5pModule } from './h5p/h5p.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { LearningModule } from './learning/learning.module.js';
import { MailModule } from './mail/mail.module.js';
import { OrganisationModule } from './organisation/organisation.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { StudioModule } from './studio/studio.module.js';
import { isSocketContext, liveSubscriptions, socketContext } from './webinar/live-socket.js';
import { WebinarModule } from './webinar/webinar.module.js';
import { XapiModule } from './xapi/xapi.module.js';

@Global()
@Module({})
class InfrastructureModule {
  static with(config: AppConfig, db: Database): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: DATABASE, useValue: db }, Clock],
      exports: [APP_CONFIG, DATABASE, Clock],
    };
  }
}

export const FEATURE_MODULES = [
  PrivacyModule,
  IdentityModule,
  OrganisationModule,
  CompetencyModule,
  CatalogueModule,
  LearningModule,
  AnalyticsModule,
  MailModule,
  StudioModule,
  H5pModule,
  XapiModule,
  WebinarModule,
];

@Module({})
export class AppModule {
  static with(config: AppConfig, db: Database): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.with(config, db),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: !config.production,
          graphiql: false,
          // Apollo's CSRF prevention: a browser can only send a simple (cross-site) request without a JSON content type.
          csrfPrevention: true,
          validationRules: [depthAndAliasRule],
          plugins: [complexityPlugin()],
          formatError,
          // Subscriptions (issue 7) run over graphql-ws on the same path; their context comes from the WebSocket upgrade.
          subscriptions: liveSubscriptions(config),
          context: (exchange: { req: Request; res: Response }): RequestContext =>
            isSocketContext(exchange) ? socketContext(exchange) : { req: exchange.req, res: exchange.res, loaders: new Loaders() },
        }),
        ...FEATURE_MODULES,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
