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
  const mediaIds = await uploadPhoto(client, photo);
  await client.postMessage(requestId, trimmed, mediaIds, newIdempotencyKey());
  return true;
}

/** The media ids naming an uploaded photo (none without one): a request or a message names its photos by id. */
export async function uploadPhoto(client: ConciergeClient, photo: File | null): Promise<string[]> {
  return photo ? [(await client.uploadMedia(photo, photo.name)).mediaId] : [];
}
