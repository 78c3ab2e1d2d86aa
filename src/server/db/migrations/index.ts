import type { Migration } from 'kysely/migration';
import * as appSettings from './0001-app-settings.ts';
import * as organizations from './0002-organizations.ts';
import * as checkResults from './0010-check-results.ts';
import * as documents from './0040-documents.ts';
import * as assets from './0020-assets.ts';
import * as incidents from './0030-incidents.ts';
import * as emergencyManual from './0031-emergency-manual.ts';
import * as authTables from './0050-auth-tables.ts';

/**
 * Every migration, in order. Listed in code rather than read from disk so that the bundled server
 * and the test runner see the same set. Names sort in the order they must run.
 */
export const migrations: Record<string, Migration> = {
  '0001-app-settings': appSettings,
  '0002-organizations': organizations,
  '0010-check-results': checkResults,
  '0020-assets': assets,
  '0030-incidents': incidents,
  '0031-emergency-manual': emergencyManual,
  '0040-documents': documents,
  '0050-auth-tables': authTables,
};
