/**
 * Ids taken from a route's path. Every stored record has a UUID made by randomUUID, so anything
 * else cannot name one: it is "not found" before any query runs. Checking first also keeps
 * text PostgreSQL refuses (NUL) away from the database, which would otherwise fail the request.
 */
import { NotFoundError, type ErrorCode } from '../errors.ts';

const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isRecordId(value: string | undefined): value is string {
  return value !== undefined && RECORD_ID.test(value);
}

/** The id, or a NotFoundError with `code` (the feature's not-found code chooses the message). */
export function requireRecordId(value: string | undefined, code: ErrorCode = 'not_found'): string {
  if (!isRecordId(value)) throw new NotFoundError(code);
  return value;
}
