import { describe, expect, it } from 'vitest';
import type { ChatMessage, RequestDetail, RequestSnapshot } from '../api/types';
import { applyToDetail, trackerStep, withLoadedDetail } from './requests';

const snapshot = (version: number, status: RequestSnapshot['status'] = 'NEW') =>
  ({ requestId: 'req_1', version, status } as RequestSnapshot);
const message = (eventId: string, postedAt: string) =>
  ({ eventId, postedAt, author: 'BOT', attachments: [] } as unknown as ChatMessage);
const detail = (): RequestDetail => ({ request: snapshot(3), timeline: [], messages: [message('m2', '2026-01-01T00:00:02Z')] });

describe('live changes on an open request', () => {
  it('takes a newer snapshot and ignores an older or repeated one', () => {
    expect(applyToDetail(detail(), { kind: 'request', requestId: 'req_1', data: snapshot(4, 'SOURCING') }).request.status).toBe('SOURCING');
    expect(applyToDetail(detail(), { kind: 'request', requestId: 'req_1', data: snapshot(3, 'SOURCING') }).request.status).toBe('NEW');
    expect(applyToDetail(detail(), { kind: 'request', requestId: 'req_2', data: { ...snapshot(9), requestId: 'req_2' } }).request.version).toBe(3);
  });

  it('adds a message once, in posting order', () => {
    const once = applyToDetail(detail(), { kind: 'message', requestId: 'req_1', data: message('m1', '2026-01-01T00:00:01Z') });
    const twice = applyToDetail(once, { kind: 'message', requestId: 'req_1', data: message('m1', '2026-01-01T00:00:01Z') });
    expect(twice.messages.map((m) => m.eventId)).toEqual(['m1', 'm2']);
  });

  it('never lets a slower, older read take the request back to an earlier version', () => {
    const shown = applyToDetail(detail(), { kind: 'request', requestId: 'req_1', data: snapshot(5, 'PAID') });
    const stale: RequestDetail = { request: snapshot(4, 'AWAITING_PAYMENT'), timeline: [], messages: [message('m2', '2026-01-01T00:00:02Z'), message('m3', '2026-01-01T00:00:03Z')] };
    const merged = withLoadedDetail(shown, stale);
    expect(merged.request.status).toBe('PAID');
    expect(merged.messages.map((m) => m.eventId)).toEqual(['m2', 'm3']);
  });

  it('takes a newer read whole, keeping a message the stream delivered that the read does not have yet', () => {
    const shown = applyToDetail(detail(), { kind: 'message', requestId: 'req_1', data: message('m4', '2026-01-01T00:00:04Z') });
    const fresh: RequestDetail = { request: snapshot(6, 'DELIVERED'), timeline: [], messages: [message('m2', '2026-01-01T00:00:02Z')] };
    const merged = withLoadedDetail(shown, fresh);
    expect(merged.request.status).toBe('DELIVERED');
    expect(merged.messages.map((m) => m.eventId)).toEqual(['m2', 'm4']);
    expect(withLoadedDetail(null, fresh)).toBe(fresh);
  });

  it('puts each status on the customer tracker', () => {
    expect(trackerStep({ status: 'NEEDS_INFO' })).toBe(0);
    expect(trackerStep({ status: 'AWAITING_PAYMENT' })).toBe(2);
    expect(trackerStep({ status: 'FULFILLING' })).toBe(4);
    expect(trackerStep({ status: 'DELIVERED' })).toBe(6);
  });
});
