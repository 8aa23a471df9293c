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
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  cohorts: CohortsTable;
  cohort_members: CohortMembersTable;
  sessions: SessionsTable;
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
}

export type UserRow = Selectable<UsersTable>;
export type NewModuleVersion = Insertable<ModuleVersionsTable>;
