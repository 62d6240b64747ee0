import type { Auth } from './session';
import { SseParser } from './sse';
import type { ChatMessage, ReadSignal, RequestSnapshot, TypingSignal } from './types';

/** One event of GET /v1/stream: `ready` once listening, then request snapshots, chat messages, typing signals and read receipts. */
export type LiveChange =
  | { kind: 'ready'; requestId: null; data: Record<string, never> }
  | { kind: 'request'; requestId: string; data: RequestSnapshot }
  | { kind: 'message'; requestId: string; data: ChatMessage }
  | { kind: 'typing'; requestId: string; data: TypingSignal }
  | { kind: 'read'; requestId: string; data: ReadSignal };

export type StreamState = 'connecting' | 'live' | 'offline';

export interface LiveStreamOptions {
  url: string;
  auth: Auth;
  onChange: (change: LiveChange) => void;
  onState?: (state: StreamState) => void;
  signal: AbortSignal;
  fetchFn?: typeof fetch;
  /** waits between reconnects, growing to the last value */
  backoffMs?: number[];
}

/**
 * Keeps GET /v1/stream open until `signal` aborts: reconnects after a drop (the server has no resume,
 * so every `ready` tells the page to reload what it shows), refreshes the token on a 401.
 */
export async function runLiveStream(options: LiveStreamOptions): Promise<void> {
  const { url, auth, onChange, onState = () => {}, signal } = options;
  const fetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
  const backoff = options.backoffMs ?? [1000, 2000, 5000, 10000];
  let failures = 0;
  while (!signal.aborted) {
    onState('connecting');
    try {
      const token = await auth.accessToken();
      // signed out: nothing to stream until this page signs in again (a page whose session ended stays open)
      if (!token) {
        if (!(await signedInAgain(auth, signal))) return;
        continue;
      }
      const response = await fetchFn(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
        signal,
        cache: 'no-store',
      });
      if (response.status === 401) {
        if (!(await auth.refresh()) && !(await signedInAgain(auth, signal))) return;
        continue;
      }
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
      await readEvents(response.body, signal, (change) => {
        if (change.kind === 'ready') {
          failures = 0;
          onState('live');
        }
        onChange(change);
      });
    } catch (failure) {
      if (signal.aborted) return;
      // a dropped connection or a refused one: try again after a pause
      void failure;
    }
    if (signal.aborted) return;
    onState('offline');
    await pause(backoff[Math.min(failures, backoff.length - 1)], signal);
    failures += 1;
  }
}

/** Resolves true once `auth` has a session again, false if `signal` aborts first (the page went away). */
function signedInAgain(auth: Auth, signal: AbortSignal): Promise<boolean> {
  if (auth.current()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const stop = (result: boolean) => {
      unsubscribe();
      signal.removeEventListener('abort', aborted);
      resolve(result);
    };
    const aborted = () => stop(false);
    const unsubscribe = auth.subscribe((session) => { if (session) stop(true); });
    signal.addEventListener('abort', aborted);
    if (signal.aborted) stop(false);
  });
}

async function readEvents(body: ReadableStream<Uint8Array>, signal: AbortSignal,
  deliver: (change: LiveChange) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  try {
    while (!signal.aborted) {
      const { done, value } = await reader.read();
      if (done) return;
      for (const event of parser.push(decoder.decode(value, { stream: true }))) {
        const change = parseChange(event.data);
        if (change) deliver(change);
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/** One event's data as a change; anything else (a kind this page does not know) is skipped. */
export function parseChange(data: string): LiveChange | null {
  try {
    const parsed = JSON.parse(data);
    if (parsed && ['ready', 'request', 'message', 'typing', 'read'].includes(parsed.kind)) return parsed as LiveChange;
  } catch {
    // not JSON: skipped like an unknown kind
  }
  return null;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
