import type { Kysely } from 'kysely';

/** The emergency-manual builder (issue 7): one draft per organisation and every saved version. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('manual_drafts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().unique().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('manual_versions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_by_name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_by_name', 'text')
    .addColumn('approved_at', 'text')
    .addUniqueConstraint('manual_versions_number_uq', ['organization_id', 'number'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('manual_versions').execute();
  await db.schema.dropTable('manual_drafts').execute();
}
