import type { ChatMessage, RequestDetail, RequestSnapshot } from '../api/types';
import type { LiveChange } from '../api/live';
import { withReceipt } from './receipts';

/**
 * A live change applied to an open request's detail. Snapshots only move forward (a stale or
 * repeated one changes nothing); a message is added once, in posting order.
 */
export function applyToDetail(detail: RequestDetail, change: LiveChange): RequestDetail {
  if (change.kind === 'request' && change.requestId === detail.request.requestId
      && change.data.version > detail.request.version) {
    return { ...detail, request: change.data };
  }
  if (change.kind === 'message' && change.requestId === detail.request.requestId) {
    return { ...detail, messages: withMessage(detail.messages, change.data) };
  }
  if (change.kind === 'read' && change.requestId === detail.request.requestId) {
    return { ...detail, messages: withReceipt(detail.messages, change.data) };
  }
  return detail;
}

/**
 * A freshly read detail, put together with the one on screen. Reads overlap (each live change starts one) and
 * their answers may come back out of order, or carry an older snapshot than the stream already delivered: the
 * request never goes back to an older version, and messages the stream added are kept until a read has them.
 */
export function withLoadedDetail(current: RequestDetail | null, loaded: RequestDetail): RequestDetail {
  if (!current || current.request.requestId !== loaded.request.requestId) return loaded;
  const newer = loaded.request.version >= current.request.version ? loaded : { ...current, messages: loaded.messages };
  const missing = current.messages.filter((m) => !newer.messages.some((n) => n.eventId === m.eventId));
  return { ...newer, messages: missing.reduce(withMessage, newer.messages) };
}

export function withMessage(messages: ChatMessage[], message: ChatMessage): ChatMessage[] {
  if (messages.some((m) => m.eventId === message.eventId)) return messages;
  return [...messages, message].sort((a, b) => a.postedAt.localeCompare(b.postedAt));
}

/** Whether a change concerns requests a list shows (any request change or message may move one). */
export function touchesRequests(change: LiveChange): boolean {
  return change.kind === 'request' || change.kind === 'ready';
}

/** Steps of the customer's status tracker, and which one a status has reached. */
export const TRACKER_STEPS = ['Requested', 'Finding a store', 'Quote', 'Paid', 'On the way', 'Delivered'] as const;

export function trackerStep(snapshot: Pick<RequestSnapshot, 'status'>): number {
  switch (snapshot.status) {
    case 'NEW': case 'ENRICHING': case 'NEEDS_INFO': return 0;
    case 'SOURCING': case 'UNAVAILABLE': return 1;
    case 'QUOTED': case 'AWAITING_PAYMENT': return 2;
    case 'PAID': case 'REFUND_PENDING': case 'REFUNDED': return 3;
    case 'FULFILLING': return 4;
    case 'DELIVERED': return 6; // past the last step: every step is complete
    default: return 0;
  }
}
