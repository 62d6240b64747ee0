import { Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { newIdempotencyKey, type ConciergeClient } from '../api/client';
import type { RequestSnapshot } from '../api/types';
import { formatMoney, formatTime, parseRupees } from '../shared/format';
import { useNow } from '../shared/hooks';
import { ProblemAlert } from '../shared/ui';
import { useAction } from './useAction';

/** Paid, expired or waiting: what the customer's payment link is now. */
export function paymentLinkState(r: RequestSnapshot, now: number): 'paid' | 'expired' | 'waiting' | null {
  if (!r.paymentLink) return null;
  if (r.payment) return 'paid';
  if (r.paymentLink.expiresAt && new Date(r.paymentLink.expiresAt).getTime() <= now) return 'expired';
  return 'waiting';
}

/** The payment link with its state, a copy button (for sending it by hand) and resending it to the customer. */
export function PaymentLinkCard({ client, request }: { client: ConciergeClient; request: RequestSnapshot }) {
  const now = useNow(5000);
  const resend = useAction();
  const link = request.paymentLink;
  if (!link) return null;
  const state = paymentLinkState(request, now);

  return (
    <Card withBorder id="payment-link" data-state={state}>
      <Title order={3} size="h4">Payment link</Title>
      <Stack gap="xs">
        <Text size="sm">
          {formatMoney(link.amount)} · {state === 'paid' ? `paid (${request.payment?.paymentId})`
            : state === 'expired' ? `expired ${formatTime(link.expiresAt)}` : `waiting for payment${link.expiresAt ? `, expires ${formatTime(link.expiresAt)}` : ''}`}
        </Text>
        <TextInput label="Link" id="payment-link-url" value={link.url} readOnly onFocus={(e) => e.currentTarget.select()} />
        <Group>
          <CopyButton value={link.url}>
            {({ copied, copy }) => <Button variant="default" onClick={copy} id="copy-payment-link">{copied ? 'Copied' : 'Copy link'}</Button>}
          </CopyButton>
          {state !== 'paid' && (
            <Button onClick={() => void resend.run(() => client.command(request.requestId, 'ResendPaymentLink', {}, newIdempotencyKey()))}
              loading={resend.busy} id="resend-payment-link">Resend to the customer</Button>
          )}
        </Group>
        {resend.done && <Text size="sm" role="status">Resend requested: the customer gets the same link again.</Text>}
        <ProblemAlert error={resend.error} title="The link was not resent" />
      </Stack>
    </Card>
  );
}

const REFUNDABLE = ['PAID', 'FULFILLING', 'DELIVERED'];

/** Refund a captured payment, in full or in part, with a reason (RequestRefund). */
export function RefundCard({ client, request }: { client: ConciergeClient; request: RequestSnapshot }) {
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const action = useAction();
  const payment = request.payment;
  if (!payment || !REFUNDABLE.includes(request.status)) return null;

  function refund(event: FormEvent) {
    event.preventDefault();
    const paise = amount.trim() ? parseRupees(amount) : null;
    if (amount.trim() && (paise === null || paise <= 0 || paise > payment!.amount.amountMinor)) {
      action.fail(new Error(`Enter an amount in rupees up to ${formatMoney(payment!.amount)}, or leave it empty for the whole payment`));
      return;
    }
    void action.run(() => client.command(request.requestId, 'RequestRefund', {
      amount: paise === null ? undefined : { amountMinor: paise, currency: payment!.amount.currency },
      reason: reason.trim(),
    }, newIdempotencyKey()));
  }

  return (
    <Card withBorder component="form" onSubmit={refund} id="refund">
      <Title order={3} size="h4">Refund</Title>
      <Stack gap="xs">
        <Text size="sm">Captured {formatMoney(payment.amount)} ({payment.paymentId})</Text>
        <TextInput label="Amount (₹, empty for all)" id="refund-amount" inputMode="decimal" value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)} />
        <TextInput label="Reason" id="refund-reason" required value={reason} maxLength={500}
          onChange={(e) => setReason(e.currentTarget.value)} />
        <Button type="submit" color="red.9" loading={action.busy} disabled={!reason.trim()} id="request-refund">Refund</Button>
        {action.done && <Text size="sm" role="status">Refund requested.</Text>}
        <ProblemAlert error={action.error} title="The refund was not requested" />
      </Stack>
    </Card>
  );
}
