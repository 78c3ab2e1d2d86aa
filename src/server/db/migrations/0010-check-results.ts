import type { Kysely } from 'kysely';

/**
 * Saved check results of an organisation, and the peer benchmark. Submissions have no
 * organisation column on purpose: the only link back is check_results.peer_submission_id, kept
 * so that the organisation can withdraw what it sent. The aggregate tables are updated in the
 * same transaction as a submission or withdrawal, so a lookup reads a few rows and never scans
 * submissions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('check_results')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('organization_id', 'text', (col) => col.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('question_set_id', 'text', (col) => col.notNull())
    .addColumn('question_set_version', 'integer', (col) => col.notNull())
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('total', 'integer', (col) => col.notNull())
    .addColumn('min', 'integer', (col) => col.notNull())
    .addColumn('max', 'integer', (col) => col.notNull())
    .addColumn('band', 'text', (col) => col.notNull())
    .addColumn('part_scores', 'text', (col) => col.notNull())
    .addColumn('saved_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('peer_submission_id', 'text')
    .execute();
  await db.schema
    .createIndex('check_results_org_idx')
    .on('check_results')
    .columns(['organization_id', 'question_set_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('peer_submissions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('question_set_id', 'text', (col) => col.notNull())
    .addColumn('question_set_version', 'integer', (col) => col.notNull())
    .addColumn('industry', 'text', (col) => col.notNull())
    .addColumn('size_band', 'text', (col) => col.notNull())
    .addColumn('total', 'integer', (col) => col.notNull())
    .addColumn('scores', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('peer_histogram')
    .addColumn('question_set_id', 'text', (col) => col.notNull())
    .addColumn('question_set_version', 'integer', (col) => col.notNull())
    .addColumn('group_key', 'text', (col) => col.notNull())
    .addColumn('total', 'integer', (col) => col.notNull())
    .addColumn('submissions', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('peer_histogram_pk', ['question_set_id', 'question_set_version', 'group_key', 'total'])
    .execute();

  await db.schema
    .createTable('peer_group_stats')
    .addColumn('question_set_id', 'text', (col) => col.notNull())
    .addColumn('question_set_version', 'integer', (col) => col.notNull())
    .addColumn('group_key', 'text', (col) => col.notNull())
    .addColumn('submissions', 'bigint', (col) => col.notNull())
    .addColumn('total_sum', 'bigint', (col) => col.notNull())
    .addColumn('total_sum_sq', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('peer_group_stats_pk', ['question_set_id', 'question_set_version', 'group_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['peer_group_stats', 'peer_histogram', 'peer_submissions', 'check_results']) {
    await db.schema.dropTable(table).execute();
  }
}
