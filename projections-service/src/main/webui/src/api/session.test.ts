import { describe, expect, it, vi } from 'vitest';
import { Auth, type SessionStore } from './session';
import type { Session, SessionAnswer } from './types';

function memoryStore(initial: Session | null = null): SessionStore & { value: Session | null } {
  return {
    value: initial,
    load() { return this.value; },
    save(session) { this.value = session; },
  };
}

const answer = (n: number): SessionAnswer => ({
  accessToken: `access-${n}`, tokenType: 'Bearer', expiresIn: 900, refreshToken: `refresh-${n}`, subject: 'cus_1', role: 'customer',
});

describe('Auth', () => {
  it('hands out the stored access token while it has more than the margin left', async () => {
    const refresh = vi.fn();
    const auth = new Auth(memoryStore(), refresh, 'lock', () => 0);
    auth.signIn(answer(1));
    await expect(auth.accessToken()).resolves.toBe('access-1');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes a token about to expire before using it, and keeps the rotated refresh token', async () => {
    let now = 0;
    const store = memoryStore();
    const refresh = vi.fn().mockResolvedValue(answer(2));
    const auth = new Auth(store, refresh, 'lock', () => now);
    auth.signIn(answer(1));
    now = 899_000; // one second before expiry
    await expect(auth.accessToken()).resolves.toBe('access-2');
    expect(refresh).toHaveBeenCalledWith('refresh-1');
    expect(store.value?.refreshToken).toBe('refresh-2');
  });

  it('sends one refresh for concurrent callers, because a refresh token presented twice ends the session', async () => {
    let now = 0;
    let release!: (a: SessionAnswer) => void;
    const refresh = vi.fn(() => new Promise<SessionAnswer>((resolve) => { release = resolve; }));
    const auth = new Auth(memoryStore(), refresh, 'lock', () => now);
    auth.signIn(answer(1));
    now = 10_000_000;
    const tokens = Promise.all([auth.accessToken(), auth.accessToken(), auth.refresh()]);
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    release(answer(2));
    const [a, b, c] = await tokens;
    expect([a, b, c?.accessToken]).toEqual(['access-2', 'access-2', 'access-2']);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('adopts tokens another tab already refreshed instead of presenting the spent refresh token', async () => {
    const store = memoryStore();
    const refresh = vi.fn();
    const auth = new Auth(store, refresh, 'lock', () => 0);
    auth.signIn(answer(1));
    store.value = { ...store.value!, accessToken: 'access-other-tab', refreshToken: 'refresh-other-tab', expiresAt: 900_000 };
    const session = await auth.refresh();
    expect(session?.accessToken).toBe('access-other-tab');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('signs out when the ingest API refuses the refresh token, and tells the listeners', async () => {
    const store = memoryStore();
    const auth = new Auth(store, vi.fn().mockRejectedValue({ status: 401 }), 'lock', () => 0);
    auth.signIn(answer(1));
    const seen: (Session | null)[] = [];
    auth.subscribe((s) => seen.push(s));
    await expect(auth.refresh()).resolves.toBeNull();
    expect(auth.current()).toBeNull();
    expect(store.value).toBeNull();
    expect(seen).toEqual([null]);
    expect(auth.status()).toBe('ended');
  });

  it('says the refresh is failing while it cannot reach the ingest API, and ok again once it can', async () => {
    const refresh = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(answer(2));
    const auth = new Auth(memoryStore(), refresh, 'lock', () => 0);
    auth.signIn(answer(1));
    const seen: string[] = [];
    auth.subscribe(() => seen.push(auth.status()));
    await expect(auth.refresh()).rejects.toThrow('Failed to fetch');
    expect(auth.status()).toBe('refresh-failing');
    await auth.refresh();
    expect(auth.status()).toBe('ok');
    expect(seen).toEqual(['refresh-failing', 'ok']);
  });

  it('is ok again after signing in once more, and after the person signs out', async () => {
    const auth = new Auth(memoryStore(), vi.fn().mockRejectedValue({ status: 401 }), 'lock', () => 0);
    auth.signIn(answer(1));
    await auth.refresh();
    expect(auth.status()).toBe('ended');
    auth.signIn(answer(2));
    expect(auth.status()).toBe('ok');
    auth.end();
    auth.signOut();
    expect(auth.status()).toBe('ok');
  });

  it('stays signed in when the refresh fails for a reason that may pass (network, 503)', async () => {
    const auth = new Auth(memoryStore(), vi.fn().mockRejectedValue(new TypeError('Failed to fetch')), 'lock', () => 0);
    auth.signIn(answer(1));
    await expect(auth.refresh()).rejects.toThrow('Failed to fetch');
    expect(auth.current()?.refreshToken).toBe('refresh-1');
  });
});
