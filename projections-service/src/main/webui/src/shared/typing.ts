import { useCallback, useMemo, useRef, useState } from 'react';
import type { ConciergeClient } from '../api/client';
import type { LiveChange } from '../api/live';
import { useNow } from './hooks';
import { useLiveChanges } from './live';

/** A person typing tells the other side at most this often (each signal is one POST and one stream event each way). */
export const TYPING_SIGNAL_EVERY_MS = 3000;
/** How long a typing signal keeps "… is typing" on screen: a little longer than the sender's pace. */
export const TYPING_SHOWN_FOR_MS = 6000;

/** Calls `send` at most once per `everyMs`, however often `typed(now)` is called. */
export function typingThrottle(send: () => void, everyMs = TYPING_SIGNAL_EVERY_MS) {
  let last = Number.NEGATIVE_INFINITY;
  return (now: number) => {
    if (now - last < everyMs) return;
    last = now;
    send();
  };
}

/** Who typed on a request and when this page heard it (its own clock: the sender's may differ): role → ms. */
export type HeardTyping = Record<string, number>;

/**
 * A stream change folded into what this page heard: a typing signal of `requestId` from someone other
 * than `me` is noted under their role; a message from that side means they stopped.
 */
export function heardTyping(heard: HeardTyping, change: LiveChange, requestId: string, me: string | undefined,
  now: number): HeardTyping {
  if (change.requestId !== requestId) return heard;
  if (change.kind === 'typing' && change.data.userId !== me) return { ...heard, [change.data.role]: now };
  if (change.kind === 'message' && change.data.authorId !== me) {
    const role = change.data.author === 'CUSTOMER' ? 'customer' : null;
    const rest = { ...heard };
    if (role) delete rest[role];
    else { delete rest.agent; delete rest.admin; }
    return rest;
  }
  return heard;
}

/** The roles still typing at `now`, in a stable order. */
export function typingNow(heard: HeardTyping, now: number, shownForMs = TYPING_SHOWN_FOR_MS): string[] {
  return Object.entries(heard).filter(([, at]) => now - at < shownForMs).map(([role]) => role).sort();
}

/**
 * Typing on one request, both ways: `typed()` (call it on every keystroke) tells the server, throttled;
 * `others` are the roles of the other people typing there now, from the stream.
 */
export function useTyping(client: ConciergeClient, requestId: string) {
  const [heard, setHeard] = useState<HeardTyping>({});
  const me = client.auth.current()?.subject;
  useLiveChanges((change) => setHeard((current) => heardTyping(current, change, requestId, me, Date.now())));
  const now = useNow(1000);
  const throttle = useRef<((now: number) => void) | null>(null);
  const lastRequest = useRef(requestId);
  const typed = useCallback(() => {
    if (!throttle.current || lastRequest.current !== requestId) {
      lastRequest.current = requestId;
      // a lost typing signal only hides an indicator for a moment: failures are not shown
      throttle.current = typingThrottle(() => { client.typing(requestId).catch(() => undefined); });
    }
    throttle.current(Date.now());
  }, [client, requestId]);
  const others = useMemo(() => typingNow(heard, now), [heard, now]);
  return { typed, others };
}
