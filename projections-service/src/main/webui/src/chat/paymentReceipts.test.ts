import { describe, expect, it } from 'vitest';
import type { Transaction } from '../api/types';
import { receiptsByRequest } from './paymentReceipts';

function fact(type: string, requestId: string, extra: Partial<Transaction> = {}): Transaction {
  return { eventId: `${type}-${requestId}-${Math.random()}`, type, requestId, occurredAt: '2026-01-01T00:00:00Z', ...extra };
}

describe('receiptsByRequest', () => {
  it('keeps one receipt per paid request from its capture, and nothing from other payment facts', () => {
    const url = 'http://127.0.0.1:8084/v1/receipts/pay_1?expires=1&signature=s';
    const receipts = receiptsByRequest([
      fact('PaymentCaptured', 'req_1', { paymentId: 'pay_1', receiptUrl: url }),
      fact('PaymentCaptured', 'req_1', { paymentId: 'pay_1', receiptUrl: url }),
      fact('LedgerEntryRecorded', 'req_2', { paymentId: 'pay_2' }),
      fact('PaymentCaptured', 'req_3', { paymentId: 'pay_3', receiptUrl: null }),
    ]);
    expect(receipts).toEqual({ req_1: { paymentId: 'pay_1', url } });
  });
});
