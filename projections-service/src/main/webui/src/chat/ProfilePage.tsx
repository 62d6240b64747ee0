import {
  Badge, Button, Card, Checkbox, Group, Loader, NativeSelect, Stack, Switch, Text, TextInput, Title,
} from '@mantine/core';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { newIdempotencyKey, type ConciergeClient } from '../api/client';
import { ApiProblem } from '../api/problem';
import type { CustomerProfile, NotificationChannel, NotificationPreferences } from '../api/types';
import { readUntil } from '../shared/hooks';
import { ProblemAlert } from '../shared/ui';
import {
  addressDraftErrors, addressLine, draftToAddress, EMPTY_ADDRESS_DRAFT, hourMinute, type AddressDraft,
} from '../shared/validation';
import { AddressFields, savedAddressLandmarks } from './AddressFields';

const CHANNELS: { value: NotificationChannel; label: string }[] = [
  { value: 'WHATSAPP', label: 'WhatsApp' },
  { value: 'SMS', label: 'SMS' },
  { value: 'EMAIL', label: 'E-mail' },
  { value: 'PUSH', label: 'Push (mobile app)' },
  { value: 'IN_APP', label: 'In the app' },
];
/** What the notifier uses for a customer who chose nothing: the form starts there. */
const DEFAULT_PREFERENCES: NotificationPreferences = {
  channels: ['WHATSAPP', 'SMS', 'IN_APP'], marketingOptIn: false, language: null, quietHours: null,
};
const DEFAULT_QUIET_HOURS = { start: '22:00', end: '07:00', timeZone: 'Asia/Kolkata' };

/**
 * The customer's own profile: name and e-mail, saved addresses with a default (a request without an
 * address goes there), and how and when to be notified. Writes go to the ingest API (202); the page
 * then reads GET /v1/customers/me again until the read model shows them.
 */
export function ProfilePage({ client }: { client: ConciergeClient }) {
  const [profile, setProfile] = useState<CustomerProfile | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback((done: (p: CustomerProfile) => boolean = () => true) => {
    readUntil(() => client.me(), done).then((loaded) => { setProfile(loaded); setError(null); }, (failure) => {
      // a customer signed in a moment ago may not be in the read model yet: an empty profile to fill in
      if (failure instanceof ApiProblem && failure.status === 404) setProfile(emptyProfile(client));
      else setError(failure);
    });
  }, [client]);
  useEffect(() => reload(), [reload]);

  if (!profile) {
    return error ? <ProblemAlert error={error} title="Your profile could not be loaded" />
      : <Loader role="status" aria-label="Loading your profile" />;
  }
  return (
    <Stack id="profile" data-customer-id={profile.phone ? profile.customerId : undefined}>
      <Title order={2} size="h3">Your profile</Title>
      <AboutYou client={client} profile={profile} reload={reload} />
      <Addresses client={client} profile={profile} reload={reload} />
      <Notifications client={client} profile={profile} reload={reload} />
    </Stack>
  );
}

function emptyProfile(client: ConciergeClient): CustomerProfile {
  return { customerId: client.auth.current()?.subject ?? '', erased: false, addresses: [], preferences: null };
}

type Reload = (done: (p: CustomerProfile) => boolean) => void;

/** A form's save: busy while posting, `saved` once the API took the write (202), else the problem. */
function useSave() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  async function save(write: () => Promise<unknown>, after: () => void) {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await write();
      setSaved(true);
      after();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, saved, save };
}

/** A form's submit button, "Saved" beside it once the API took the write, the problem below when it did not. */
function SaveRow({ id, label, state }: { id: string; label: string; state: ReturnType<typeof useSave> }) {
  return (
    <>
      <Group>
        <Button type="submit" loading={state.busy} id={id}>{label}</Button>
        {state.saved && <Text size="sm" role="status">Saved</Text>}
      </Group>
      <ProblemAlert error={state.error} title="Not saved" />
    </>
  );
}

function AboutYou({ client, profile, reload }: { client: ConciergeClient; profile: CustomerProfile; reload: Reload }) {
  const [name, setName] = useState(profile.name ?? '');
  const [email, setEmail] = useState(profile.email ?? '');
  const saving = useSave();
  const { error, save } = saving;
  const fieldError = (field: string) => (error instanceof ApiProblem ? error.forField(field) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const wanted = { name: name.trim() || undefined, email: email.trim() || undefined };
    void save(() => client.updateProfile(wanted),
      () => reload((p) => (p.name ?? undefined) === wanted.name && (p.email ?? undefined) === wanted.email));
  }

  return (
    <Card withBorder component="form" onSubmit={submit} noValidate aria-labelledby="about-title">
      <Title order={3} size="h4" id="about-title">About you</Title>
      <Text size="sm" mb="xs">Signed in with {profile.phone ?? 'your phone'}</Text>
      <Stack gap="xs">
        <TextInput id="profile-name" label="Name" value={name} maxLength={200} autoComplete="name"
          onChange={(e) => setName(e.currentTarget.value)} error={fieldError('name')} />
        <TextInput id="profile-email" label="E-mail (for receipts)" type="email" value={email} autoComplete="email"
          onChange={(e) => setEmail(e.currentTarget.value)} error={fieldError('email')} />
        <SaveRow id="save-profile" label="Save" state={saving} />
      </Stack>
    </Card>
  );
}

function Addresses({ client, profile, reload }: { client: ConciergeClient; profile: CustomerProfile; reload: Reload }) {
  const [label, setLabel] = useState('');
  const [draft, setDraft] = useState<AddressDraft>(EMPTY_ADDRESS_DRAFT);
  const [makeDefault, setMakeDefault] = useState(profile.addresses.length === 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const saving = useSave();
  const { busy, save } = saving;
  const count = profile.addresses.length;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = addressDraftErrors(draft);
    if (!label.trim()) found.label = 'Name this address, e.g. Home';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const address = draftToAddress(draft);
    void save(() => client.saveAddress({ label: label.trim(), address, makeDefault }, newIdempotencyKey()), () => {
      setLabel('');
      setDraft(EMPTY_ADDRESS_DRAFT);
      reload((p) => p.addresses.length > count);
    });
  }

  function setDefault(addressId: string) {
    const chosen = profile.addresses.find((a) => a.addressId === addressId)!;
    void save(() => client.saveAddress({ addressId, label: chosen.label, address: chosen.address, makeDefault: true },
      newIdempotencyKey()), () => reload((p) => p.addresses.some((a) => a.addressId === addressId && a.defaultAddress)));
  }

  return (
    <Card withBorder aria-labelledby="addresses-title">
      <Title order={3} size="h4" id="addresses-title">Addresses</Title>
      <Stack gap="xs" my="xs" id="saved-addresses">
        {count === 0 && <Text size="sm">No saved address yet.</Text>}
        {profile.addresses.map((a) => (
          <Group key={a.addressId} justify="space-between" wrap="nowrap" data-address-id={a.addressId} align="flex-start">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={600}>{a.label} {a.defaultAddress && <Badge size="sm" variant="light" c="dark.9">Default</Badge>}</Text>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{addressLine(a.address)}</Text>
            </Stack>
            {!a.defaultAddress && (
              <Button size="xs" variant="default" loading={busy} onClick={() => setDefault(a.addressId)}>Make default</Button>
            )}
          </Group>
        ))}
      </Stack>
      <form onSubmit={submit} noValidate aria-labelledby="new-address-title">
        <Stack gap="xs">
          <Title order={4} size="h5" id="new-address-title">Add an address</Title>
          <TextInput id="saved-address-label" label="Name" placeholder="Home, Office…" value={label} maxLength={50}
            onChange={(e) => setLabel(e.currentTarget.value)} error={errors.label} />
          <AddressFields client={client} idPrefix="saved-address" value={draft} onChange={setDraft} errors={errors}
            landmarks={savedAddressLandmarks(profile.addresses)} />
          <Checkbox id="saved-address-default" label="Deliver here unless I say otherwise (default)" checked={makeDefault}
            onChange={(e) => setMakeDefault(e.currentTarget.checked)} />
          <SaveRow id="save-address" label="Save address" state={saving} />
        </Stack>
      </form>
    </Card>
  );
}

function Notifications({ client, profile, reload }: { client: ConciergeClient; profile: CustomerProfile; reload: Reload }) {
  const current = profile.preferences ?? DEFAULT_PREFERENCES;
  const [channels, setChannels] = useState<string[]>(current.channels);
  const [marketing, setMarketing] = useState(current.marketingOptIn);
  const [language, setLanguage] = useState(current.language ?? 'en');
  const [quiet, setQuiet] = useState(Boolean(current.quietHours));
  const [hours, setHours] = useState(current.quietHours
    ? { ...current.quietHours, start: hourMinute(current.quietHours.start), end: hourMinute(current.quietHours.end) }
    : DEFAULT_QUIET_HOURS);
  const [problem, setProblem] = useState<string | null>(null);
  const saving = useSave();
  const { error, save } = saving;
  const fieldError = (field: string) => (error instanceof ApiProblem ? error.forField(field) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (channels.length === 0) return setProblem('Choose at least one way to reach you');
    setProblem(null);
    const wanted: NotificationPreferences = {
      channels: channels as NotificationChannel[], marketingOptIn: marketing, language, quietHours: quiet ? hours : null,
    };
    void save(() => client.updateNotificationPreferences(wanted), () => reload((p) =>
      JSON.stringify(p.preferences?.channels ?? []) === JSON.stringify(wanted.channels)
      && p.preferences?.marketingOptIn === wanted.marketingOptIn
      && Boolean(p.preferences?.quietHours) === quiet));
  }

  return (
    <Card withBorder component="form" onSubmit={submit} noValidate aria-labelledby="notifications-title">
      <Title order={3} size="h4" id="notifications-title">Notifications</Title>
      <Stack gap="sm">
        <Checkbox.Group id="preferences-channels" label="Reach me by" value={channels} onChange={setChannels}
          error={problem ?? fieldError('channels')} description="In this order: the first that works carries the message">
          <Group mt={4} gap="md">
            {CHANNELS.map((c) => <Checkbox key={c.value} value={c.value} label={c.label} id={`channel-${c.value}`} />)}
          </Group>
        </Checkbox.Group>
        <Switch id="preferences-marketing" label="Offers and news" checked={marketing}
          onChange={(e) => setMarketing(e.currentTarget.checked)} />
        <NativeSelect id="preferences-language" label="Language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}
          data={[{ value: 'en', label: 'English' }, { value: 'hi', label: 'हिन्दी (Hindi)' }]} error={fieldError('language')} maw={240} />
        <Switch id="preferences-quiet" label="Quiet hours (only payment and delivery messages)" checked={quiet}
          onChange={(e) => setQuiet(e.currentTarget.checked)} />
        {quiet && (
          <Group align="flex-start" wrap="wrap">
            <TextInput id="quiet-start" label="From" type="time" value={hours.start} w={130}
              onChange={(e) => setHours({ ...hours, start: e.currentTarget.value })} error={fieldError('quietHours.start')} />
            <TextInput id="quiet-end" label="Until" type="time" value={hours.end} w={130}
              onChange={(e) => setHours({ ...hours, end: e.currentTarget.value })} error={fieldError('quietHours.end')} />
            <TextInput id="quiet-zone" label="Time zone" value={hours.timeZone} w={180}
              onChange={(e) => setHours({ ...hours, timeZone: e.currentTarget.value })} error={fieldError('quietHours.timeZone')} />
          </Group>
        )}
        <SaveRow id="save-preferences" label="Save preferences" state={saving} />
      </Stack>
    </Card>
  );
}
