import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { ConciergeClient } from '../api/client';
import type { SessionHealth } from '../api/session';
import { StaffSignInForm } from './LoginPage';

/**
 * What the dashboard shows when its session is in trouble, above the page, which stays as it was (its
 * unsent text included): `ended` — sign in again right here; `refresh-failing` — the session could not be
 * renewed just now, with a button to try again.
 */
export function SessionNotice({ client, health }: { client: ConciergeClient; health: SessionHealth }) {
  if (health === 'ended') {
    return (
      <Alert color="orange" c="dark.9" title="Your session has ended" role="alert" id="session-ended" mb="md">
        <Text size="sm" mb="sm">Sign in again to go on. What you typed on this page stays here and can be sent afterwards.</Text>
        <StaffSignInForm client={client} idPrefix="again-" compact />
      </Alert>
    );
  }
  if (health === 'refresh-failing') return <RenewFailing client={client} />;
  return null;
}

function RenewFailing({ client }: { client: ConciergeClient }) {
  const [busy, setBusy] = useState(false);
  async function retry() {
    setBusy(true);
    try {
      await client.auth.refresh();
    } catch {
      // still failing: the notice stays, and says so by staying
    } finally {
      setBusy(false);
    }
  }
  return (
    <Alert color="orange" c="dark.9" title="Your session could not be renewed" role="alert" id="session-failing" mb="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm">The sign-in service did not answer, so saving and loading may fail. Your text on this page is kept.</Text>
        <Button size="xs" variant="default" onClick={() => void retry()} loading={busy} id="session-retry">Try again</Button>
      </Group>
    </Alert>
  );
}
