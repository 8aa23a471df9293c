import type { ColumnType, Generated } from 'kysely';

/**
 * The LRS's tables as Kysely sees them, added to the shared schema with `db.withTables<XapiTables>()`
 * so that the feature keeps its shapes beside its SQL.
 */
export type XapiTables = {
  xapi_clients: {
    id: Generated<string>;
    organisation_id: string;
    name: string;
    key: string;
    secret_hash: string;
    can_read: boolean;
    can_write: boolean;
    created_at: ColumnType<Date, Date | string | undefined, never>;
    revoked_at: Date | null;
  };
  xapi_learner_accounts: { user_id: string; name: string };
  xapi_statements: {
    seq: ColumnType<string, never, never>;
    organisation_id: string;
    id: string;
    statement: ColumnType<Record<string, any>, string, never>;
    actor_key: string | null;
    verb_id: string;
    activity_id: string | null;
    registration: string | null;
    object_statement_id: string | null;
    agent_keys: ColumnType<string[], string[], never>;
    related_agent_keys: ColumnType<string[], string[], never>;
    related_activity_ids: ColumnType<string[], string[], never>;
    stored: ColumnType<Date, Date, never>;
    timestamp: ColumnType<Date, Date | string, never>;
    voided: Generated<boolean>;
    learner_id: string | null;
    client_id: string | null;
  };
  xapi_attachments: { statement_seq: string; sha2: string; content_type: string; content: Buffer };
  xapi_documents: {
    organisation_id: string;
    kind: DocumentKind;
    activity_id: string;
    agent_key: string;
    registration: string;
    document_id: string;
    content_type: string;
    content: Buffer;
    etag: string;
    updated: Date;
    learner_id: string | null;
  };
};

export type DocumentKind = 'STATE' | 'ACTIVITY_PROFILE' | 'AGENT_PROFILE';
