import type { Kysely } from 'kysely';

/**
 * The asset register (情報資産管理台帳) with its risk analysis (リスク分析シート): one row per
 * asset, because every asset has exactly one risk line. Ratings are integers 1–3 (null while not
 * rated), flags 0/1, dates ISO text: the same meaning on SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assets')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('users', 'text', (col) => col.notNull())
    .addColumn('department', 'text', (col) => col.notNull())
    .addColumn('media', 'text', (col) => col.notNull())
    .addColumn('personal', 'integer', (col) => col.notNull())
    .addColumn('sensitive', 'integer', (col) => col.notNull())
    .addColumn('my_number', 'integer', (col) => col.notNull())
    .addColumn('critical', 'integer', (col) => col.notNull())
    .addColumn('confidentiality', 'integer', (col) => col.notNull())
    .addColumn('integrity', 'integer', (col) => col.notNull())
    .addColumn('availability', 'integer', (col) => col.notNull())
    .addColumn('retention', 'text', (col) => col.notNull())
    .addColumn('registered_on', 'text', (col) => col.notNull())
    .addColumn('threat', 'integer')
    .addColumn('vulnerability', 'integer')
    .addColumn('treatment', 'text')
    .addColumn('measures', 'text', (col) => col.notNull())
    .addColumn('measure_sections', 'text', (col) => col.notNull())
    .addColumn('residual_threat', 'integer')
    .addColumn('residual_vulnerability', 'integer')
    .addColumn('accepted_by', 'text')
    .addColumn('accepted_by_name', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('acceptance_comment', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('assets_org_idx').on('assets').columns(['organization_id', 'name']).execute();

  await db.schema
    .createTable('risk_settings')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().unique().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('matrix_id', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // Parsed spreadsheets waiting for the user to confirm: the commit reads them from here, never
  // from the browser. Short-lived; not part of an organisation export.
  await db.schema
    .createTable('asset_imports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('row_count', 'integer', (col) => col.notNull())
    .addColumn('problem_count', 'integer', (col) => col.notNull())
    .addColumn('rows', 'text', (col) => col.notNull())
    .addColumn('problems', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('asset_imports_org_idx').on('asset_imports').column('organization_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['asset_imports', 'risk_settings', 'assets']) await db.schema.dropTable(table).execute();
}
