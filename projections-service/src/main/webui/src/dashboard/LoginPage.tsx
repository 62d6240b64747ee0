import { Alert, Button, Group, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { ConciergeClient } from '../api/client';
import { ApiProblem } from '../api/problem';
import { ProblemAlert } from '../shared/ui';

/** Staff sign-in with e-mail and password (POST /v1/auth/login on the ingest API). */
export function LoginPage({ client, notice }: { client: ConciergeClient; notice?: string }) {
  return (
    <main>
      <Paper withBorder p="lg" maw={420} mx="auto" mt={64}>
        <Stack>
          <Title order={1} size="h2" id="login-title">Concierge staff sign-in</Title>
          {notice && <Alert color="orange" c="dark.9">{notice}</Alert>}
          <StaffSignInForm client={client} labelledBy="login-title" />
        </Stack>
      </Paper>
    </main>
  );
}

/**
 * The e-mail and password form: on the sign-in page, and in the notice of a dashboard page whose session
 * ended (`idPrefix` keeps its ids apart, `compact` lays it out in a row where there is room).
 */
export function StaffSignInForm({ client, idPrefix = '', labelledBy, compact = false }: {
  client: ConciergeClient; idPrefix?: string; labelledBy?: string; compact?: boolean;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await client.login(email.trim(), password);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const problem = error instanceof ApiProblem ? error : null;
  const Layout = compact ? Group : Stack;
  return (
    <form onSubmit={submit} aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : 'Sign in again'}>
      <Stack>
        <Layout align={compact ? 'flex-end' : undefined} wrap="wrap">
          <TextInput id={`${idPrefix}email`} label="E-mail" type="email" autoComplete="username" required
            value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={problem?.forField('email')} />
          <PasswordInput id={`${idPrefix}password`} label="Password" autoComplete="current-password" required
            visibilityToggleButtonProps={{ "aria-label": "Show or hide the password" }}
            value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={problem?.forField('password')} />
          <Button type="submit" loading={busy} id={`${idPrefix}sign-in`}>Sign in</Button>
        </Layout>
        <ProblemAlert error={error} title="Not signed in" />
      </Stack>
    </form>
  );
}
