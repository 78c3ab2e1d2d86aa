import type { Kysely, Transaction } from 'kysely';
import type { Database } from './index.ts';

/**
 * Tables that hold organisation data. Each feature registers its tables here (from its
 * index.ts), so that export, import and deletion of an organisation cover everything without
 * this feature knowing the others. Tables are exported in registration order and imported in
 * the same order, so register parents before children.
 */
export interface OrgTable {
  /** Table name. */
  table: string;
  /** Column holding the organisation id. */
  organizationColumn: string;
  /** Primary-key column; a fresh id is generated on import. */
  idColumn: string;
  /** Columns that hold ids of rows in other registered tables (remapped on import). */
  references?: Record<string, string>;
  /**
   * Adjusts an imported row before it is inserted (e.g. a value that must stay unique across
   * organisations, or a state the new organisation must choose again); return null to skip it.
   */
  prepareImport?: (row: Record<string, unknown>) => Record<string, unknown> | null;
}

const registry: OrgTable[] = [];

export function registerOrgTable(table: OrgTable): void {
  if (!registry.some((entry) => entry.table === table.table)) registry.push(table);
}

export function registeredOrgTables(): readonly OrgTable[] {
  return registry;
}

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

export async function deleteOrganizationData(
  trx: Transaction<Database> | Kysely<Database>,
  organizationId: string,
): Promise<void> {
  const db = trx as unknown as AnyDb;
  for (const entry of [...registry].reverse()) {
    await db.deleteFrom(entry.table).where(entry.organizationColumn, '=', organizationId).execute();
  }
}

export async function readOrganizationData(
  db: Kysely<Database>,
  organizationId: string,
): Promise<Record<string, Record<string, unknown>[]>> {
  const any = db as unknown as AnyDb;
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const entry of registry) {
    tables[entry.table] = await any
      .selectFrom(entry.table)
      .selectAll()
      .where(entry.organizationColumn, '=', organizationId)
      .execute();
  }
  return tables;
}

/** Inserts exported rows into another organisation with fresh ids; unknown tables are refused. */
export async function writeOrganizationData(
  trx: Transaction<Database>,
  organizationId: string,
  tables: Record<string, Record<string, unknown>[]>,
  newId: () => string,
): Promise<number> {
  const db = trx as unknown as AnyDb;
  const idMaps = new Map<string, Map<unknown, string>>();
  let count = 0;
  for (const entry of registry) {
    const rows = tables[entry.table] ?? [];
    const ids = new Map<unknown, string>();
    idMaps.set(entry.table, ids);
    for (const original of rows) {
      const row = entry.prepareImport ? entry.prepareImport(original) : original;
      if (row === null) continue;
      const copy: Record<string, unknown> = { ...row, [entry.organizationColumn]: organizationId };
      const fresh = newId();
      ids.set(row[entry.idColumn], fresh);
      copy[entry.idColumn] = fresh;
      for (const [column, table] of Object.entries(entry.references ?? {})) {
        if (copy[column] !== null && copy[column] !== undefined)
          copy[column] = idMaps.get(table)?.get(copy[column]) ?? null;
      }
      await db.insertInto(entry.table).values(copy).execute();
      count++;
    }
  }
  return count;
}
