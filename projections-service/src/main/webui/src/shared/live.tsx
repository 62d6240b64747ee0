import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ConciergeClient } from '../api/client';
import { runLiveStream, type LiveChange, type StreamState } from '../api/live';

type Listener = (change: LiveChange) => void;

interface Live {
  state: StreamState;
  subscribe(listener: Listener): () => void;
}

const LiveContext = createContext<Live | null>(null);

/**
 * One GET /v1/stream per signed-in page, shared by every component that listens: it is open before
 * a page posts anything, so the change its own write causes is never missed between pages.
 */
export function LiveProvider({ client, children }: { client: ConciergeClient; children: ReactNode }) {
  const [state, setState] = useState<StreamState>('connecting');
  const listeners = useRef(new Set<Listener>());
  useEffect(() => {
    const abort = new AbortController();
    void runLiveStream({
      url: client.streamUrl(),
      auth: client.auth,
      onChange: (change) => listeners.current.forEach((listener) => listener(change)),
      onState: setState,
      signal: abort.signal,
    });
    // A page leaving (or frozen into the back/forward cache) must let go of its long-lived stream: the browser
    // keeps few connections per origin, and a stream left open holds one that the next page's reads then wait for.
    // A page shown again from that cache reloads, so it listens again and shows what changed meanwhile.
    const leave = () => abort.abort();
    const back = (event: PageTransitionEvent) => { if (event.persisted) window.location.reload(); };
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', back);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', back);
      abort.abort();
    };
  }, [client]);
  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => { listeners.current.delete(listener); };
  }, []);
  const live = useMemo<Live>(() => ({ state, subscribe }), [state, subscribe]);
  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}

/** Calls `onChange` (always the latest render's) for every live change; returns the stream's state. */
export function useLiveChanges(onChange: Listener): StreamState {
  const live = useContext(LiveContext);
  if (!live) throw new Error('useLiveChanges needs a LiveProvider');
  const latest = useRef(onChange);
  latest.current = onChange;
  const { subscribe } = live;
  useEffect(() => subscribe((change) => latest.current(change)), [subscribe]);
  return live.state;
}
