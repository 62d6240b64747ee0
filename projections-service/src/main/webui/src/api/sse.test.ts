import { describe, expect, it, vi } from 'vitest';
import { parseChange, runLiveStream } from './live';
import { Auth } from './session';
import { SseParser } from './sse';

describe('SseParser', () => {
  it('reads the data lines projections-service sends, one event per blank line', () => {
    const events = new SseParser().push('data:{"kind":"ready"}\n\ndata:{"kind":"request"}\n\n');
    expect(events.map((e) => e.data)).toEqual(['{"kind":"ready"}', '{"kind":"request"}']);
  });

  it('completes an event split across chunks at any byte, CRLF included', () => {
    const parser = new SseParser();
    const text = 'event: change\r\ndata: {"a":\r\ndata: 1}\r\nid: 7\r\n\r\n';
    const events = [...text].flatMap((ch) => parser.push(ch));
    expect(events).toEqual([{ event: 'change', data: '{"a":\n1}', id: '7' }]);
  });

  it('skips comments (keep-alives) and events without data', () => {
    expect(new SseParser().push(': ping\n\nevent: x\n\ndata: y\n\n')).toEqual([{ event: 'message', data: 'y', id: undefined }]);
  });

  it('holds back an event until its blank line arrives', () => {
    const parser = new SseParser();
    expect(parser.push('data: half')).toEqual([]);
    expect(parser.push('\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'message', data: 'half', id: undefined }]);
  });
});

describe('parseChange', () => {
  it('accepts the kinds of change the pages use and skips anything else', () => {
    expect(parseChange('{"kind":"message","requestId":"req_1","data":{}}')?.kind).toBe('message');
    expect(parseChange('{"kind":"typing","requestId":"req_1","data":{"userId":"cus_1"}}')?.kind).toBe('typing');
    expect(parseChange('{"kind":"notification"}')).toBeNull();
    expect(parseChange('not json')).toBeNull();
  });
});

describe('runLiveStream', () => {
  it('sends the bearer token, delivers changes and reconnects after the stream ends', async () => {
    const auth = new Auth({ load: () => null, save: () => {} }, vi.fn(), 'lock', () => 0);
    auth.signIn({ accessToken: 't', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r', subject: 's', role: 'admin' });
    const body = () => new Response('data:{"kind":"ready","requestId":null,"data":{}}\n\n'
      + 'data:{"kind":"request","requestId":"req_1","data":{"version":1}}\n\n', { status: 200 });
    const fetchFn = vi.fn().mockImplementation(async () => body());
    const abort = new AbortController();
    const kinds: string[] = [];
    const states: string[] = [];
    const done = runLiveStream({
      url: '/v1/stream', auth, fetchFn, signal: abort.signal, backoffMs: [0],
      onChange: (c) => { kinds.push(c.kind); if (kinds.length === 4) abort.abort(); },
      onState: (s) => states.push(s),
    });
    await done;
    expect(kinds).toEqual(['ready', 'request', 'ready', 'request']);
    expect(fetchFn.mock.calls[0][1].headers.Authorization).toBe('Bearer t');
    expect(states).toContain('live');
    expect(states).toContain('offline');
  });

  it('waits while the session has ended and streams again once the person signs in on the same page', async () => {
    const auth = new Auth({ load: () => null, save: () => {} }, vi.fn(), 'lock', () => 0);
    const fetchFn = vi.fn().mockImplementation(async () => new Response('data:{"kind":"ready","requestId":null,"data":{}}\n\n'));
    const abort = new AbortController();
    const kinds: string[] = [];
    const done = runLiveStream({
      url: '/v1/stream', auth, fetchFn, signal: abort.signal, backoffMs: [0],
      onChange: (c) => { kinds.push(c.kind); abort.abort(); },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchFn).not.toHaveBeenCalled();
    auth.signIn({ accessToken: 't2', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'r2', subject: 's', role: 'admin' });
    await done;
    expect(kinds).toEqual(['ready']);
    expect(fetchFn.mock.calls[0][1].headers.Authorization).toBe('Bearer t2');
  });

  it('stops when the page goes away while signed out', async () => {
    const auth = new Auth({ load: () => null, save: () => {} }, vi.fn(), 'lock', () => 0);
    const abort = new AbortController();
    const done = runLiveStream({ url: '/v1/stream', auth, fetchFn: vi.fn(), signal: abort.signal, onChange: () => {} });
    abort.abort();
    await expect(done).resolves.toBeUndefined();
  });
});
