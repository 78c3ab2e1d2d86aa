/**
 * The column layout of the register spreadsheet (.xlsx and .csv): the template, the export and
 * the import all use this one list, so a file exported here can always be imported back.
 * Computed and acceptance columns are written for the reader and ignored on import.
 */
import type { MessageKey } from '../../i18n/index.ts';
import type { FieldName } from './asset-input.ts';

export type ColumnKind =
  'text' | 'flag' | 'rating' | 'optionalRating' | 'date' | 'treatment' | 'sections' | 'computed' | 'info';

export interface SheetColumnSpec {
  id: string;
  header: MessageKey;
  kind: ColumnKind;
  /** The asset field the column fills on import; absent for computed and info columns. */
  field?: FieldName;
  /** The import refuses a file without this column. */
  required?: boolean;
  width: number;
}

export const sheetColumns: SheetColumnSpec[] = [
  { id: 'category', header: 'assets.col.category', kind: 'text', field: 'category', required: true, width: 16 },
  { id: 'name', header: 'assets.col.name', kind: 'text', field: 'name', required: true, width: 24 },
  { id: 'note', header: 'assets.col.note', kind: 'text', field: 'note', width: 30 },
  { id: 'users', header: 'assets.col.users', kind: 'text', field: 'users', width: 16 },
  { id: 'department', header: 'assets.col.department', kind: 'text', field: 'department', width: 14 },
  { id: 'media', header: 'assets.col.media', kind: 'text', field: 'media', width: 18 },
  { id: 'personal', header: 'assets.col.personal', kind: 'flag', field: 'personal', width: 10 },
  { id: 'sensitive', header: 'assets.col.sensitive', kind: 'flag', field: 'sensitive', width: 12 },
  { id: 'myNumber', header: 'assets.col.myNumber', kind: 'flag', field: 'myNumber', width: 12 },
  { id: 'critical', header: 'assets.col.critical', kind: 'flag', field: 'critical', width: 12 },
  {
    id: 'confidentiality',
    header: 'assets.col.confidentiality',
    kind: 'rating',
    field: 'confidentiality',
    required: true,
    width: 8,
  },
  { id: 'integrity', header: 'assets.col.integrity', kind: 'rating', field: 'integrity', required: true, width: 8 },
  {
    id: 'availability',
    header: 'assets.col.availability',
    kind: 'rating',
    field: 'availability',
    required: true,
    width: 8,
  },
  { id: 'importance', header: 'assets.col.importance', kind: 'computed', width: 8 },
  { id: 'retention', header: 'assets.col.retention', kind: 'text', field: 'retention', width: 12 },
  { id: 'registeredOn', header: 'assets.col.registeredOn', kind: 'date', field: 'registeredOn', width: 12 },
  { id: 'threat', header: 'assets.col.threat', kind: 'optionalRating', field: 'threat', width: 8 },
  { id: 'vulnerability', header: 'assets.col.vulnerability', kind: 'optionalRating', field: 'vulnerability', width: 8 },
  { id: 'likelihood', header: 'assets.col.likelihood', kind: 'computed', width: 10 },
  { id: 'value', header: 'assets.col.value', kind: 'computed', width: 8 },
  { id: 'level', header: 'assets.col.level', kind: 'computed', width: 10 },
  { id: 'treatment', header: 'assets.col.treatment', kind: 'treatment', field: 'treatment', width: 10 },
  { id: 'measures', header: 'assets.col.measures', kind: 'text', field: 'measures', width: 30 },
  {
    id: 'measureSections',
    header: 'assets.col.measureSections',
    kind: 'sections',
    field: 'measureSections',
    width: 14,
  },
  {
    id: 'residualThreat',
    header: 'assets.col.residualThreat',
    kind: 'optionalRating',
    field: 'residualThreat',
    width: 10,
  },
  {
    id: 'residualVulnerability',
    header: 'assets.col.residualVulnerability',
    kind: 'optionalRating',
    field: 'residualVulnerability',
    width: 10,
  },
  { id: 'residualLevel', header: 'assets.col.residualLevel', kind: 'computed', width: 10 },
  { id: 'acceptedBy', header: 'assets.col.acceptedBy', kind: 'info', width: 14 },
  { id: 'acceptedAt', header: 'assets.col.acceptedAt', kind: 'info', width: 12 },
  { id: 'acceptanceComment', header: 'assets.col.acceptanceComment', kind: 'info', width: 24 },
];

/** Header text compared loosely: width forms, case and surrounding spaces do not matter. */
export function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
