import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConciergeClient } from '../api/client';
import type { SessionHealth } from '../api/session';
import type { Session } from '../api/types';

/** The signed-in session; re-renders on sign-in, refresh and sign-out. */
export function useSession(client: ConciergeClient): Session | null {
  return useSyncExternalStore(
    (onChange) => client.auth.subscribe(onChange),
    () => client.auth.current(),
  );
}

/** How the signed-in session is doing (see SessionHealth); re-renders when that changes. */
export function useSessionHealth(client: ConciergeClient): SessionHealth {
  return useSyncExternalStore(
    (onChange) => client.auth.subscribe(onChange),
    () => client.auth.status(),
  );
}

/** A value that changes every `intervalMs`, for countdowns. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** An object URL showing a chosen file, released when the file changes or the page goes away. */
export function usePreviewUrl(file: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) {
      setUrl(null);
      return undefined;
    }
    const created = URL.createObjectURL(file);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [file]);
  return url;
}

/**
 * Reads until `done` holds, at most `tries` times `everyMs` apart: a write the API accepted (202)
 * reaches the read model a moment later. The last answer, whether or not it was done; a failed read is
 * tried again like one not done yet, the last failure thrown.
 */
export async function readUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, tries = 20,
  everyMs = 500): Promise<T> {
  let failure: unknown = null;
  let last: { value: T } | null = null;
  for (let attempt = 1; attempt <= tries; attempt += 1) {
    try {
      last = { value: await read() };
      failure = null;
      if (done(last.value)) return last.value;
    } catch (error) {
      failure = error;
    }
    if (attempt < tries) await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  if (last && failure === null) return last.value;
  throw failure;
}
