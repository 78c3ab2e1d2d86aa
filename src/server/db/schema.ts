/**
 * The database schema, shared by SQLite and PostgreSQL. Column types are chosen to mean the same
 * on both engines (ADR 0002): ids and timestamps are text (ISO 8601, UTC), booleans are integers.
 */
export interface Database {
  app_settings: AppSettingsTable;
  organizations: OrganizationsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  audit_events: AuditEventsTable;
  rate_limits: RateLimitsTable;
  check_results: CheckResultsTable;
  peer_submissions: PeerSubmissionsTable;
  peer_histogram: PeerHistogramTable;
  peer_group_stats: PeerGroupStatsTable;
  document_answers: DocumentAnswersTable;
  document_versions: DocumentVersionsTable;
  document_publications: DocumentPublicationsTable;
  document_acknowledgements: DocumentAcknowledgementsTable;
  assets: AssetsTable;
  risk_settings: RiskSettingsTable;
  asset_imports: AssetImportsTable;
  incidents: IncidentsTable;
  incident_entries: IncidentEntriesTable;
  incident_notices: IncidentNoticesTable;
  incident_action_items: IncidentActionItemsTable;
  manual_drafts: ManualDraftsTable;
  manual_versions: ManualVersionsTable;
  /** better-auth's table (created by it, read here for names and e-mail addresses). */
  user: AuthUserTable;
}

export interface AuthUserTable {
  id: string;
  name: string;
  email: string;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  /** JSIC 大分類 letter A–T. */
  industry: string;
  size_band: string;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  organization_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface InvitationsTable {
  id: string;
  organization_id: string;
  role: string;
  email: string | null;
  /** SHA-256 of the token in the link; the token itself is never stored. */
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  organization_id: string | null;
  actor_user_id: string | null;
  actor_email: string | null;
  event: string;
  /** JSON object with event details. */
  detail: string;
  ip: string | null;
  created_at: string;
}

export interface RateLimitsTable {
  key: string;
  /** Unix milliseconds; bigint in SQL, number here (PostgreSQL returns it as a string). */
  window_start: number | string;
  count: number;
}

export interface AppSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** A saved result of a question set (a check) of an organisation. */
export interface CheckResultsTable {
  id: string;
  organization_id: string;
  question_set_id: string;
  question_set_version: number;
  /** JSON object: question id → choice id. */
  answers: string;
  total: number;
  min: number;
  max: number;
  band: string;
  /** JSON array of { id, score, min, max }. */
  part_scores: string;
  /** User id of who saved it. */
  saved_by: string;
  created_at: string;
  /** The peer-benchmark submission made from this result, kept only so it can be withdrawn. */
  peer_submission_id: string | null;
}

/** An anonymous peer-benchmark submission: deliberately no organisation, user or time. */
export interface PeerSubmissionsTable {
  id: string;
  question_set_id: string;
  question_set_version: number;
  /** JSIC 大分類 letter. */
  industry: string;
  size_band: string;
  total: number;
  /** JSON array of points per question, in question order (null when not asked). */
  scores: string;
}

/** How many submissions of a group reached each total (bigint: a string on PostgreSQL). */
export interface PeerHistogramTable {
  question_set_id: string;
  question_set_version: number;
  group_key: string;
  total: number;
  submissions: number | string;
}

/** Count, sum and sum of squares of the totals of a group (bigint: strings on PostgreSQL). */
export interface PeerGroupStatsTable {
  question_set_id: string;
  question_set_version: number;
  group_key: string;
  submissions: number | string;
  total_sum: number | string;
  total_sum_sq: number | string;
}

/** The document questionnaire of an organisation (one row each); answers is JSON. */
export interface DocumentAnswersTable {
  id: string;
  organization_id: string;
  answers: string;
  updated_by: string;
  updated_at: string;
}

/** One generated version of a document: the model as JSON, numbered per organisation and kind. */
export interface DocumentVersionsTable {
  id: string;
  organization_id: string;
  /** policy | rules | handbook */
  kind: string;
  number: number;
  model: string;
  answers: string;
  created_by: string;
  created_by_name: string;
  created_at: string;
  approved_by: string | null;
  approved_by_name: string | null;
  approved_at: string | null;
}

/** Whether the policy is public, and under which slug (unique across organisations). */
export interface DocumentPublicationsTable {
  id: string;
  organization_id: string;
  slug: string;
  /** 1 published, 0 not. */
  published: number;
  published_by: string | null;
  published_at: string | null;
  updated_at: string;
}

/** A member's confirmation of having read one handbook version. */
export interface DocumentAcknowledgementsTable {
  id: string;
  organization_id: string;
  version_id: string;
  user_id: string;
  acknowledged_at: string;
}

/** One information asset and its risk line (情報資産管理台帳 + リスク分析シート). */
export interface AssetsTable {
  id: string;
  organization_id: string;
  /** 業務分類 */
  category: string;
  name: string;
  note: string;
  /** 利用者範囲 */
  users: string;
  /** 管理部署 */
  department: string;
  /** 媒体・保存先 */
  media: string;
  /** 0/1 flags: 個人情報, 要配慮個人情報, 特定個人情報, and "an incident would be serious". */
  personal: number;
  sensitive: number;
  my_number: number;
  critical: number;
  confidentiality: number;
  integrity: number;
  availability: number;
  /** 保存期限, free text ("5年", "契約終了まで"). */
  retention: string;
  /** 登録日, YYYY-MM-DD. */
  registered_on: string;
  threat: number | null;
  vulnerability: number | null;
  /** reduce | avoid | transfer | accept */
  treatment: string | null;
  measures: string;
  /** JSON array of Mission2 section ids, e.g. ["2-2","2-4"]. */
  measure_sections: string;
  residual_threat: number | null;
  residual_vulnerability: number | null;
  accepted_by: string | null;
  accepted_by_name: string | null;
  accepted_at: string | null;
  acceptance_comment: string | null;
  created_at: string;
  updated_at: string;
}

export interface RiskSettingsTable {
  id: string;
  organization_id: string;
  matrix_id: string;
  updated_at: string;
}

export interface AssetImportsTable {
  id: string;
  organization_id: string;
  created_by: string;
  file_name: string;
  row_count: number;
  problem_count: number;
  /** JSON array of validated rows. */
  rows: string;
  /** JSON array of row problems. */
  problems: string;
  created_at: string;
  expires_at: string;
}

/** An incident record (issue 7): one per incident the firm is handling or has handled. */
export interface IncidentsTable {
  id: string;
  organization_id: string;
  /** Navigator event id (src/content/incident). */
  event: string;
  title: string;
  /** When the firm learnt of it, ISO 8601 with the Japan offset (2026-11-25T09:30:00+09:00). */
  discovered_at: string;
  /** JSON of the APPI answers (personal, sensitive, …), or null when not answered yet. */
  appi_answers: string | null;
  /** Damage level 0–3 (FACTS.md §7), null until judged. */
  damage_level: number | null;
  /** open | closed */
  status: string;
  lessons: string | null;
  closed_at: string | null;
  closed_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A timeline entry of an incident: something that happened or a decision taken. */
export interface IncidentEntriesTable {
  id: string;
  organization_id: string;
  incident_id: string;
  /** ISO 8601 with the Japan offset. */
  occurred_at: string;
  /** event | decision */
  kind: string;
  text: string;
  who: string;
  created_by: string;
  created_at: string;
}

/** Who was informed about an incident, and when. */
export interface IncidentNoticesTable {
  id: string;
  organization_id: string;
  incident_id: string;
  /** Contact id from src/content/contacts, or null for a free entry. */
  contact_id: string | null;
  name: string;
  /** ISO 8601 with the Japan offset. */
  informed_at: string;
  created_by: string;
  created_at: string;
}

/** An action item born from an incident's lessons learned; the action plan reads these. */
export interface IncidentActionItemsTable {
  id: string;
  organization_id: string;
  incident_id: string;
  title: string;
  /** open | done */
  status: string;
  created_by: string;
  created_at: string;
}

/** The emergency-manual builder's work in progress: one per organisation. */
export interface ManualDraftsTable {
  id: string;
  organization_id: string;
  /** JSON of the answers given so far (src/features/manual/manual-answers.ts). */
  answers: string;
  updated_by: string;
  updated_at: string;
}

/** A saved generation of the emergency manual; kept for ever, approved at most once. */
export interface ManualVersionsTable {
  id: string;
  organization_id: string;
  number: number;
  answers: string;
  created_by: string;
  created_by_name: string;
  created_at: string;
  approved_by: string | null;
  approved_by_name: string | null;
  approved_at: string | null;
}

export type Engine = 'sqlite' | 'postgres';
