import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConciergeClient } from '../api/client';
import type { Transaction } from '../api/types';
import { readUntil } from '../shared/hooks';
import { useLiveChanges } from '../shared/live';

/** A paid request's receipt: payment-worker's signed PDF link (no token needed, valid for 30 days). */
export interface PaymentReceipt { paymentId: string; url: string }

/** The receipt of each request among payment facts (a redelivered capture repeats the same link). */
export function receiptsByRequest(transactions: Transaction[]): Record<string, PaymentReceipt> {
  const found: Record<string, PaymentReceipt> = {};
  for (const t of transactions) {
    if (t.type === 'PaymentCaptured' && t.receiptUrl && t.paymentId && !found[t.requestId]) {
      found[t.requestId] = { paymentId: t.paymentId, url: t.receiptUrl };
    }
  }
  return found;
}

/**
 * The signed-in customer's receipts by request id (one request's when `requestId` is given), read from
 * projections' transactions. A request that becomes paid is read again until its receipt is there: the
 * capture reaches the transactions through another consumer, a moment after the request shows PAID.
 */
export function useReceipts(client: ConciergeClient, requestId?: string): Record<string, PaymentReceipt> {
  const [receipts, setReceipts] = useState<Record<string, PaymentReceipt>>({});
  const known = useRef(receipts);
  known.current = receipts;
  const load = useCallback((awaited?: string) => {
    readUntil(() => client.transactions({ type: 'PaymentCaptured', requestId, limit: 100 }),
      (page) => !awaited || Boolean(receiptsByRequest(page.items)[awaited]))
      .then((page) => setReceipts((current) => ({ ...receiptsByRequest(page.items), ...current })),
        () => undefined); // receipts are extra: the page works without; a receipt once issued stays, whatever order reads end in
  }, [client, requestId]);
  useEffect(() => load(requestId), [load, requestId]);
  useLiveChanges((change) => {
    if (change.kind === 'ready') load();
    else if (change.kind === 'request' && (!requestId || change.requestId === requestId) && change.data.payment
      && !known.current[change.requestId]) load(change.requestId);
  });
  return receipts;
}
