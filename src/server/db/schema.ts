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
  assets: AssetsTable;
  risk_settings: RiskSettingsTable;
  asset_imports: AssetImportsTable;
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

export type Engine = 'sqlite' | 'postgres';
