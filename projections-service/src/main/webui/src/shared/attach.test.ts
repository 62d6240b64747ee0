import { describe, expect, it, vi } from 'vitest';
import type { ConciergeClient } from '../api/client';
import { sendChatMessage, uploadPhoto } from './attach';

function fakeClient() {
  const calls: string[] = [];
  const client = {
    uploadMedia: vi.fn(async (_file: Blob, name: string) => { calls.push(`upload ${name}`); return { mediaId: 'med_1', contentType: 'image/png', size: 3 }; }),
    postMessage: vi.fn(async (requestId: string, text: string, mediaIds: string[]) => { calls.push(`post ${requestId} "${text}" [${mediaIds}]`); return { eventId: 'e' }; }),
  };
  return { client: client as unknown as ConciergeClient, calls };
}

describe('sendChatMessage', () => {
  it('uploads the photo first and posts the message naming it', async () => {
    const { client, calls } = fakeClient();
    const sent = await sendChatMessage(client, 'req_1', '  here it is ', new File(['png'], 'shelf.png'));
    expect(sent).toBe(true);
    expect(calls).toEqual(['upload shelf.png', 'post req_1 "here it is" [med_1]']);
  });

  it('sends a photo without text', async () => {
    const { client, calls } = fakeClient();
    await sendChatMessage(client, 'req_1', '   ', new File(['png'], 'shelf.png'));
    expect(calls).toEqual(['upload shelf.png', 'post req_1 "" [med_1]']);
  });

  it('sends nothing without text or photo', async () => {
    const { client, calls } = fakeClient();
    expect(await sendChatMessage(client, 'req_1', '  ', null)).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('uploadPhoto', () => {
  it('uploads a photo and names it by its media id, and names nothing without one', async () => {
    const { client, calls } = fakeClient();
    expect(await uploadPhoto(client, new File(['png'], 'label.png'))).toEqual(['med_1']);
    expect(await uploadPhoto(client, null)).toEqual([]);
    expect(calls).toEqual(['upload label.png']);
  });
});
