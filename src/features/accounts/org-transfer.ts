import { randomUUID } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { MessageKey } from '../../i18n/index.ts';
import type { Database } from '../../server/db/index.ts';
import { industries, sizeBands } from './forms.ts';
import { listMembers, readOrganization, requirePermission, type OrgScope } from './organizations.ts';
import { readOrganizationData, registeredOrgTables, writeOrganizationData } from '../../server/db/org-data-registry.ts';

export const EXPORT_FORMAT = 'gokui-organization-export';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const manifestSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  organization: z.object({
    name: z.string().trim().min(1).max(100),
    industry: z.enum(industries),
    sizeBand: z.enum(sizeBands),
  }),
});

/**
 * Everything of an organisation as a zip of JSON files: organization.json (the manifest),
 * members.json (for the record; accounts are not moved) and one file per registered table.
 */
export async function exportOrganization(scope: OrgScope): Promise<{ bytes: Uint8Array; filename: string }> {
  requirePermission(scope, 'org.export');
  const organization = await readOrganization(scope);
  const members = await listMembers(scope);
  const tables = await readOrganizationData(scope.db, scope.organizationId);
  const manifest = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    organization: { name: organization.name, industry: organization.industry, sizeBand: organization.sizeBand },
    tables: Object.keys(tables),
  };
  const files: Record<string, Uint8Array> = {
    'organization.json': strToU8(JSON.stringify(manifest, null, 2)),
    'members.json': strToU8(
      JSON.stringify(
        members.map((m) => ({ name: m.name, email: m.email, role: m.role, joinedAt: m.joinedAt })),
        null,
        2,
      ),
    ),
  };
  for (const [table, rows] of Object.entries(tables))
    files[`tables/${table}.json`] = strToU8(JSON.stringify(rows, null, 2));
  const date = manifest.exportedAt.slice(0, 10);
  return { bytes: zipSync(files), filename: `gokui-organization-${date}.zip` };
}

export type ImportResult = { ok: true; organizationId: string; rows: number } | { ok: false; error: MessageKey };

/** Creates a new organisation, owned by the importing user, from an export; all or nothing. */
export async function importOrganization(
  db: Kysely<Database>,
  userId: string,
  bytes: Uint8Array,
): Promise<ImportResult> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { ok: false, error: 'org.import.notZip' };
  }
  const manifestFile = files['organization.json'];
  if (!manifestFile) return { ok: false, error: 'org.import.notExport' };
  let manifest: z.infer<typeof manifestSchema>;
  try {
    manifest = manifestSchema.parse(JSON.parse(strFromU8(manifestFile)));
  } catch {
    return { ok: false, error: 'org.import.notExport' };
  }
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const entry of registeredOrgTables()) {
    const file = files[`tables/${entry.table}.json`];
    if (!file) continue;
    const rows: unknown = JSON.parse(strFromU8(file));
    if (!Array.isArray(rows)) return { ok: false, error: 'org.import.notExport' };
    tables[entry.table] = rows as Record<string, unknown>[];
  }
  const now = new Date().toISOString();
  const organizationId = randomUUID();
  const rows = await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organizations')
      .values({
        id: organizationId,
        name: manifest.organization.name,
        industry: manifest.organization.industry,
        size_band: manifest.organization.sizeBand,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('memberships')
      .values({ organization_id: organizationId, user_id: userId, role: 'owner', created_at: now })
      .execute();
    return writeOrganizationData(trx, organizationId, tables, randomUUID);
  });
  return { ok: true, organizationId, rows };
}
