import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { ConciergeClient } from '../api/client';
import { ApiProblem } from '../api/problem';
import { ProblemAlert } from '../shared/ui';
import { isOtpCode, normalisePhone } from '../shared/validation';

/** Phone OTP sign-in: the ingest API texts a six-digit code, the customer types it back. */
export function SignInPage({ client }: { client: ConciergeClient }) {
  const [phone, setPhone] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function sendCode(event: FormEvent) {
    event.preventDefault();
    const normalised = normalisePhone(phone);
    if (!normalised) {
      setFieldError('Enter a mobile number, e.g. 98765 43210 or +919876543210');
      return;
    }
    setFieldError(null);
    await attempt(async () => {
      await client.requestOtp(normalised);
      setSentTo(normalised);
    });
  }

  async function verify(event: FormEvent) {
    event.preventDefault();
    if (!isOtpCode(code)) {
      setFieldError('The code has 6 digits');
      return;
    }
    setFieldError(null);
    await attempt(() => client.verifyOtp(sentTo!, code.trim()));
  }

  async function attempt(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      const field = failure instanceof ApiProblem ? (failure.forField('phone') ?? failure.forField('code')) : undefined;
      if (field) setFieldError(field);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="lg" maw={420} mx="auto" mt="xl">
      <Title order={2} size="h3" mb="sm">Sign in</Title>
      {sentTo === null ? (
        <form onSubmit={sendCode} noValidate>
          <Stack>
            <Text>We will text you a code to sign in.</Text>
            <TextInput id="phone" label="Mobile number" type="tel" autoComplete="tel" inputMode="tel"
              value={phone} onChange={(e) => setPhone(e.currentTarget.value)} error={fieldError} required />
            <Button type="submit" loading={busy}>Send code</Button>
          </Stack>
        </form>
      ) : (
        <form onSubmit={verify} noValidate>
          <Stack>
            <Text>We sent a code to {sentTo}.</Text>
            <TextInput id="code" label="Code" autoComplete="one-time-code" inputMode="numeric" maxLength={6}
              value={code} onChange={(e) => setCode(e.currentTarget.value)} error={fieldError} required />
            <Button type="submit" loading={busy}>Sign in</Button>
            <Button variant="subtle" onClick={() => { setSentTo(null); setCode(''); }}>Use another number</Button>
          </Stack>
        </form>
      )}
      <ProblemAlert error={error} />
    </Paper>
  );
}
