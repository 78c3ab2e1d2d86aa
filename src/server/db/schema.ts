/**
 * The database schema, shared by SQLite and PostgreSQL. Column types are chosen to mean the same
 * on both engines (ADR 0002): ids and timestamps are text (ISO 8601, UTC), booleans are integers.
 */
export interface Database {
  app_settings: AppSettingsTable;
}

export interface AppSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export type Engine = 'sqlite' | 'postgres';
