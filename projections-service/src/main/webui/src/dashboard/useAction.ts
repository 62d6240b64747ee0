import { useState } from 'react';

/**
 * One user action (a write) with its busy state, the problem to show if it failed, and whether it
 * succeeded: every button that writes on the admin pages goes through it.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  async function run(write: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await write();
      setDone(true);
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, done, run, fail: setError };
}
