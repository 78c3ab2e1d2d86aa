/**
 * A minimal HTTP client with a cookie jar that behaves like a same-origin browser form post
 * (Origin header), for integration tests of the signed-in area without a browser.
 */
export class FormClient {
  private readonly cookies = new Map<string, string>();
  readonly base: string;

  constructor(base: string) {
    this.base = base;
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  /** The Cookie header this client sends (for load tools that replay a signed-in request). */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (!pair || at < 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(path: string): Promise<Response> {
    const response = await fetch(new URL(path, this.base), {
      headers: { cookie: this.cookieHeader() },
      redirect: 'manual',
    });
    this.remember(response);
    return response;
  }

  async post(path: string, fields: Record<string, string> | URLSearchParams): Promise<Response> {
    const response = await fetch(new URL(path, this.base), {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), origin: this.base, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    this.remember(response);
    return response;
  }

  /** A same-origin post of any body with the given content type (bodies a browser form never sends). */
  async postRaw(path: string, body: string, contentType: string): Promise<Response> {
    const response = await fetch(new URL(path, this.base), {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), origin: this.base, 'content-type': contentType },
      body,
      redirect: 'manual',
    });
    this.remember(response);
    return response;
  }

  /** A multipart form post (file uploads), like a browser sends it. */
  async postMultipart(path: string, form: FormData): Promise<Response> {
    const response = await fetch(new URL(path, this.base), {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), origin: this.base },
      body: form,
      redirect: 'manual',
    });
    this.remember(response);
    return response;
  }

  /** A multipart form post with one file, as a browser sends a file upload. */
  async postFile(
    path: string,
    file: { field: string; name: string; bytes: Uint8Array<ArrayBuffer>; type?: string },
    fields: Record<string, string> = {},
  ): Promise<Response> {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.set(key, value);
    body.set(file.field, new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
    return this.postMultipart(path, body);
  }
}

/** Signs up a new user and creates an organisation; returns the client, signed in. */
export async function signUpWithOrganization(base: string, who: string, organizationName: string): Promise<FormClient> {
  const client = new FormClient(base);
  const signUp = await client.post('/app/sign-up', {
    name: who,
    email: `${who}@example.jp`,
    password: 'a long enough password',
  });
  if (signUp.status !== 303) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const created = await client.post('/app/organizations/new', {
    name: organizationName,
    industry: 'E',
    sizeBand: 'small',
  });
  if (created.status !== 303) throw new Error(`organisation not created: ${created.status}`);
  return client;
}
