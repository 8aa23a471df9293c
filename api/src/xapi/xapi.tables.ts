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
    /** The writing transaction (xid8, as text): forwarding reads in (tx_id, seq) order. */
    tx_id: ColumnType<string, never, never>;
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

export type XapiProjectionTables = {
  xapi_projection_queue: {
    id: ColumnType<string, never, never>;
    source: ProjectionSource;
    source_id: string;
    user_id: string;
    due_at: ColumnType<Date, Date | undefined, Date>;
    attempts: ColumnType<number, number | undefined, number>;
    last_error: string | null;
  };
  xapi_forwardings: {
    id: Generated<string>;
    organisation_id: string;
    endpoint: string;
    key: string;
    secret_encrypted: string;
    sent_tx: ColumnType<string, string | undefined, string>;
    sent_seq: ColumnType<string, string | undefined, string>;
    sent_count: ColumnType<string, string | undefined, string>;
    last_sent_at: Date | null;
    failures: ColumnType<number, number | undefined, number>;
    next_attempt_at: ColumnType<Date, Date | undefined, Date>;
    last_error: string | null;
    lease_id: string | null;
    lease_until: Date | null;
    created_at: ColumnType<Date, Date | undefined, never>;
    updated_at: ColumnType<Date, Date | undefined, Date>;
  };
};

/** What a note of the projection queue points to (see the migration 20261129053000_xapi_projection). */
export type ProjectionSource =
  'ANSWER' | 'ATTEMPT_COMPLETED' | 'POSITIONING_ANSWER' | 'POSITIONING_COMPLETED' | 'POLL_VOTE' | 'WEBINAR_ATTENDED';

export type DocumentKind = 'STATE' | 'ACTIVITY_PROFILE' | 'AGENT_PROFILE';
