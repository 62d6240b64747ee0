import { MantineProvider } from '@mantine/core';
import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConciergeClient } from '../api/client';
import type { ChatMessage, RequestDetail, RequestSnapshot } from '../api/types';
import { applyToDetail } from './requests';
import { newestFromOtherSide, ReadMarker, RECEIPT_DELAY_MS, useReadReceipts, withReceipt } from './receipts';

const message = (messageId: string, author: ChatMessage['author'], second: number, extra: Partial<ChatMessage> = {}) =>
  ({ eventId: `e-${messageId}`, messageId, author, attachments: [], postedAt: `2026-11-30T10:00:0${second}Z`, ...extra }) as ChatMessage;
const detail = (messages: ChatMessage[]): RequestDetail =>
  ({ request: { requestId: 'req_1', version: 1, status: 'SOURCING' } as RequestSnapshot, timeline: [], messages });

describe('read receipts on the messages shown', () => {
  const conversation = [message('m1', 'CUSTOMER', 1), message('m2', 'BOT', 2), message('m3', 'AGENT', 3),
    message('m4', 'CUSTOMER', 4)];

  it('name the newest message of the other side', () => {
    expect(newestFromOtherSide(conversation, 'customer')?.messageId).toBe('m3');
    expect(newestFromOtherSide(conversation, 'staff')?.messageId).toBe('m4');
    expect(newestFromOtherSide([message('m1', 'CUSTOMER', 1)], 'customer')).toBeUndefined();
  });

  it('mark the named message and the earlier ones of the other side, keeping the earliest read', () => {
    const read = withReceipt(conversation, { reader: 'CUSTOMER', upToMessageId: 'm3', readAt: '2026-11-30T10:01:00Z' });
    expect(read.map((m) => m.readByCustomerAt ?? null)).toEqual([null, '2026-11-30T10:01:00Z', '2026-11-30T10:01:00Z', null]);
    const later = withReceipt(read, { reader: 'CUSTOMER', upToMessageId: 'm3', readAt: '2026-11-30T10:05:00Z' });
    expect(later[2].readByCustomerAt).toBe('2026-11-30T10:01:00Z');
    expect(withReceipt(conversation, { reader: 'AGENT', upToMessageId: 'unknown', readAt: '2026-11-30T10:01:00Z' }))
      .toBe(conversation);
  });

  it('arrive on an open request from the stream', () => {
    const changed = applyToDetail(detail(conversation),
      { kind: 'read', requestId: 'req_1', data: { reader: 'AGENT', upToMessageId: 'm4', readAt: '2026-11-30T10:02:00Z' } });
    expect(changed.messages.map((m) => m.readByStaffAt ?? null))
      .toEqual(['2026-11-30T10:02:00Z', null, null, '2026-11-30T10:02:00Z']);
  });
});

describe('the receipt a page sends', () => {
  let markRead: ReturnType<typeof vi.fn>;
  let client: ConciergeClient;
  beforeEach(() => {
    vi.useFakeTimers();
    markRead = vi.fn().mockResolvedValue({});
    client = { markRead } as unknown as ConciergeClient;
  });
  afterEach(() => vi.useRealTimers());

  it('names the newest message of the other side once it was shown a moment, once per message', () => {
    const { rerender } = renderHook(({ shown }) => useReadReceipts(client, shown, 'customer'),
      { initialProps: { shown: detail([message('m1', 'CUSTOMER', 1), message('m2', 'AGENT', 2)]) } });
    act(() => { vi.advanceTimersByTime(RECEIPT_DELAY_MS - 100); });
    expect(markRead).not.toHaveBeenCalled();
    act(() => { vi.advanceTimersByTime(200); });
    expect(markRead.mock.calls).toEqual([['req_1', 'm2']]);

    // the same message again (a reload) and the customer's own new message send nothing more
    rerender({ shown: detail([message('m1', 'CUSTOMER', 1), message('m2', 'AGENT', 2), message('m3', 'CUSTOMER', 3)]) });
    act(() => { vi.advanceTimersByTime(RECEIPT_DELAY_MS * 2); });
    expect(markRead).toHaveBeenCalledTimes(1);
  });

  it('sends one receipt for a burst of messages, and none for a message already read', () => {
    const { rerender } = renderHook(({ shown }) => useReadReceipts(client, shown, 'staff'),
      { initialProps: { shown: detail([message('m1', 'CUSTOMER', 1)]) } });
    act(() => { vi.advanceTimersByTime(500); });
    rerender({ shown: detail([message('m1', 'CUSTOMER', 1), message('m2', 'CUSTOMER', 2)]) });
    act(() => { vi.advanceTimersByTime(RECEIPT_DELAY_MS); });
    expect(markRead.mock.calls).toEqual([['req_1', 'm2']]);

    rerender({ shown: detail([message('m3', 'CUSTOMER', 3, { readByStaffAt: '2026-11-30T10:00:09Z' })]) });
    act(() => { vi.advanceTimersByTime(RECEIPT_DELAY_MS * 2); });
    expect(markRead).toHaveBeenCalledTimes(1);
  });
});

describe('the marker under a message', () => {
  const show = (m: ChatMessage, side: 'customer' | 'staff') =>
    render(<MantineProvider><ReadMarker message={m} side={side} /></MantineProvider>);

  it('says Sent, then Read once the other side read it, and nothing under the other side\'s messages', () => {
    show(message('m1', 'CUSTOMER', 1), 'customer');
    expect(screen.getByText('Sent')).toBeTruthy();
    show(message('m2', 'AGENT', 2, { readByCustomerAt: '2026-11-30T10:01:00Z' }), 'staff');
    expect(screen.getByText('Read')).toBeTruthy();
    const { container } = show(message('m3', 'AGENT', 3), 'customer');
    expect(container.querySelector('[data-receipt]')).toBeNull();
  });
});
