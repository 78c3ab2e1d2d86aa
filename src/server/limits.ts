/** Largest request body the server reads at all; routes may set lower limits of their own. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
