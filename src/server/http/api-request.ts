/**
 * What API code reads from a request. A web `Request` is one; the server entry builds a plain
 * one for the routes it answers without Astro (fast-routes.ts), so both paths run the same code.
 */
export interface ApiRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}
