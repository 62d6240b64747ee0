import type { Session, SessionAnswer } from './types';

/** Where a signed-in session is kept between page loads. */
export interface SessionStore {
  load(): Session | null;
  save(session: Session | null): void;
}

/** localStorage, so a reload or a second tab stays signed in; one key per front end. */
export function browserSessionStore(key: string, storage: Storage = window.localStorage): SessionStore {
  return {
    load() {
      const raw = storage.getItem(key);
      if (!raw) return null;
      try {
        return JSON.parse(raw) as Session;
      } catch {
        storage.removeItem(key);
        return null;
      }
    },
    save(session) {
      if (session) storage.setItem(key, JSON.stringify(session));
      else storage.removeItem(key);
    },
  };
}

/** Refresh this long before the access token expires, so a request in flight never carries a dead one. */
export const REFRESH_MARGIN_MS = 30_000;

type Listener = (session: Session | null) => void;

/**
 * How the session is doing, for the pages' notice: `ok`; `refresh-failing` when renewing the access token
 * failed for a reason that may pass (the ingest API unreachable, a 5xx), so calls fail until it works again;
 * `ended` when the session stopped without the person signing out (a refresh token refused: past its
 * lifetime, revoked, or used twice), so the page asks them to sign in again instead of vanishing.
 */
export type SessionHealth = 'ok' | 'refresh-failing' | 'ended';

/**
 * The signed-in session of one front end and its refresh. The ingest API rotates refresh tokens and
 * ends the whole session when a used one is presented again, so two refreshes must never race:
 * within a page one promise is shared, across tabs a Web Lock serialises them and a tab first
 * adopts a token another tab already refreshed.
 */
export class Auth {
  private session: Session | null;
  private health: SessionHealth = 'ok';
  private refreshing: Promise<Session | null> | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly store: SessionStore,
    private readonly refreshCall: (refreshToken: string) => Promise<SessionAnswer>,
    private readonly lockName: string,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.session = store.load();
  }

  current(): Session | null {
    return this.session;
  }

  /** See {@link SessionHealth}. */
  status(): SessionHealth {
    return this.health;
  }

  signIn(answer: SessionAnswer): Session {
    this.health = 'ok';
    this.replace(sessionOf(answer, this.now()));
    return this.session!;
  }

  /** The person signed out. */
  signOut(): void {
    this.health = 'ok';
    this.replace(null);
  }

  /** The session stopped on its own (the ingest API refused its tokens): signed out, and the pages say so. */
  end(): void {
    this.health = 'ended';
    this.replace(null);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A usable access token, refreshed first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    const session = this.session;
    if (!session) return null;
    if (this.isFresh(session)) return session.accessToken;
    return (await this.refresh())?.accessToken ?? null;
  }

  /** New tokens for the session; signs out when the ingest API refuses the refresh token. */
  refresh(): Promise<Session | null> {
    if (!this.refreshing) {
      this.refreshing = withLock(this.lockName, () => this.refreshOnce()).finally(() => {
        this.refreshing = null;
      });
    }
    return this.refreshing;
  }

  private async refreshOnce(): Promise<Session | null> {
    const stored = this.store.load();
    if (stored && this.session && stored.refreshToken !== this.session.refreshToken && this.isFresh(stored)) {
      // another tab refreshed while we waited for the lock: its tokens are the live ones
      this.replace(stored);
      return stored;
    }
    const current = stored ?? this.session;
    if (!current) {
      this.replace(null);
      return null;
    }
    try {
      const renewed = sessionOf(await this.refreshCall(current.refreshToken), this.now());
      this.health = 'ok';
      this.replace(renewed);
    } catch (failure) {
      if (isRefusal(failure)) {
        this.end();
      } else {
        this.health = 'refresh-failing';
        this.listeners.forEach((listener) => listener(this.session));
        throw failure;
      }
    }
    return this.session;
  }

  private isFresh(session: Session): boolean {
    return session.expiresAt - REFRESH_MARGIN_MS > this.now();
  }

  private replace(session: Session | null): void {
    this.session = session;
    this.store.save(session);
    this.listeners.forEach((listener) => listener(session));
  }
}

export function sessionOf(answer: SessionAnswer, now: number): Session {
  return {
    accessToken: answer.accessToken,
    refreshToken: answer.refreshToken,
    expiresAt: now + answer.expiresIn * 1000,
    subject: answer.subject,
    role: answer.role,
  };
}

/** A 4xx answer means the refresh token is spent or unknown; a network failure or 5xx may pass. */
function isRefusal(failure: unknown): boolean {
  const status = (failure as { status?: number } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request(name, task) as Promise<T>) : task();
}
