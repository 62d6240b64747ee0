import type { Auth } from './session';
import { problemFrom } from './problem';

/**
 * fetch with the session's bearer token. A 401 gets one refresh and one retry (the token may have
 * been revoked or expired in between); a second 401 ends the session (the page asks to sign in again).
 * Failures throw an ApiProblem.
 */
export class Http {
  constructor(
    private readonly auth: Auth | null,
    private readonly fetchFn: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async send(url: string, init: RequestInit = {}): Promise<Response> {
    let response = await this.fetchFn(url, await this.withToken(init));
    if (response.status === 401 && this.auth?.current()) {
      const renewed = await this.auth.refresh();
      if (renewed) response = await this.fetchFn(url, await this.withToken(init));
      if (response.status === 401) this.auth.end();
    }
    if (!response.ok) throw await problemFrom(response);
    return response;
  }

  async json<T>(url: string, init: RequestInit = {}): Promise<T> {
    const response = await this.send(url, init);
    return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  }

  /** POST a JSON body (an Idempotency-Key makes a retried click write once). */
  post<T>(url: string, body: unknown, idempotencyKey?: string): Promise<T> {
    return this.write<T>('POST', url, body, idempotencyKey);
  }

  /** PUT a JSON body: a replacement, so repeating it is harmless. */
  put<T>(url: string, body: unknown): Promise<T> {
    return this.write<T>('PUT', url, body);
  }

  private write<T>(method: string, url: string, body: unknown, idempotencyKey?: string): Promise<T> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    return this.json<T>(url, { method, headers, body: JSON.stringify(body) });
  }

  private async withToken(init: RequestInit): Promise<RequestInit> {
    const token = this.auth ? await this.auth.accessToken() : null;
    const headers = new Headers(init.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
    return { ...init, headers };
  }
}
