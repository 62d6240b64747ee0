import { describe, expect, it } from 'vitest';
import { reasonOf, summarizeBulk } from './bulk';

describe('bulk results', () => {
  it('put refused requests first, each with the reason the server gave', () => {
    const summary = summarizeBulk({ accepted: 2, rejected: 2, items: [
      { requestId: 'req_a', status: 202, eventId: 'e1' },
      { requestId: 'req_b', status: 404, problem: { title: 'Not Found', detail: 'no request req_b' } },
      { requestId: 'req_c', status: 202, eventId: 'e2' },
      { requestId: 'req_d', status: 403, problem: { title: 'Forbidden' } },
    ] }, 'Cancel');
    expect(summary.headline).toBe('Cancel: 2 accepted, 2 rejected');
    expect(summary.allAccepted).toBe(false);
    expect(summary.lines).toEqual([
      { requestId: 'req_b', accepted: false, reason: 'no request req_b' },
      { requestId: 'req_d', accepted: false, reason: 'Forbidden' },
      { requestId: 'req_a', accepted: true, reason: null },
      { requestId: 'req_c', accepted: true, reason: null },
    ]);
  });

  it('say so when every request was accepted', () => {
    const summary = summarizeBulk({ accepted: 1, rejected: 0, items: [{ requestId: 'req_a', status: 202 }] }, 'Assign');
    expect(summary.headline).toBe('Assign: all 1 accepted');
    expect(summary.allAccepted).toBe(true);
  });

  it('prefer the field errors, and fall back to the status when there is no problem body', () => {
    expect(reasonOf({ requestId: 'r', status: 400, problem: { title: 'Bad', detail: 'bad input',
      errors: [{ field: 'agentId', message: 'must match' }] } })).toBe('agentId: must match');
    expect(reasonOf({ requestId: 'r', status: 503 })).toBe('HTTP 503');
  });
});
