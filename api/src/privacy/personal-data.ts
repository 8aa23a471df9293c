/**
 * Every column that points to a person, and what export and erasure do with it (issue 5). A test
 * lists the columns of the database that reference users and fails when one is missing here, so a
 * new table cannot be forgotten: add it here, then to the export (export.repository.ts) under the
 * section named.
 */
export type ExportSection =
  | 'account'
  | 'memberships'
  | 'cohorts'
  | 'sessions'
  | 'ssoIdentities'
  | 'attempts'
  | 'answers'
  | 'positioningSessions'
  | 'positioningAnswers'
  | 'reviewCards'
  | 'reviewLogs'
  | 'assignmentsMade'
  | 'auditEntries'
  | 'retentionNotices'
  | 'mails'
  | 'modulesAuthored'
  | 'h5pPackagesUploaded'
  | 'h5pStates'
  | 'webinarsCreated'
  | 'webinarRegistrations'
  | 'webinarQuestions'
  | 'webinarUpvotes'
  | 'webinarPollVotes'
  | 'webinarAttendance'
  | 'xapiStatements'
  | 'xapiDocuments'
  | 'xapiAccount';

export interface PersonColumn {
  table: string;
  column: string;
  section: ExportSection;
  /**
   * `delete`: the rows are the person's and go (after learning records are folded into anonymous
   * counts). `detach`: the rows are someone else's record (an assignment, an audit entry); the
   * reference becomes null and, where there is one, `erasedFlag` keeps that someone was there.
   */
  erasure: 'delete' | 'detach';
  erasedFlag?: string;
}

/** In erasure order: rows that depend on others first. `users.id` itself goes last. */
export const PERSON_COLUMNS: readonly PersonColumn[] = [
  { table: 'audit_log', column: 'actor_id', section: 'auditEntries', erasure: 'detach', erasedFlag: 'actor_erased' },
  { table: 'audit_log', column: 'target_user_id', section: 'auditEntries', erasure: 'detach', erasedFlag: 'target_erased' },
  { table: 'assignments', column: 'assigned_by', section: 'assignmentsMade', erasure: 'detach' },
  { table: 'h5p_packages', column: 'uploaded_by', section: 'h5pPackagesUploaded', erasure: 'detach' },
  { table: 'h5p_user_data', column: 'user_id', section: 'h5pStates', erasure: 'delete' },
  { table: 'webinars', column: 'created_by', section: 'webinarsCreated', erasure: 'detach' },
  { table: 'webinar_question_upvotes', column: 'user_id', section: 'webinarUpvotes', erasure: 'delete' },
  { table: 'webinar_questions', column: 'user_id', section: 'webinarQuestions', erasure: 'delete' },
  { table: 'webinar_poll_votes', column: 'user_id', section: 'webinarPollVotes', erasure: 'delete' },
  { table: 'webinar_attendance', column: 'user_id', section: 'webinarAttendance', erasure: 'delete' },
  { table: 'webinar_registrations', column: 'user_id', section: 'webinarRegistrations', erasure: 'delete' },
  // xAPI (issue 8): the statements whose actor is the learner (their attachments go with them), the
  // documents about them, then the account name that ties the two to the learner. The learner's events
  // not yet made statements (xapi_projection_queue) are notes about records exported in their own sections.
  { table: 'xapi_projection_queue', column: 'user_id', section: 'xapiStatements', erasure: 'delete' },
  { table: 'xapi_statements', column: 'learner_id', section: 'xapiStatements', erasure: 'delete' },
  { table: 'xapi_documents', column: 'learner_id', section: 'xapiDocuments', erasure: 'delete' },
  { table: 'xapi_learner_accounts', column: 'user_id', section: 'xapiAccount', erasure: 'delete' },
  { table: 'module_authors', column: 'user_id', section: 'modulesAuthored', erasure: 'delete' },
  { table: 'review_logs', column: 'user_id', section: 'reviewLogs', erasure: 'delete' },
  { table: 'review_cards', column: 'user_id', section: 'reviewCards', erasure: 'delete' },
  { table: 'positioning_answers', column: 'user_id', section: 'positioningAnswers', erasure: 'delete' },
  { table: 'positioning_sessions', column: 'user_id', section: 'positioningSessions', erasure: 'delete' },
  { table: 'answers', column: 'user_id', section: 'answers', erasure: 'delete' },
  { table: 'attempts', column: 'user_id', section: 'attempts', erasure: 'delete' },
  { table: 'retention_notices', column: 'user_id', section: 'retentionNotices', erasure: 'delete' },
  { table: 'sso_identities', column: 'user_id', section: 'ssoIdentities', erasure: 'delete' },
  { table: 'sessions', column: 'user_id', section: 'sessions', erasure: 'delete' },
  { table: 'cohort_members', column: 'user_id', section: 'cohorts', erasure: 'delete' },
  { table: 'memberships', column: 'user_id', section: 'memberships', erasure: 'delete' },
];

/**
 * Columns that hold a person's e-mail address (or ENT identifier) rather than their id: erased by
 * value. `mail_outbox` is emptied of their mail by MailService.
 */
export const ADDRESS_COLUMNS: readonly { table: string; column: string; section: ExportSection | null }[] = [
  { table: 'sign_in_failures', column: 'email', section: null },
  { table: 'mail_outbox', column: 'to_address', section: 'mails' },
];
