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

/**
 * An on/off switch whose write shows at once (the read model takes a moment to have it): on failure the
 * switch goes back and the problem shows; on success `onChanged` (a delayed reload) runs.
 */
export function useSwitchAction(initial: boolean, write: (next: boolean) => Promise<unknown>, onChanged: () => void) {
  const [checked, setChecked] = useState(initial);
  const action = useAction();
  async function switchTo(next: boolean) {
    setChecked(next);
    if (await action.run(() => write(next))) onChanged();
    else setChecked(!next);
  }
  return { checked, busy: action.busy, error: action.error, switchTo };
}
