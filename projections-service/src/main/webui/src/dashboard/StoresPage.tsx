import { Badge, Button, Checkbox, Group, Loader, Modal, NativeSelect, Paper, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { AdminApi, type Category, type Store, type StoreDetail } from '../api/admin';
import { newIdempotencyKey, type ConciergeClient } from '../api/client';
import { formatMoney, formatTime } from '../shared/format';
import { useSession } from '../shared/hooks';
import { LazyMapPicker } from '../shared/LazyMapPicker';
import { pinOf, type Landmark } from '../shared/mapPin';
import { ProblemAlert } from '../shared/ui';
import { useLoad } from '../shared/useLoad';
import { SETTLE_MS } from './AgentsPage';
import { CategoryChecks, formatRate, formatSeconds, Muted } from './DirectoryParts';
import { dayLabel, hoursRows, storeBody, type FieldErrors, type HoursRow, type StoreFields } from './directoryForms';
import { useAction, useSwitchAction } from './useAction';

/**
 * The store directory with each store's performance (reply rate, median reply time, quotes won,
 * fulfilment rate), availability, create/edit (admins), and a store's WhatsApp conversation.
 */
export function StoresPage({ client }: { client: ConciergeClient }) {
  const api = useMemo(() => new AdminApi(client), [client]);
  const isAdmin = useSession(client)?.role === 'admin';
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [category, setCategory] = useState('');
  // the directory shows at once; each row then loads its own performance (one query per store)
  const stores = useLoad(useCallback(async () => (await api.stores({ q: q || undefined, category: category || undefined })).items,
    [api, q, category]));
  const categories = useLoad(useCallback(() => api.categories(), [api]));
  const [editing, setEditing] = useState<Store | 'new' | null>(null);
  const [talking, setTalking] = useState<Store | null>(null);
  const reloadSoon = () => setTimeout(stores.reload, SETTLE_MS);
  const names = new Map((categories.data ?? []).map((c) => [c.id, c.name]));

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Stores</Title>
        {isAdmin && <Button id="new-store" onClick={() => setEditing('new')}>New store</Button>}
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput label="Search stores" id="store-search" placeholder="Name, locality or city" value={text}
          onChange={(e) => setText(e.currentTarget.value)} style={{ flex: '1 1 220px', maxWidth: 360 }} />
        <NativeSelect label="Category" id="store-category" value={category} onChange={(e) => setCategory(e.currentTarget.value)}
          data={[{ value: '', label: 'Any category' }, ...(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))]} />
      </Group>
      <ProblemAlert error={stores.error} title="The stores could not be loaded" />
      {!stores.data && !stores.error && <Loader role="status" aria-label="Loading stores" />}
      {stores.data && stores.data.length === 0 && <Text>No stores match.</Text>}
      {stores.data && stores.data.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table id="stores" aria-label="Stores" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Store</Table.Th><Table.Th>Categories</Table.Th><Table.Th>Reply rate</Table.Th>
                <Table.Th>Median reply</Table.Th><Table.Th>Quotes won</Table.Th><Table.Th>Fulfilment</Table.Th><Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stores.data.map((store) => (
                <StoreRow key={store.storeId} api={api} store={store} categoryNames={names}
                  onEdit={isAdmin ? setEditing : null} onTalk={setTalking} onChanged={reloadSoon} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {talking && <Conversation api={api} store={talking} onClose={() => setTalking(null)} />}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New store' : 'Edit store'} size="lg">
        {editing !== null && (
          <StoreFormFields api={api} store={editing === 'new' ? null : editing} categories={categories.data ?? []} others={stores.data ?? []}
            onSaved={() => { setEditing(null); reloadSoon(); }} />
        )}
      </Modal>
    </Stack>
  );
}

function StoreRow({ api, store, categoryNames, onEdit, onTalk, onChanged }: {
  api: AdminApi; store: Store; categoryNames: Map<string, string>; onEdit: ((s: Store) => void) | null;
  onTalk: (s: Store) => void; onChanged: () => void;
}) {
  const detail = useLoad(useCallback(() => api.store(store.storeId), [api, store.storeId]));
  const p: Partial<StoreDetail['performance']> = detail.data?.performance ?? {};
  const loading = detail.data ? null : detail.error ? 'not available' : '…';
  const toggle = useSwitchAction(store.available, (next) => api.setStoreAvailable(store.storeId, next, newIdempotencyKey()), onChanged);
  return (
    <Table.Tr data-store-id={store.storeId}>
      <Table.Td>
        <Text size="sm" fw={600}>{store.name}</Text>
        <Text size="xs" c="dark.6">{store.phone} · {store.address.locality ? `${store.address.locality}, ` : ''}{store.address.city}</Text>
        {!store.available && <Badge variant="light" color="gray" c="dark.9" size="sm">Paused{store.availabilityReason ? `: ${store.availabilityReason}` : ''}</Badge>}
      </Table.Td>
      <Table.Td maw={220}><Text size="sm">{store.categories.map((c) => categoryNames.get(c) ?? c).join(', ')}</Text></Table.Td>
      <Table.Td>{loading ?? <>{formatRate(p.replyRate)} <Text span size="xs">({p.replied}/{p.contacted})</Text></>}</Table.Td>
      <Table.Td>{loading ?? formatSeconds(p.medianReplySeconds)}</Table.Td>
      <Table.Td>{loading ?? p.quotesWon}</Table.Td>
      <Table.Td>{loading ?? formatRate(p.fulfilmentRate)}</Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap">
            <Switch label="Available" checked={toggle.checked} disabled={toggle.busy} aria-label={`${store.name} available`}
              onChange={(e) => void toggle.switchTo(e.currentTarget.checked)} />
            {onEdit && <Button size="xs" variant="default" onClick={() => onEdit(store)} aria-label={`Edit ${store.name}`}>Edit</Button>}
            <Button size="xs" variant="default" onClick={() => onTalk(store)} aria-label={`Chat with ${store.name} on WhatsApp`}>Chat</Button>
          </Group>
          <ProblemAlert error={toggle.error} title="Availability not changed" />
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** What the store was sent and replied on WhatsApp, across its latest requests, oldest first. */
function Conversation({ api, store, onClose }: { api: AdminApi; store: Store; onClose: () => void }) {
  const conversation = useLoad(useCallback(() => api.conversation(store.storeId), [api, store.storeId]));
  return (
    <Paper withBorder p="md" id="store-conversation" aria-labelledby="conversation-title">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4" id="conversation-title">WhatsApp with {store.name}</Title>
        <Button variant="default" size="xs" onClick={onClose}>Close</Button>
      </Group>
      <ProblemAlert error={conversation.error} title="The conversation could not be loaded" />
      {!conversation.data && !conversation.error && <Loader role="status" aria-label="Loading the conversation" />}
      {conversation.data && conversation.data.messages.length === 0 && <Muted>No messages with this store yet.</Muted>}
      <Stack gap="xs" mt="sm">
        {conversation.data?.messages.map((m, i) => (
          <Paper key={`${m.requestId}-${m.direction}-${i}`} p="xs" bg={m.direction === 'SENT' ? 'blue.0' : 'gray.0'}
            ml={m.direction === 'RECEIVED' ? 'xl' : 0} mr={m.direction === 'SENT' ? 'xl' : 0} data-direction={m.direction}>
            <Text size="xs" fw={700}>
              {m.direction === 'SENT' ? `Concierge, round ${m.round ?? 1}${m.replyCode ? `, code ${m.replyCode}` : ''}` : 'Store'} · {formatTime(m.at)} · {m.requestId}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.text ?? '(no text)'}</Text>
            {m.direction === 'RECEIVED' && (
              <Text size="xs">{m.available ? `Has it${m.price ? `: ${formatMoney(m.price)}` : ''}` : 'Does not have it'}</Text>
            )}
          </Paper>
        ))}
      </Stack>
    </Paper>
  );
}

function fieldsOf(store: Store | null): StoreFields {
  return {
    name: store?.name ?? '', phone: store?.phone ?? '', line1: store?.address.line1 ?? '', line2: store?.address.line2 ?? '',
    locality: store?.address.locality ?? '', city: store?.address.city ?? '', pincode: store?.address.pincode ?? '',
    lat: store?.address.location ? String(store.address.location.lat) : '', lon: store?.address.location ? String(store.address.location.lon) : '',
    radius: store?.radiusMeters ? String(store.radiusMeters) : '', categories: store?.categories ?? [], hours: hoursRows(store?.openingHours ?? []),
  };
}

/** The other stores listed, as landmarks for placing this one. */
function storeLandmarks(stores: Store[], editing: Store | null): Landmark[] {
  return stores.flatMap((s) => (s.storeId !== editing?.storeId && s.address.location ? [{ ...s.address.location, name: s.name }] : []));
}

function StoreFormFields({ api, store, categories, others, onSaved }: {
  api: AdminApi; store: Store | null; categories: Category[]; others: Store[]; onSaved: () => void;
}) {
  const [fields, setFields] = useState<StoreFields>(() => fieldsOf(store));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [key] = useState(newIdempotencyKey);
  const save = useAction();
  const set = (patch: Partial<StoreFields>) => setFields((f) => ({ ...f, ...patch }));
  const text = (field: keyof StoreFields, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} id={`store-${field}`} value={fields[field] as string} error={errors[field]}
      onChange={(e) => set({ [field]: e.currentTarget.value })} {...extra} />
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = storeBody(fields);
    setErrors(checked.errors);
    if (!checked.body) {
      save.fail(checked.hoursError ? new Error(checked.hoursError) : null);
      return;
    }
    const body = checked.body;
    if (await save.run(() => api.saveStore(body, key, store?.storeId))) onSaved();
  }
  return (
    <form onSubmit={submit} id="store-form" noValidate>
      <Stack gap="xs">
        {text('name', 'Name', { required: true, maxLength: 200 })}
        {text('phone', 'WhatsApp number', { required: true, placeholder: '+919800000000', inputMode: 'tel' })}
        {text('line1', 'Address', { required: true, maxLength: 200 })}
        {text('line2', 'Address line 2 (optional)', { maxLength: 200 })}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          {text('locality', 'Locality')}
          {text('city', 'City', { required: true })}
          {text('pincode', 'PIN code', { required: true, inputMode: 'numeric' })}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          {text('lat', 'Latitude', { required: true, inputMode: 'decimal', placeholder: '12.9716' })}
          {text('lon', 'Longitude', { required: true, inputMode: 'decimal', placeholder: '77.5946' })}
          {text('radius', 'Delivery radius (m)', { inputMode: 'numeric', placeholder: '3000' })}
        </SimpleGrid>
        <LazyMapPicker client={api.client} id="store-map" label="Location on the map" pin={pinOf(fields.lat, fields.lon)}
          onPick={(pin) => set({ lat: String(pin.lat), lon: String(pin.lon) })} landmarks={storeLandmarks(others, store)}
          landmarkNote="Blue dots: the other stores listed (point at one for its name)." />
        <CategoryChecks label="Categories" id="store-categories" categories={categories} value={fields.categories}
          onChange={(categories) => set({ categories })} error={errors.categories} />
        <HoursEditor rows={fields.hours} onChange={(hours) => set({ hours })} />
        <ProblemAlert error={save.error} title="The store was not saved" />
        <Button type="submit" loading={save.busy} id="save-store">Save</Button>
      </Stack>
    </form>
  );
}

function HoursEditor({ rows, onChange }: { rows: HoursRow[]; onChange: (rows: HoursRow[]) => void }) {
  const update = (day: string, patch: Partial<HoursRow>) => onChange(rows.map((r) => (r.day === day ? { ...r, ...patch } : r)));
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend><Text size="sm" fw={500}>Opening hours</Text></legend>
      <Stack gap={4}>
        {rows.map((row) => (
          <Group key={row.day} gap="xs" wrap="nowrap" data-day={row.day}>
            <Checkbox label={dayLabel(row.day)} checked={row.open} w={110} onChange={(e) => update(row.day, { open: e.currentTarget.checked })} />
            <TextInput type="time" aria-label={`${dayLabel(row.day)} opens`} value={row.opens} disabled={!row.open}
              onChange={(e) => update(row.day, { opens: e.currentTarget.value })} />
            <TextInput type="time" aria-label={`${dayLabel(row.day)} closes`} value={row.closes} disabled={!row.open}
              onChange={(e) => update(row.day, { closes: e.currentTarget.value })} />
          </Group>
        ))}
      </Stack>
    </fieldset>
  );
}
