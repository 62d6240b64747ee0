import { describe, expect, it } from 'vitest';
import type { LiveChange } from '../api/live';
import type { ChatMessage } from '../api/types';
import { heardTyping, typingNow, typingThrottle } from './typing';

function typing(requestId: string, userId: string, role: string): LiveChange {
  return { kind: 'typing', requestId, data: { requestId, userId, role, at: '2026-01-01T00:00:00Z' } };
}

function message(requestId: string, author: ChatMessage['author'], authorId: string): LiveChange {
  return {
    kind: 'message', requestId,
    data: { eventId: 'e1', messageId: 'm1', author, authorId, attachments: [], postedAt: '2026-01-01T00:00:01Z' },
  };
}

describe('typing indicators', () => {
  it('tells the server at most once per interval however fast the person types', () => {
    let sent = 0;
    const typed = typingThrottle(() => { sent += 1; }, 3000);
    [0, 100, 2999, 3000, 3100, 5999, 6000].forEach((t) => typed(t));
    expect(sent).toBe(3); // at 0, 3000 and 6000
  });

  it('shows the other side typing for a while, never the person themself nor another request', () => {
    let heard = heardTyping({}, typing('req_1', 'agt_1', 'agent'), 'req_1', 'cus_1', 1000);
    heard = heardTyping(heard, typing('req_1', 'cus_1', 'customer'), 'req_1', 'cus_1', 1200);
    heard = heardTyping(heard, typing('req_2', 'agt_1', 'agent'), 'req_1', 'cus_1', 1300);
    expect(typingNow(heard, 1500, 6000)).toEqual(['agent']);
    expect(typingNow(heard, 7000, 6000)).toEqual([]);
  });

  it('stops showing someone typing once their message arrives', () => {
    let heard = heardTyping({}, typing('req_1', 'cus_1', 'customer'), 'req_1', 'agt_1', 1000);
    heard = heardTyping(heard, typing('req_1', 'agt_2', 'agent'), 'req_1', 'agt_1', 1000);
    heard = heardTyping(heard, message('req_1', 'CUSTOMER', 'cus_1'), 'req_1', 'agt_1', 1500);
    expect(typingNow(heard, 1600, 6000)).toEqual(['agent']);
  });
});
