/** Domain errors that pages and APIs turn into translated messages and status codes. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, status: number) {
    super(code);
    this.code = code;
    this.status = status;
  }
}

/** Not allowed for this user in this organisation (403). */
export class AccessDeniedError extends AppError {
  constructor(code = 'access_denied') {
    super(code, 403);
  }
}

/** Does not exist, or exists in an organisation the user cannot see (404, never "forbidden"). */
export class NotFoundError extends AppError {
  constructor(code = 'not_found') {
    super(code, 404);
  }
}

/** The request conflicts with the current state (409), e.g. an invitation already used. */
export class ConflictError extends AppError {
  constructor(code: string) {
    super(code, 409);
  }
}
