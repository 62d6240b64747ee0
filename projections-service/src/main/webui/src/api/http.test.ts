import { describe, expect, it, vi } from 'vitest';
import { Http } from './http';
import { ApiProblem } from './problem';
import { Auth, type SessionStore } from './session';
import type { Session } from './types';

const store = (): SessionStore => {
  let value: Session | null = null;
  return { load: () => value, save: (s) => { value = s; } };
};

function signedIn(refreshTo: string | null) {
  const refresh = vi.fn(async () => {
    if (!refreshTo) throw { status: 401 };
    return { accessToken: refreshTo, tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r2', subject: 's', role: 'admin' };
  });
  const auth = new Auth(store(), refresh, 'lock', () => 0);
  auth.signIn({ accessToken: 'old', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r1', subject: 's', role: 'admin' });
  return auth;
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('Http', () => {
  it('retries once with a refreshed token after a 401', async () => {
    const fetchFn = vi.fn()
      .mockResolvedValueOnce(json(401, {}, 'application/problem+json'))
      .mockResolvedValueOnce(json(200, { ok: true }));
    const http = new Http(signedIn('new'), fetchFn);
    await expect(http.json('/v1/requests')).resolves.toEqual({ ok: true });
    expect(new Headers(fetchFn.mock.calls[0][1].headers).get('Authorization')).toBe('Bearer old');
    expect(new Headers(fetchFn.mock.calls[1][1].headers).get('Authorization')).toBe('Bearer new');
  });

  it('ends the session when it cannot be refreshed, so the page asks to sign in again', async () => {
    const auth = signedIn(null);
    const http = new Http(auth, vi.fn().mockResolvedValue(json(401, { title: 'Unauthorized' }, 'application/problem+json')));
    await expect(http.json('/v1/requests')).rejects.toBeInstanceOf(ApiProblem);
    expect(auth.current()).toBeNull();
    expect(auth.status()).toBe('ended');
  });

  it('turns problem+json into an ApiProblem that names the wrong field', async () => {
    const http = new Http(null, vi.fn().mockResolvedValue(json(400, {
      title: 'Invalid input', detail: 'deliveryAddress.pincode: must be 6 digits',
      errors: [{ field: 'deliveryAddress.pincode', message: 'must be 6 digits' }],
    }, 'application/problem+json')));
    const failure = (await http.post('/v1/requests', {}).catch((e) => e)) as ApiProblem;
    expect(failure).toBeInstanceOf(ApiProblem);
    expect(failure.status).toBe(400);
    expect(failure.forField('deliveryAddress.pincode')).toBe('must be 6 digits');
  });

  it('sends the Idempotency-Key and a JSON body on a post', async () => {
    const fetchFn = vi.fn().mockResolvedValue(json(202, { eventId: 'e1' }));
    await new Http(null, fetchFn).post('/v1/requests', { text: 'milk' }, 'key-1');
    const init = fetchFn.mock.calls[0][1];
    expect(new Headers(init.headers).get('Idempotency-Key')).toBe('key-1');
    expect(new Headers(init.headers).get('Content-Type')).toBe('application/json');
    expect(init.body).toBe('{"text":"milk"}');
  });
});
