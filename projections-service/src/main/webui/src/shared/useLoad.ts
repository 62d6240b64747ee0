import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Loads what a page shows and reloads it on demand; an older, slower answer never overwrites a newer one.
 * `load` must be stable between renders that ask the same question (wrap it in useCallback).
 */
export function useLoad<T>(load: () => Promise<T>): { data: T | null; error: unknown; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    load().then((value) => {
      if (mine !== generation.current) return;
      setData(value);
      setError(null);
    }, (failure) => mine === generation.current && setError(failure));
  }, [load]);
  useEffect(reload, [reload]);
  return { data, error, reload };
}
