import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Table shapes as Kysely sees them. Columns are snake_case; repositories map rows to camelCase objects. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface OrganisationsTable {
  id: Generated<string>;
  kind: 'ACADEMIE' | 'ETABLISSEMENT' | 'SERVICE';
  name: string;
  uai: string | null;
  parent_id: string | null;
  created_at: CreatedAt;
}
export interface UsersTable {
  id: Generated<string>;
  email: string | null;
  identifier: string | null;
  last_active_at: Generated<Date>;
  display_name: string;
  password_hash: string | null;
  locale: Generated<string>;
  created_at: CreatedAt;
}
export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  role: 'LEARNER' | 'TRAINER' | 'MANAGER' | 'ADMIN';
}
export interface CohortsTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
}
export interface CohortMembersTable {
  cohort_id: string;
  user_id: string;
}
export interface SsoIdentitiesTable {
  issuer: string;
  subject: string;
  user_id: string;
  created_at: CreatedAt;
}
export interface SsoPendingLoginsTable {
  key_hash: string;
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  expires_at: Date;
}
export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
}
export interface SignInFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string;
  failed_at: CreatedAt;
}
export interface DomainsTable {
  code: string;
  name: string;
  position: number;
}
export interface CompetenciesTable {
  code: string;
  domain_code: string;
  name: string;
  description: string | null;
  position: number;
}
export interface TubesTable {
  id: string;
  competency_code: string;
  name: string;
}
export interface SkillsTable {
  id: string;
  tube_id: string;
  competency_code: string;
  level: number;
  description: string;
}
export interface ModulesTable {
  id: Generated<string>;
  slug: string;
  current_version_id: string | null;
  /** Written in the trainer studio: the import of content/ files skips it. */
  managed_in_studio: Generated<boolean>;
  archived_at: Date | null;
  created_at: CreatedAt;
}
export interface ModuleVersionsTable {
  id: Generated<string>;
  module_id: string;
  number: number;
  content_hash: string;
  /** The validated module as written, solutions included: never returned by a resolver. */
  content: unknown;
  /** What learners may see: Markdown rendered and sanitised, solutions removed. */
  public_content: unknown;
  title: string;
  summary: string;
  theme: string;
  audience: string;
  duration_minutes: number;
  level: number;
  competency_codes: string[];
  search_text: string;
  graded_count: number;
  published_at: CreatedAt;
}
export interface AttemptsTable {
  id: Generated<string>;
  user_id: string;
  module_id: string;
  module_version_id: string;
  status: 'IN_PROGRESS' | 'COMPLETED';
  current_grain_index: Generated<number>;
  started_at: CreatedAt;
  completed_at: Date | null;
  /** Set on an attempt reserved by a download for offline play (issue 9): the browser's key for that download. */
  download_key: string | null;
}
export interface AnswersTable {
  id: Generated<string>;
  attempt_id: string;
  user_id: string;
  element_id: string;
  skill_id: string | null;
  response: unknown;
  correct: boolean;
  graded: Generated<boolean>;
  idempotency_key: string;
  answered_at: CreatedAt;
}
export interface PositioningSessionsTable {
  id: Generated<string>;
  user_id: string;
  competency_codes: string[];
  status: 'IN_PROGRESS' | 'COMPLETED' | 'ABANDONED';
  seed: number;
  pending_version_id: string | null;
  pending_item_key: string | null;
  shared_at: Date | null;
  started_at: CreatedAt;
  completed_at: Date | null;
}
export interface PositioningAnswersTable {
  id: Generated<string>;
  session_id: string;
  user_id: string;
  module_version_id: string;
  item_key: string;
  skill_id: string;
  response: unknown;
  correct: boolean;
  skipped: Generated<boolean>;
  idempotency_key: string;
  answered_at: CreatedAt;
}
export interface ReviewCardsTable {
  id: Generated<string>;
  user_id: string;
  module_id: string;
  item_key: string;
  source: 'FLASHCARD' | 'MISTAKE';
  due: Date;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: Date | null;
  created_at: CreatedAt;
}
export interface ReviewLogsTable {
  id: Generated<string>;
  card_id: string;
  user_id: string;
  rating: number;
  correct: boolean | null;
  response: unknown;
  idempotency_key: string;
  reviewed_at: Date;
}
export interface AssignmentsTable {
  id: Generated<string>;
  cohort_id: string;
  module_id: string;
  /** A calendar date (YYYY-MM-DD): due at the end of that day, Europe/Paris. */
  due_on: ColumnType<string, string, string>;
  assigned_by: string | null;
  created_at: CreatedAt;
}
export interface AuditLogTable {
  id: Generated<string>;
  at: CreatedAt;
  actor_id: string | null;
  action: string;
  organisation_id: string | null;
  target_user_id: string | null;
  details: ColumnType<unknown, string | undefined, string>;
  /** Set when the actor's or target's account was erased (their id is then null). */
  actor_erased: Generated<boolean>;
  target_erased: Generated<boolean>;
}
export interface AnonymousItemAnswersTable {
  module_version_id: string;
  item_key: string;
  organisation_id: string | null;
  answers: number;
  correct: number;
}
export interface AnonymousItemChoicesTable {
  module_version_id: string;
  item_key: string;
  organisation_id: string | null;
  choice_id: string;
  chosen: number;
  chosen_when_wrong: number;
}
export interface AnonymousModuleAttemptsTable {
  module_id: string;
  module_version_id: string;
  organisation_id: string | null;
  started: number;
  completed: number;
}
export interface AnonymousPositioningAnswersTable {
  module_version_id: string;
  item_key: string;
  organisation_id: string | null;
  answers: number;
  correct: number;
  skipped: number;
}
export interface RetentionNoticesTable {
  user_id: string;
  sent_at: Date;
}
export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  attachments: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: CreatedAt;
  sent_at: Date | null;
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: Date | null;
}
export interface ModuleDraftsTable {
  module_id: string;
  organisation_id: string;
  /** The whole module as the content format's JSON, as the trainer left it (valid or not). */
  content: ColumnType<unknown, string, string>;
  revision: Generated<number>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export interface ModuleAuthorsTable {
  module_id: string;
  user_id: string;
  role: 'OWNER' | 'CO_AUTHOR';
  added_at: CreatedAt;
}
export interface H5pPackagesTable {
  id: Generated<string>;
  title: string;
  main_library: string;
  uploaded_by: string | null;
  organisation_id: string | null;
  size_bytes: ColumnType<string, number, number>;
  expanded_bytes: ColumnType<string, number, number>;
  created_at: CreatedAt;
}
export interface H5pUserDataTable {
  user_id: string;
  attempt_id: string;
  element_id: string;
  package_id: string;
  data: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface WebinarsTable {
  id: Generated<string>;
  organisation_id: string;
  title: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  capacity: number;
  open_to_all: boolean;
  room_kind: 'BIGBLUEBUTTON' | 'VISIO' | 'JITSI' | 'PLATFORM_BIGBLUEBUTTON';
  room_url: string | null;
  bbb_meeting_id: string | null;
  slide_deck_url: string | null;
  follow_up_module_slug: string | null;
  attendance_threshold_minutes: number;
  replay_url: string | null;
  created_by: string | null;
  cancelled_at: Date | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export interface WebinarAudienceOrganisationsTable {
  webinar_id: string;
  organisation_id: string;
}
export interface WebinarAudienceCohortsTable {
  webinar_id: string;
  cohort_id: string;
}
export interface WebinarRegistrationsTable {
  webinar_id: string;
  user_id: string;
  status: 'REGISTERED' | 'WAITLISTED' | 'CANCELLED' | 'ATTENDED';
  queue_order: ColumnType<string, never, string>;
  requested_at: Date;
  confirmed_at: Date | null;
  cancelled_at: Date | null;
}
export interface WebinarQuestionsTable {
  id: Generated<string>;
  webinar_id: string;
  user_id: string;
  text: string;
  status: Generated<'OPEN' | 'ANSWERED' | 'HIDDEN'>;
  client_key: string | null;
  asked_at: Date;
}
export interface WebinarQuestionUpvotesTable {
  question_id: string;
  user_id: string;
  upvoted_at: Date;
}
export interface WebinarPollsTable {
  id: Generated<string>;
  webinar_id: string;
  question: string;
  kind: 'SINGLE' | 'MULTIPLE';
  options: ColumnType<{ id: string; label: string }[], string, string>;
  status: Generated<'OPEN' | 'CLOSED'>;
  launched_at: Date;
  closed_at: Date | null;
}
export interface WebinarPollVotesTable {
  poll_id: string;
  user_id: string;
  option_ids: string[];
  voted_at: Date;
}
export interface WebinarAttendanceTable {
  webinar_id: string;
  user_id: string;
  joined_at: Date;
  last_seen_at: Date | null;
  seconds_present: Generated<number>;
}
export interface WebinarJobsTable {
  id: Generated<string>;
  webinar_id: string;
  kind: 'REMINDER_24H' | 'REMINDER_1H' | 'ATTENDANCE';
  run_at: Date;
  done_at: Date | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  cohorts: CohortsTable;
  cohort_members: CohortMembersTable;
  sessions: SessionsTable;
  sso_identities: SsoIdentitiesTable;
  sso_pending_logins: SsoPendingLoginsTable;
  sign_in_failures: SignInFailuresTable;
  domains: DomainsTable;
  competencies: CompetenciesTable;
  tubes: TubesTable;
  skills: SkillsTable;
  modules: ModulesTable;
  module_versions: ModuleVersionsTable;
  attempts: AttemptsTable;
  answers: AnswersTable;
  positioning_sessions: PositioningSessionsTable;
  positioning_answers: PositioningAnswersTable;
  review_cards: ReviewCardsTable;
  review_logs: ReviewLogsTable;
  assignments: AssignmentsTable;
  audit_log: AuditLogTable;
  anonymous_item_answers: AnonymousItemAnswersTable;
  anonymous_item_choices: AnonymousItemChoicesTable;
  anonymous_module_attempts: AnonymousModuleAttemptsTable;
  anonymous_positioning_answers: AnonymousPositioningAnswersTable;
  retention_notices: RetentionNoticesTable;
  mail_outbox: MailOutboxTable;
  module_drafts: ModuleDraftsTable;
  module_authors: ModuleAuthorsTable;
  h5p_packages: H5pPackagesTable;
  h5p_user_data: H5pUserDataTable;
  webinars: WebinarsTable;
  webinar_audience_organisations: WebinarAudienceOrganisationsTable;
  webinar_audience_cohorts: WebinarAudienceCohortsTable;
  webinar_registrations: WebinarRegistrationsTable;
  webinar_questions: WebinarQuestionsTable;
  webinar_question_upvotes: WebinarQuestionUpvotesTable;
  webinar_polls: WebinarPollsTable;
  webinar_poll_votes: WebinarPollVotesTable;
  webinar_attendance: WebinarAttendanceTable;
  webinar_jobs: WebinarJobsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewModuleVersion = Insertable<ModuleVersionsTable>;
