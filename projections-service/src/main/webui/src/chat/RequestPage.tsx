import { Alert, Anchor, Button, Card, Group, Loader, Paper, Rating, Stack, Stepper, Text, Textarea, Title } from '@mantine/core';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { ConciergeClient } from '../api/client';
import { sendChatMessage } from '../shared/attach';
import { PhotoPicker } from '../shared/PhotoPicker';
import type { ChatMessage, RequestDetail } from '../api/types';
import { formatMoney, formatTime } from '../shared/format';
import { useLiveChanges } from '../shared/live';
import { ReadMarker, useReadReceipts } from '../shared/receipts';
import { applyToDetail, TRACKER_STEPS, trackerStep, withLoadedDetail } from '../shared/requests';
import { useTyping } from '../shared/typing';
import { MediaImage, ProblemAlert, StatusBadge } from '../shared/ui';
import { useReceipts } from './paymentReceipts';

/** One request as the customer follows it: status, the chat with the bot and the agent, quote, payment, rating. */
export function RequestPage({ client }: { client: ConciergeClient }) {
  const { requestId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const justCreated = Boolean((location.state as { justCreated?: boolean } | null)?.justCreated);
  const [detail, setDetail] = useState<RequestDetail | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    client.request(requestId).then((loaded) => {
      setDetail((current) => withLoadedDetail(current, loaded));
      setError(null);
    }, setError);
  }, [client, requestId]);
  // a request created a moment ago is not in the read model yet: its first snapshot on the stream
  // (open since before it was posted) says when it is, instead of a 404 now
  useEffect(() => {
    if (!justCreated) return load();
    const fallback = setTimeout(load, 5000); // in case its snapshot came before this page listened
    return () => clearTimeout(fallback);
  }, [load, justCreated]);
  useLiveChanges((change) => {
    if (change.kind === 'ready' && (detail || !justCreated)) load();
    else if (change.requestId === requestId && !detail) load();
    else setDetail((current) => (current ? applyToDetail(current, change) : current));
  });
  // Once shown, the history entry loses its "just created" mark: a reload or a way back to this entry keeps the
  // mark, and would otherwise wait on the placeholder for a first snapshot that came long ago.
  useEffect(() => {
    if (detail && justCreated) navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [detail, justCreated, navigate, location.pathname, location.search]);

  if (error) return <ProblemAlert error={error} title="This request could not be loaded" />;
  if (!detail) {
    return <Stack align="center" mt="xl"><Loader role="status" aria-label="Loading the request" /><Text>Sending your request…</Text></Stack>;
  }
  const request = detail.request;
  return (
    <Stack data-request-id={request.requestId}>
      <Anchor component={Link} to="/">← All requests</Anchor>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>{request.text || 'Your photo request'}</Title>
        <StatusBadge status={request.status} />
      </Group>
      <StatusTracker detail={detail} />
      <OpenQuestions questions={request.openQuestions} />
      <QuoteCard client={client} detail={detail} />
      <RatingCard client={client} detail={detail} />
      <Conversation client={client} detail={detail} />
    </Stack>
  );
}

function StatusTracker({ detail }: { detail: RequestDetail }) {
  const request = detail.request;
  if (['CANCELLED', 'UNAVAILABLE'].includes(request.status)) {
    return <Alert color="gray" title={request.status === 'CANCELLED' ? 'Cancelled' : 'Not available'}>
      {request.status === 'CANCELLED' ? 'This request was cancelled.' : 'No store near you has this right now.'}
    </Alert>;
  }
  return (
    <Paper withBorder p="md" aria-label="Status">
      <Stepper active={trackerStep(request)} size="xs" orientation="horizontal" allowNextStepsSelect={false}
        styles={{ steps: { flexWrap: 'wrap', rowGap: 8 } }}>
        {TRACKER_STEPS.map((step) => <Stepper.Step key={step} label={step} />)}
      </Stepper>
      {request.fulfilment && (
        <Text size="sm" mt="sm">
          {request.fulfilment.stage.replaceAll('_', ' ').toLowerCase()}
          {request.fulfilment.riderName && ` · rider ${request.fulfilment.riderName}`}
          {request.fulfilment.eta && ` · arriving ${formatTime(request.fulfilment.eta)}`}
        </Text>
      )}
    </Paper>
  );
}

function OpenQuestions({ questions }: { questions: string[] }) {
  if (questions.length === 0) return null;
  return (
    <Alert color="orange" title="We need a little more" c="dark.9">
      <Stack gap={4}>
        {questions.map((q) => <Text key={q}>{q}</Text>)}
        <Text size="sm">Answer in the chat below.</Text>
      </Stack>
    </Alert>
  );
}

function QuoteCard({ client, detail }: { client: ConciergeClient; detail: RequestDetail }) {
  const { request } = detail;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const quote = request.quote;
  if (!quote) return null;

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      await client.command(request.requestId, 'AcceptQuote', { quoteId: quote!.quoteId }, `accept-${quote!.quoteId}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder aria-labelledby="quote-title" id="quote">
      <Title order={3} size="h4" id="quote-title">Your quote</Title>
      <Group justify="space-between"><Text>Item</Text><Text>{formatMoney(quote.itemPrice)}</Text></Group>
      <Group justify="space-between"><Text>Delivery</Text><Text>{formatMoney(quote.deliveryFee)}</Text></Group>
      <Group justify="space-between"><Text fw={700}>Total</Text><Text fw={700} id="quote-total">{formatMoney(quote.total)}</Text></Group>
      {quote.expiresAt && !quote.accepted && <Text size="sm" c="dimmed">Valid until {formatTime(quote.expiresAt)}</Text>}
      {request.status === 'QUOTED' && !quote.accepted && (
        <Button mt="sm" onClick={accept} loading={busy} id="accept-quote">Accept quote</Button>
      )}
      {request.status === 'AWAITING_PAYMENT' && !request.paymentLink && <Text mt="sm" role="status">Preparing your payment link…</Text>}
      {request.status === 'AWAITING_PAYMENT' && request.paymentLink && (
        <Button mt="sm" component="a" href={request.paymentLink.url} id="pay">
          Pay {formatMoney(request.paymentLink.amount)}
        </Button>
      )}
      {request.payment && <Text mt="sm" role="status">Paid {formatMoney(request.payment.amount)} · payment {request.payment.paymentId}</Text>}
      {request.payment && <ReceiptLink client={client} requestId={request.requestId} />}
      <ProblemAlert error={error} />
    </Card>
  );
}

/** The paid request's receipt, once projections has its capture (asked only after payment). */
function ReceiptLink({ client, requestId }: { client: ConciergeClient; requestId: string }) {
  const receipt = useReceipts(client, requestId)[requestId];
  if (!receipt) return null;
  return <Anchor href={receipt.url} target="_blank" rel="noopener" id="receipt">Receipt (PDF)</Anchor>;
}

function RatingCard({ client, detail }: { client: ConciergeClient; detail: RequestDetail }) {
  const { request } = detail;
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  if (request.status !== 'DELIVERED') return null;
  if (request.rating) return <Text id="rated">You rated this delivery {request.rating.stars} of 5. Thank you!</Text>;

  async function rate(event: FormEvent) {
    event.preventDefault();
    if (stars < 1) return setError(new Error('Choose from 1 to 5 stars'));
    try {
      await client.command(request.requestId, 'RateRequest', { rating: stars, comment: comment.trim() || undefined });
      setSent(true);
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <Card withBorder component="form" onSubmit={rate} id="rate">
      <Title order={3} size="h4">How was your delivery?</Title>
      <Rating value={stars} onChange={setStars} size="lg" aria-label="Rating" getSymbolLabel={(n) => `${n} of 5 stars`} />
      <Textarea label="Comment (optional)" id="rating-comment" value={comment} onChange={(e) => setComment(e.currentTarget.value)} maxLength={1000} />
      <Button type="submit" mt="sm" disabled={sent} id="send-rating">{sent ? 'Thanks!' : 'Send rating'}</Button>
      <ProblemAlert error={error} />
    </Card>
  );
}

const AUTHOR_NAMES: Record<ChatMessage['author'], string> = { CUSTOMER: 'You', AGENT: 'Agent', STORE: 'Store', BOT: 'Concierge' };

function Conversation({ client, detail }: { client: ConciergeClient; detail: RequestDetail }) {
  const { request, messages } = detail;
  useReadReceipts(client, detail, 'customer');
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const typing = useTyping(client, request.requestId);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() && !photo) return;
    setBusy(true);
    try {
      await sendChatMessage(client, request.requestId, text, photo);
      setText('');
      setPhoto(null);
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" aria-labelledby="chat-title">
      <Title order={3} size="h4" id="chat-title">Chat</Title>
      <Stack gap="xs" my="sm" aria-live="polite" id="messages">
        {request.mediaIds.map((id) => <MediaImage key={id} client={client} mediaId={id} alt="Photo you sent with the request" />)}
        {messages.map((m) => (
          <Paper key={m.eventId} p="xs" bg={m.author === 'CUSTOMER' ? 'blue.0' : 'gray.0'} data-author={m.author}
            ml={m.author === 'CUSTOMER' ? 'xl' : 0} mr={m.author === 'CUSTOMER' ? 0 : 'xl'}>
            <Text size="xs" fw={700}>{AUTHOR_NAMES[m.author]} · {formatTime(m.postedAt)}</Text>
            {m.text && <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.text}</Text>}
            {m.attachments.filter((a) => a.mediaId).map((a) => (
              <MediaImage key={a.mediaId!} client={client} mediaId={a.mediaId!} alt={`Photo from ${AUTHOR_NAMES[m.author]}`} />
            ))}
            <ReadMarker message={m} side="customer" />
          </Paper>
        ))}
        {messages.length === 0 && <Text size="sm">No messages yet.</Text>}
      </Stack>
      {typing.others.length > 0 && <Text size="sm" fs="italic" role="status" id="typing" data-typing={typing.others.join(' ')}>Your agent is typing…</Text>}
      {!['DELIVERED', 'CANCELLED', 'REFUNDED', 'UNAVAILABLE'].includes(request.status) && (
        <form onSubmit={send}>
          <Group align="flex-end" wrap="nowrap">
            <Textarea id="chat-text" label="Message" autosize minRows={1} maxRows={4} style={{ flex: 1 }}
              value={text} onChange={(e) => { setText(e.currentTarget.value); typing.typed(); }} maxLength={4000} />
            <Button type="submit" loading={busy}>Send</Button>
          </Group>
          <PhotoPicker id="chat-photo" label="Attach a photo" photo={photo} onChange={setPhoto} />
        </form>
      )}
      <ProblemAlert error={error} />
    </Paper>
  );
}
