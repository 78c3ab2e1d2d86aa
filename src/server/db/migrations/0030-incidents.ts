import type { Kysely } from 'kysely';

/** Incident records (issue 7): the record, its timeline, who was informed, and lessons turned into actions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('event', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('discovered_at', 'text', (col) => col.notNull())
    .addColumn('appi_answers', 'text')
    .addColumn('damage_level', 'integer')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('lessons', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('incidents_org_idx').on('incidents').columns(['organization_id', 'created_at']).execute();

  for (const table of ['incident_entries', 'incident_notices', 'incident_action_items']) {
    let builder = db.schema
      .createTable(table)
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('incident_id', 'text', (col) => col.notNull().references('incidents.id').onDelete('cascade'));
    if (table === 'incident_entries') {
      builder = builder
        .addColumn('occurred_at', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('text', 'text', (col) => col.notNull())
        .addColumn('who', 'text', (col) => col.notNull());
    } else if (table === 'incident_notices') {
      builder = builder
        .addColumn('contact_id', 'text')
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('informed_at', 'text', (col) => col.notNull());
    } else {
      builder = builder
        .addColumn('title', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull());
    }
    await builder
      .addColumn('created_by', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex(`${table}_incident_idx`)
      .on(table)
      .columns(['organization_id', 'incident_id'])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['incident_action_items', 'incident_notices', 'incident_entries', 'incidents']) {
    await db.schema.dropTable(table).execute();
  }
}
