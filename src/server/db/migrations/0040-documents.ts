import type { Kysely } from 'kysely';

/**
 * The document generator (issue 8): the questionnaire answers, every generated version of the
 * policy, rules and handbook with its approval, the public page of the policy and who has read
 * which handbook version. Models and answers are JSON text so both engines store them alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_answers')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().unique().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('document_versions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('model', 'text', (col) => col.notNull())
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_by_name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_by_name', 'text')
    .addColumn('approved_at', 'text')
    .addUniqueConstraint('document_versions_number_uq', ['organization_id', 'kind', 'number'])
    .execute();

  await db.schema
    .createTable('document_publications')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) =>
      col.notNull().unique().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('slug', 'text', (col) => col.notNull().unique())
    .addColumn('published', 'integer', (col) => col.notNull())
    .addColumn('published_by', 'text')
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('document_acknowledgements')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('version_id', 'text', (col) => col.notNull().references('document_versions.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('acknowledged_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('document_acknowledgements_uq', ['version_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('document_acknowledgements_org_idx')
    .on('document_acknowledgements')
    .column('organization_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['document_acknowledgements', 'document_publications', 'document_versions', 'document_answers']) {
    await db.schema.dropTable(table).execute();
  }
}
