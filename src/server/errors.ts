/**
 * The one error model of the web layer. Domain code throws an `AppError` with a code; this
 * table alone decides the HTTP status and the translated title and message for every code.
 * Pages show it as a notice, forms as a page with the same status, the API as
 * {"error": {"code", "message", "details"}} (src/server/http/outcome.ts, json-reply.ts).
 */
import type { MessageKey } from '../i18n/index.ts';

export interface ErrorEntry {
  status: number;
  title: MessageKey;
  message: MessageKey;
}

const badRequest = (message: MessageKey): ErrorEntry => ({ status: 400, title: 'error.badRequest.title', message });
const notFound = (message: MessageKey = 'error.404.body'): ErrorEntry => ({
  status: 404,
  title: 'error.404.title',
  message,
});
const conflict = (message: MessageKey): ErrorEntry => ({ status: 409, title: 'error.conflictTitle', message });

export const errorTable = {
  // The request itself (request pipeline, src/server/http/request-body.ts).
  bad_request: badRequest('error.badRequest.body'),
  invalid_json: badRequest('api.invalidJson'),
  invalid_request: badRequest('error.invalidRequest'),
  control_characters: badRequest('error.controlCharacters'),
  unauthorized: { status: 401, title: 'auth.signIn.title', message: 'error.unauthorized' },
  no_organization: { status: 403, title: 'app.forbidden.title', message: 'error.noOrganization' },
  forbidden_origin: { status: 403, title: 'app.forbidden.title', message: 'error.forbiddenOrigin' },
  access_denied: { status: 403, title: 'app.forbidden.title', message: 'app.forbidden.body' },
  method_not_allowed: { status: 405, title: 'error.badRequest.title', message: 'api.methodNotAllowed' },
  payload_too_large: { status: 413, title: 'error.payloadTooLarge.title', message: 'error.payloadTooLarge' },
  unsupported_media_type: { status: 415, title: 'error.badRequest.title', message: 'error.unsupportedMediaType.body' },
  rate_limited: { status: 429, title: 'error.badRequest.title', message: 'api.rateLimited' },
  // Feature-level validation of API requests.
  invalid_answers: badRequest('check.api.invalidAnswers'),
  outdated_version: badRequest('check.outdatedVersion'),
  invalid_risk_input: badRequest('risk.api.invalidInput'),
  invalid_filter: badRequest('contacts.invalidFilter'),
  passkey_failed: badRequest('error.badRequest.body'),
  // Not found, or in an organisation the user cannot see (never "forbidden").
  not_found: notFound(),
  asset_not_found: notFound('assets.notFound'),
  import_not_found: notFound(),
  result_not_found: notFound('results.error.notFound'),
  incident_not_found: notFound(),
  invitation_not_found: notFound('invite.invalidBody'),
  member_not_found: notFound(),
  organization_not_found: notFound(),
  version_not_found: notFound(),
  manual_version_not_found: notFound(),
  // Conflicts with the current state.
  conflict: conflict('error.conflict.general'),
  advisor_cannot_own: conflict('error.conflict.advisor_cannot_own'),
  already_member: conflict('error.conflict.already_member'),
  already_owner: conflict('error.conflict.already_owner'),
  owner_cannot_be_removed: conflict('error.conflict.owner_cannot_be_removed'),
  owner_must_transfer_first: conflict('error.conflict.owner_must_transfer_first'),
  owner_role_by_transfer_only: conflict('error.conflict.owner_role_by_transfer_only'),
  invitation_accepted: conflict('error.conflict.invitation_accepted'),
  invitation_revoked: conflict('error.conflict.invitation_revoked'),
  invitation_expired: conflict('error.conflict.invitation_expired'),
  already_shared: conflict('results.error.conflict.already_shared'),
  not_shared: conflict('results.error.conflict.not_shared'),
  payload_changed: conflict('results.error.conflict.payload_changed'),
  result_outdated: conflict('results.error.conflict.result_outdated'),
  residual_unknown: conflict('assets.conflict.residual_unknown'),
  import_has_problems: conflict('assets.conflict.import_has_problems'),
  already_approved: conflict('documents.conflict.alreadyApproved'),
  no_approved_policy: conflict('documents.conflict.noApprovedPolicy'),
  not_in_force: conflict('documents.conflict.notInForce'),
  slug_taken: conflict('documents.error.slugTaken'),
  manual_incomplete: conflict('error.conflict.manual_incomplete'),
  manual_already_approved: conflict('error.conflict.manual_already_approved'),
  incident_closed: conflict('error.conflict.incident_closed'),
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof errorTable;

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorTable, value);
}

/** A problem with one part of a request, sent as an item of the API's `details`. */
export interface ErrorDetail {
  /** Where: a field name or a JSON path (`answers.q1`); the id of a question for answers. */
  path?: string;
  id?: string;
  field?: string;
  code: string;
  message?: string;
}

/** Domain errors that pages and APIs turn into translated messages and status codes. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: readonly ErrorDetail[];
  /** Values for the message's {placeholders}. */
  readonly vars: Readonly<Record<string, string | number>>;
  readonly #message: MessageKey | undefined;

  /**
   * `message` replaces the table's wording where the thrower knows more (e.g. which question
   * set was not found); the status always comes from the code.
   */
  constructor(
    code: ErrorCode,
    options: { details?: readonly ErrorDetail[]; vars?: Record<string, string | number>; message?: MessageKey } = {},
  ) {
    super(code);
    this.code = code;
    this.status = errorTable[code].status;
    this.details = options.details ?? [];
    this.vars = options.vars ?? {};
    this.#message = options.message;
  }

  get entry(): ErrorEntry {
    const entry = errorTable[this.code];
    return this.#message ? { ...entry, message: this.#message } : entry;
  }
}

/** Not allowed for this user in this organisation (403). */
export class AccessDeniedError extends AppError {
  constructor(code: ErrorCode = 'access_denied') {
    super(code);
  }
}

/** Does not exist, or exists in an organisation the user cannot see (404, never "forbidden"). */
export class NotFoundError extends AppError {
  constructor(code: ErrorCode = 'not_found') {
    super(code);
  }
}

/** The request conflicts with the current state (409), e.g. an invitation already used. */
export class ConflictError extends AppError {
  constructor(code: ErrorCode = 'conflict') {
    super(code);
  }
}
