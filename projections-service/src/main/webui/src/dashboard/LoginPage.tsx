import { Alert, Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { ConciergeClient } from '../api/client';
import { ApiProblem } from '../api/problem';
import { ProblemAlert } from '../shared/ui';

/** Staff sign-in with e-mail and password (POST /v1/auth/login on the ingest API). */
export function LoginPage({ client, notice }: { client: ConciergeClient; notice?: string }) {
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
  return (
    <main>
      <Paper withBorder p="lg" maw={420} mx="auto" mt={64}>
        <form onSubmit={submit} aria-labelledby="login-title">
          <Stack>
            <Title order={1} size="h2" id="login-title">Concierge staff sign-in</Title>
            {notice && <Alert color="orange" c="dark.9">{notice}</Alert>}
            <TextInput id="email" label="E-mail" type="email" autoComplete="username" required
              value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={problem?.forField('email')} />
            <PasswordInput id="password" label="Password" autoComplete="current-password" required
              visibilityToggleButtonProps={{ "aria-label": "Show or hide the password" }}
              value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={problem?.forField('password')} />
            <Button type="submit" loading={busy} id="sign-in">Sign in</Button>
            <ProblemAlert error={error} title="Not signed in" />
          </Stack>
        </form>
      </Paper>
    </main>
  );
}
