import type { ConciergeClient } from '../api/client';
import { newIdempotencyKey } from '../api/client';

/**
 * A chat message with an optional photo, as both chats send it: the photo is uploaded first (the
 * message names it by its media id), then the message is posted. Nothing is sent when there is neither
 * text nor a photo. The ingest API accepts a message with only a photo.
 */
export async function sendChatMessage(client: ConciergeClient, requestId: string, text: string,
  photo: File | null): Promise<boolean> {
  const trimmed = text.trim();
  if (!trimmed && !photo) return false;
  const mediaIds = photo ? [(await client.uploadMedia(photo, photo.name)).mediaId] : [];
  await client.postMessage(requestId, trimmed, mediaIds, newIdempotencyKey());
  return true;
}
