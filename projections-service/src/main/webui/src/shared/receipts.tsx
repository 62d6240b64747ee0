import { Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { ConciergeClient } from '../api/client';
import type { ChatMessage, ReadSignal, RequestDetail } from '../api/types';

/** Whose eyes a page is: the customer's web chat, or staff on the dashboard (agents and admins). */
export type ReaderSide = 'customer' | 'staff';

// as the read model counts them: the bot speaks for the platform, stores are nobody's side
const OWN_AUTHORS: Record<ReaderSide, ChatMessage['author'][]> = { customer: ['CUSTOMER'], staff: ['AGENT', 'BOT'] };
const MARKED_BY: Record<ReadSignal['reader'], ChatMessage['author'][]> = {
  CUSTOMER: ['AGENT', 'BOT', 'STORE'],
  AGENT: ['CUSTOMER', 'STORE'],
};

/** How long a newest message must stay shown before its receipt is sent (a burst of messages gives one receipt). */
export const RECEIPT_DELAY_MS = 1500;

/** The newest message the other side wrote, which a receipt from this side names. */
export function newestFromOtherSide(messages: ChatMessage[], side: ReaderSide): ChatMessage | undefined {
  return [...messages].reverse().find((m) => !OWN_AUTHORS[side].includes(m.author));
}

/**
 * A `read` change applied to the messages on screen as the read model applies it: the named message and every
 * earlier one of the other side keep the earliest read time of the reader's side.
 */
export function withReceipt(messages: ChatMessage[], read: ReadSignal): ChatMessage[] {
  const upTo = messages.find((m) => m.messageId === read.upToMessageId);
  if (!upTo) return messages; // not shown here (yet): the next load has it
  const field = read.reader === 'CUSTOMER' ? 'readByCustomerAt' : 'readByStaffAt';
  return messages.map((m) => {
    const covered = Date.parse(m.postedAt) <= Date.parse(upTo.postedAt) && MARKED_BY[read.reader].includes(m.author);
    const earlier = m[field] && Date.parse(m[field]!) <= Date.parse(read.readAt);
    return covered && !earlier ? { ...m, [field]: read.readAt } : m;
  });
}

/**
 * Posts a read receipt for the newest message of the other side once it has been shown for
 * {@link RECEIPT_DELAY_MS} while the page is visible: never for the page's own side, never twice for one
 * message, and not for a message this side has read already.
 */
export function useReadReceipts(client: ConciergeClient, detail: RequestDetail | null, side: ReaderSide): void {
  const sent = useRef(new Set<string>());
  const newest = detail ? newestFromOtherSide(detail.messages, side) : undefined;
  const requestId = detail?.request.requestId;
  const alreadyRead = newest ? Boolean(side === 'customer' ? newest.readByCustomerAt : newest.readByStaffAt) : true;
  const messageId = newest?.messageId;
  useEffect(() => {
    if (!requestId || !messageId || alreadyRead || sent.current.has(messageId)) return undefined;
    const timer = setTimeout(() => {
      if (document.visibilityState !== 'visible' || sent.current.has(messageId)) return;
      sent.current.add(messageId);
      // a failed receipt is not worth an error on screen: the next message's receipt covers this one too
      client.markRead(requestId, messageId).catch(() => sent.current.delete(messageId));
    }, RECEIPT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [client, requestId, messageId, alreadyRead]);
}

/** Under one of the page's own messages: "Read" once the other side read it, else "Sent". */
export function ReadMarker({ message, side }: { message: ChatMessage; side: ReaderSide }) {
  if (!OWN_AUTHORS[side].includes(message.author) || message.author === 'BOT') return null;
  const readAt = side === 'customer' ? message.readByStaffAt : message.readByCustomerAt;
  return (
    <Text size="xs" c="dimmed" ta="right" data-receipt={readAt ? 'read' : 'sent'}
      title={readAt ? `Read ${new Date(readAt).toLocaleString()}` : undefined}>
      {readAt ? 'Read' : 'Sent'}
    </Text>
  );
}
