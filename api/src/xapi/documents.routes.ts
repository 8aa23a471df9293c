import type { Request, Router } from 'express';
import type { DocumentAddress, DocumentsService } from './documents.service.js';
import { parseAgentParameter } from './statement-query.js';
import { isTimestamp } from './statement-validation.js';
import { agentKey } from './statement-keys.js';
import type { StatementsService } from './statements.service.js';
import { LrsErrors } from './xapi.errors.js';
import { isIri, isUuid } from './xapi-forms.js';
import { bodyOf, checkParameters, handle, lrsOf, queryParameters } from './xapi.routes.js';
import type { DocumentKind } from './xapi.tables.js';

interface DocumentResource {
  path: string;
  kind: DocumentKind;
  /** The parameter naming one document. */
  idParameter: string;
  /** The parameters of its address, all required but registration. */
  address: readonly ('activityId' | 'agent' | 'registration')[];
}

const RESOURCES: readonly DocumentResource[] = [
  { path: '/activities/state', kind: 'STATE', idParameter: 'stateId', address: ['activityId', 'agent', 'registration'] },
  { path: '/activities/profile', kind: 'ACTIVITY_PROFILE', idParameter: 'profileId', address: ['activityId'] },
  { path: '/agents/profile', kind: 'AGENT_PROFILE', idParameter: 'profileId', address: ['agent'] },
];

/** The State, Activity Profile and Agent Profile resources (Communication 2.3 to 2.6), then Activities and Agents. */
export function mountDocumentRoutes(router: Router, documents: DocumentsService, statements: StatementsService): void {
  for (const resource of RESOURCES) {
    router.get(
      resource.path,
      handle(async (req, res) => {
        const params = queryParameters(req);
        const { principal } = lrsOf(res);
        const address = readAddress(resource, params, [resource.idParameter, 'since']);
        const documentId = params[resource.idParameter];
        if (documentId === undefined) {
          const since = params.since;
          if (since !== undefined && !isTimestamp(since)) throw LrsErrors.badRequest('since must be an ISO 8601 timestamp');
          res.json(await documents.documentIds(principal, address, since === undefined ? undefined : new Date(since)));
          return;
        }
        if (params.since !== undefined) throw LrsErrors.badRequest(`since goes without ${resource.idParameter}`);
        const document = await documents.document(principal, address, documentId);
        res.setHeader('ETag', document.etag);
        res.setHeader('Last-Modified', document.updated.toUTCString());
        res.setHeader('Content-Type', document.contentType);
        res.send(document.content);
      }),
    );

    for (const method of ['put', 'post'] as const) {
      router[method](
        resource.path,
        handle(async (req, res) => {
          const params = queryParameters(req);
          const address = readAddress(resource, params, [resource.idParameter]);
          const documentId = params[resource.idParameter];
          if (documentId === undefined) throw LrsErrors.badRequest(`the parameter ${resource.idParameter} is required`);
          const { principal, version } = lrsOf(res);
          await documents.saveDocument(
            principal,
            address,
            documentId,
            { contentType: req.header('content-type') ?? 'application/octet-stream', content: bodyOf(req), merge: method === 'post' },
            preconditionsOf(req),
            version,
          );
          res.status(204).end();
        }),
      );
    }

    router.delete(
      resource.path,
      handle(async (req, res) => {
        const params = queryParameters(req);
        const address = readAddress(resource, params, [resource.idParameter]);
        const documentId = params[resource.idParameter];
        // Only the State resource deletes all the documents of an address at once.
        if (documentId === undefined && resource.kind !== 'STATE')
          throw LrsErrors.badRequest(`the parameter ${resource.idParameter} is required`);
        await documents.deleteDocument(lrsOf(res).principal, address, documentId, preconditionsOf(req));
        res.status(204).end();
      }),
    );
  }

  router.get(
    '/activities',
    handle(async (req, res) => {
      const params = queryParameters(req);
      checkParameters(params, ['activityId'], ['activityId']);
      const activityId = params.activityId!;
      if (!isIri(activityId)) throw LrsErrors.badRequest('activityId must be an IRI');
      const definition = await statements.activityDefinition(lrsOf(res).principal, activityId);
      res.json({ objectType: 'Activity', id: activityId, ...(definition ? { definition } : {}) });
    }),
  );

  router.get(
    '/agents',
    handle(async (req, res) => {
      const params = queryParameters(req);
      checkParameters(params, ['agent'], ['agent']);
      const agent = parseAgentParameter(params.agent!, LrsErrors.badRequest);
      if (!lrsOf(res).principal.canRead) throw LrsErrors.forbidden();
      // What this LRS knows of a person is what the agent itself says (Communication 2.5: a Person object).
      const person: Record<string, unknown[] | string> = { objectType: 'Person' };
      for (const key of ['name', 'mbox', 'mbox_sha1sum', 'openid', 'account']) if (agent[key] !== undefined) person[key] = [agent[key]];
      res.json(person);
    }),
  );
}

function readAddress(resource: DocumentResource, params: Record<string, string>, extra: readonly string[]): DocumentAddress {
  const required = resource.address.filter((p) => p !== 'registration');
  checkParameters(params, [...resource.address, ...extra], required);
  const activityId = params.activityId ?? '';
  if (resource.address.includes('activityId') && !isIri(activityId)) throw LrsErrors.badRequest('activityId must be an IRI');
  const agent = params.agent !== undefined ? parseAgentParameter(params.agent, LrsErrors.badRequest) : null;
  const registration = params.registration ?? '';
  if (registration && !isUuid(registration)) throw LrsErrors.badRequest('registration must be a UUID');
  return { kind: resource.kind, activityId, agent, agentKey: agent ? agentKey(agent)! : '', registration: registration.toLowerCase() };
}

function preconditionsOf(req: Request): { ifMatch?: string; ifNoneMatch?: string } {
  return { ifMatch: req.header('if-match'), ifNoneMatch: req.header('if-none-match') };
}
