import { Anchor, Button, Card, Grid, Group, Loader, NativeSelect, Paper, Stack, Table, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { newIdempotencyKey, type Commands, type ConciergeClient } from '../api/client';
import { sendChatMessage } from '../shared/attach';
import { PhotoPicker } from '../shared/PhotoPicker';
import type { RequestDetail } from '../api/types';
import { formatMoney, formatTime, parseRupees } from '../shared/format';
import { useLiveChanges } from '../shared/live';
import { ReadMarker, useReadReceipts } from '../shared/receipts';
import { applyToDetail, withLoadedDetail } from '../shared/requests';
import { useTyping } from '../shared/typing';
import { MediaImage, ProblemAlert, StatusBadge } from '../shared/ui';
import { AssignCard } from './AssignCard';
import { PaymentLinkCard, RefundCard } from './PaymentActions';

/** One request for staff: the chat, what the AI found, store outreach and replies, quoting, fulfilment, the timeline. */
export function RequestDetailPage({ client }: { client: ConciergeClient }) {
  const { requestId = '' } = useParams();
  const [detail, setDetail] = useState<RequestDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    client.request(requestId).then((loaded) => { setDetail((current) => withLoadedDetail(current, loaded)); setError(null); }, setError);
  }, [client, requestId]);
  useEffect(load, [load]);
  useReadReceipts(client, detail, 'staff');
  useLiveChanges((change) => {
    if (change.kind === 'ready' || (change.kind === 'request' && change.requestId === requestId)) {
      // a snapshot change comes with new timeline facts, which only the detail call has
      if (change.kind === 'request') setDetail((d) => (d ? applyToDetail(d, change) : d));
      load();
    } else {
      setDetail((d) => (d ? applyToDetail(d, change) : d));
    }
  });

  if (error) return <ProblemAlert error={error} title="This request could not be loaded" />;
  if (!detail) return <Loader role="status" aria-label="Loading the request" />;
  const r = detail.request;
  return (
    <Stack data-request-id={r.requestId}>
      <Anchor component={Link} to="/">← Inbox</Anchor>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} style={{ overflowWrap: 'anywhere' }}>{r.text || '(photo only)'}</Title>
        <StatusBadge status={r.status} />
      </Group>
      <Text size="sm">{r.requestId} · customer {r.customerId} · agent {r.agentId ?? 'unassigned'} · created {formatTime(r.createdAt)}</Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Chat client={client} detail={detail} />
            <TimelineCard detail={detail} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <AssignCard client={client} request={r} />
            <Enrichment detail={detail} />
            <Stores client={client} detail={detail} />
            <SendQuote client={client} detail={detail} />
            <PaymentLinkCard client={client} request={r} />
            <RefundCard client={client} request={r} />
            <Fulfilment client={client} detail={detail} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** Runs one command with a button's busy state and the problem shown next to it. */
function useCommand(client: ConciergeClient, requestId: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  async function run<N extends keyof Commands>(name: N, body: Commands[N]) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await client.command(requestId, name, body, newIdempotencyKey());
      setDone(`${name} sent`);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, done, run, setError };
}

function Chat({ client, detail }: { client: ConciergeClient; detail: RequestDetail }) {
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const typing = useTyping(client, detail.request.requestId);
  async function send(event: FormEvent) {
    event.preventDefault();
    try {
      if (!(await sendChatMessage(client, detail.request.requestId, text, photo))) return;
      setText('');
      setPhoto(null);
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  }
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4">Chat</Title>
      <Stack gap="xs" my="sm" id="messages">
        {detail.request.mediaIds.map((id) => <MediaImage key={id} client={client} mediaId={id} alt="Photo the customer sent with the request" />)}
        {detail.messages.map((m) => (
          <Paper key={m.eventId} p="xs" bg="gray.0" data-author={m.author}>
            <Text size="xs" fw={700}>{m.author.toLowerCase()} · {formatTime(m.postedAt)}</Text>
            {m.text && <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.text}</Text>}
            {m.attachments.filter((a) => a.mediaId).map((a) => <MediaImage key={a.mediaId!} client={client} mediaId={a.mediaId!} alt="Attached photo" />)}
            <ReadMarker message={m} side="staff" />
          </Paper>
        ))}
      </Stack>
      {typing.others.length > 0 && (
        <Text size="sm" fs="italic" role="status" id="typing" data-typing={typing.others.join(' ')}>
          {typing.others.includes('customer') ? 'The customer is typing…' : 'Another staff member is typing…'}
        </Text>
      )}
      <form onSubmit={send}>
        <Group align="flex-end" wrap="nowrap">
          <Textarea label="Message to the customer" id="staff-message" autosize minRows={1} style={{ flex: 1 }}
            value={text} onChange={(e) => { setText(e.currentTarget.value); typing.typed(); }} maxLength={4000} />
          <Button type="submit" id="send-staff-message">Send</Button>
        </Group>
        <PhotoPicker id="staff-photo" label="Attach a photo" photo={photo} onChange={setPhoto} />
      </form>
      <ProblemAlert error={error} />
    </Paper>
  );
}

function Enrichment({ detail }: { detail: RequestDetail }) {
  const e = detail.request.enrichment;
  return (
    <Card withBorder>
      <Title order={3} size="h4">Analysis</Title>
      {!e ? <Text size="sm">Not analysed yet.</Text> : (
        <Stack gap={4}>
          <Text size="sm">Category: {e.category}</Text>
          {e.summary && <Text size="sm">Summary: {e.summary}</Text>}
          {Object.entries(e.specs).map(([k, v]) => <Text size="sm" key={k}>{k}: {v}</Text>)}
          {e.priceHint && <Text size="sm">Price hint: {formatMoney(e.priceHint)}</Text>}
        </Stack>
      )}
      {detail.request.openQuestions.length > 0 && (
        <Text size="sm" mt="xs">Asked the customer: {detail.request.openQuestions.join(' · ')}</Text>
      )}
    </Card>
  );
}

/** Stores contacted, their replies, and recording a reply by hand (e.g. a store that phoned). */
function Stores({ client, detail }: { client: ConciergeClient; detail: RequestDetail }) {
  const r = detail.request;
  const contacted = [...new Set(r.outreach.map((o) => o.storeId))];
  const [storeId, setStoreId] = useState('');
  const [price, setPrice] = useState('');
  const [note, setNote] = useState('');
  const command = useCommand(client, r.requestId);
  const chosen = storeId || contacted[0] || '';

  function record(available: boolean) {
    const paise = parseRupees(price);
    if (available && paise === null) return command.setError(new Error('Enter the price in rupees, e.g. 32 or 32.50'));
    void command.run('RecordStoreQuote', {
      storeId: chosen, available, price: available ? { amountMinor: paise!, currency: 'INR' } : undefined,
      note: note.trim() || undefined,
    });
  }

  return (
    <Card withBorder>
      <Title order={3} size="h4">Stores</Title>
      {r.outreach.length === 0 && <Text size="sm">No store contacted yet.</Text>}
      {r.outreach.length > 0 && (
        <Table fz="sm">
          <Table.Thead><Table.Tr><Table.Th>store</Table.Th><Table.Th>code</Table.Th><Table.Th>reply</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {r.outreach.map((o) => {
              const reply = r.storeQuotes.find((q) => q.storeId === o.storeId);
              return (
                <Table.Tr key={`${o.storeId}-${o.round}`}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{o.storeId}</Table.Td>
                  <Table.Td>{o.replyCode}</Table.Td>
                  <Table.Td>{!reply ? 'waiting' : reply.available ? formatMoney(reply.price) : 'not available'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {contacted.length > 0 && ['SOURCING', 'QUOTED'].includes(r.status) && (
        <Stack gap="xs" mt="sm">
          <NativeSelect label="Store" id="record-store" data={contacted} value={chosen} onChange={(e) => setStoreId(e.currentTarget.value)} />
          <TextInput label="Price (₹)" id="record-price" inputMode="decimal" value={price} onChange={(e) => setPrice(e.currentTarget.value)} />
          <TextInput label="Note (optional)" id="record-note" value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} />
          <Group>
            <Button onClick={() => record(true)} loading={command.busy} id="record-quote">Record price</Button>
            <Button variant="default" onClick={() => record(false)} loading={command.busy}>Not available</Button>
          </Group>
          {command.done && <Text size="sm" role="status">{command.done}</Text>}
          <ProblemAlert error={command.error} />
        </Stack>
      )}
    </Card>
  );
}

function SendQuote({ client, detail }: { client: ConciergeClient; detail: RequestDetail }) {
  const r = detail.request;
  const offers = r.storeQuotes.filter((q) => q.available && q.price);
  const [storeId, setStoreId] = useState('');
  const [itemPrice, setItemPrice] = useState('');
  const [deliveryFee, setDeliveryFee] = useState('25');
  const [description, setDescription] = useState('');
  const command = useCommand(client, r.requestId);
  if (r.quote && r.status !== 'SOURCING') {
    return (
      <Card withBorder id="sent-quote">
        <Title order={3} size="h4">Quote</Title>
        <Text size="sm">Item {formatMoney(r.quote.itemPrice)} + delivery {formatMoney(r.quote.deliveryFee)} = {formatMoney(r.quote.total)}</Text>
        <Text size="sm">{r.quote.accepted ? 'Accepted by the customer' : 'Waiting for the customer'}</Text>
        {r.paymentLink && <Text size="sm">Payment link {r.paymentLink.linkId}: {r.payment ? `paid (${r.payment.paymentId})` : 'not paid yet'}</Text>}
      </Card>
    );
  }
  if (offers.length === 0 || r.status !== 'SOURCING') return null;
  const chosen = offers.find((o) => o.storeId === storeId) ?? offers[0];

  function send(event: FormEvent) {
    event.preventDefault();
    const item = itemPrice ? parseRupees(itemPrice) : chosen.price!.amountMinor;
    const fee = parseRupees(deliveryFee);
    if (item === null || fee === null) return command.setError(new Error('Enter amounts in rupees, e.g. 32 or 32.50'));
    void command.run('SendQuote', {
      storeId: chosen.storeId,
      itemPrice: { amountMinor: item, currency: 'INR' },
      deliveryFee: { amountMinor: fee, currency: 'INR' },
      description: description.trim() || undefined,
    });
  }

  return (
    <Card withBorder component="form" onSubmit={send}>
      <Title order={3} size="h4">Send the quote</Title>
      <Stack gap="xs">
        <NativeSelect label="Store" id="quote-store" value={chosen.storeId} onChange={(e) => setStoreId(e.currentTarget.value)}
          data={offers.map((o) => ({ value: o.storeId, label: `${o.storeId} · ${formatMoney(o.price)}` }))} />
        <TextInput label="Item price (₹)" id="quote-item" placeholder={String(chosen.price!.amountMinor / 100)}
          value={itemPrice} onChange={(e) => setItemPrice(e.currentTarget.value)} inputMode="decimal" />
        <TextInput label="Delivery fee (₹)" id="quote-fee" value={deliveryFee} onChange={(e) => setDeliveryFee(e.currentTarget.value)} inputMode="decimal" />
        <TextInput label="Description (optional)" id="quote-description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} maxLength={1000} />
        <Button type="submit" loading={command.busy} id="send-quote">Send quote</Button>
        {command.done && <Text size="sm" role="status">{command.done}</Text>}
        <ProblemAlert error={command.error} />
      </Stack>
    </Card>
  );
}

const STAGES = ['PICKED_UP', 'OUT_FOR_DELIVERY', 'DELIVERED'];

function Fulfilment({ client, detail }: { client: ConciergeClient; detail: RequestDetail }) {
  const r = detail.request;
  const [stage, setStage] = useState(STAGES[0]);
  const [rider, setRider] = useState('');
  const [reason, setReason] = useState('');
  const command = useCommand(client, r.requestId);
  const open = !['DELIVERED', 'CANCELLED', 'REFUNDED', 'UNAVAILABLE'].includes(r.status);
  if (!open) return null;
  return (
    <Card withBorder>
      <Title order={3} size="h4">Fulfilment</Title>
      {['PAID', 'FULFILLING'].includes(r.status) && (
        <Stack gap="xs">
          <NativeSelect label="Stage" id="fulfilment-stage" data={STAGES} value={stage} onChange={(e) => setStage(e.currentTarget.value)} />
          <TextInput label="Rider (optional)" id="fulfilment-rider" value={rider} onChange={(e) => setRider(e.currentTarget.value)} maxLength={200} />
          <Button id="update-fulfilment" loading={command.busy}
            onClick={() => void command.run('UpdateFulfilment', { stage, riderName: rider.trim() || undefined })}>Update</Button>
        </Stack>
      )}
      <Group align="flex-end" mt="sm" wrap="nowrap">
        <TextInput label="Cancel reason" id="cancel-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} maxLength={500} />
        <Button color="red.9" loading={command.busy} disabled={!reason.trim()}
          onClick={() => void command.run('CancelRequest', { reason: reason.trim() })}>Cancel request</Button>
      </Group>
      {command.done && <Text size="sm" role="status">{command.done}</Text>}
      <ProblemAlert error={command.error} />
    </Card>
  );
}

function TimelineCard({ detail }: { detail: RequestDetail }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">Timeline</Title>
      <Timeline bulletSize={12} lineWidth={2} active={detail.timeline.length}>
        {detail.timeline.map((t) => (
          <Timeline.Item key={t.eventId} title={t.type.replace(/^concierge\.request\./, '').replace(/\.v\d+$/, '')}>
            <Text size="xs">{formatTime(t.time)}{t.actorRole ? ` · ${t.actorRole}` : ''}</Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
