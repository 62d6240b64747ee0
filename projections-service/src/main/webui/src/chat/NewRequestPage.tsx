import { Button, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { newIdempotencyKey, type ConciergeClient } from '../api/client';
import { ApiProblem } from '../api/problem';
import { uploadPhoto } from '../shared/attach';
import { PhotoPicker } from '../shared/PhotoPicker';
import { ProblemAlert } from '../shared/ui';
import {
  addressDraftErrors, draftToAddress, EMPTY_ADDRESS_DRAFT, MAX_REQUEST_TEXT, type AddressDraft,
} from '../shared/validation';
import { AddressFields } from './AddressFields';

/**
 * A new request: what the customer wants (text and/or a photo, the camera on phones) and where to
 * deliver it. Stores are found by distance, so the address carries coordinates: the browser's
 * position when the customer allows it, or a typed pin.
 */
export function NewRequestPage({ client }: { client: ConciergeClient }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [address, setAddress] = useState<AddressDraft>(EMPTY_ADDRESS_DRAFT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // one key per filled-in form: a retried submit after a lost answer creates the request once
  const idempotencyKey = useRef(newIdempotencyKey());

  function validate(): Record<string, string> {
    const found = addressDraftErrors(address);
    if (!text.trim() && !photo) found.text = 'Describe what you need or add a photo';
    if (text.length > MAX_REQUEST_TEXT) found.text = `At most ${MAX_REQUEST_TEXT} characters`;
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const mediaIds = await uploadPhoto(client, photo);
      const deliveryAddress = draftToAddress(address);
      const accepted = await client.createRequest(
        { text: text.trim() || undefined, mediaIds, deliveryAddress }, idempotencyKey.current);
      // the read model has it a moment later: the request page waits for its first snapshot
      navigate(`/requests/${accepted.requestId}`, { state: { justCreated: true } });
    } catch (failure) {
      if (failure instanceof ApiProblem && failure.errors.length > 0) {
        // the server names fields as paths (deliveryAddress.pincode): show each next to its input
        setErrors(Object.fromEntries(failure.errors.map((e) => [e.field.replace(/^deliveryAddress\.(location\.)?/, ''), e.message])));
      }
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate aria-labelledby="new-request-title">
        <Stack>
          <Title order={2} size="h3" id="new-request-title">What do you need?</Title>
          <Textarea id="request-text" label="Describe it" autosize minRows={3} maxLength={MAX_REQUEST_TEXT}
            placeholder="e.g. Dolo 650, 2 strips" value={text} error={errors.text}
            onChange={(e) => setText(e.currentTarget.value)} />
          <PhotoPicker id="request-photo" label="Photo (optional)" photo={photo} onChange={setPhoto} error={errors.photo}
            description="Take a picture of the product, its label or a prescription" />

          <Title order={3} size="h4">Deliver to</Title>
          <AddressFields value={address} onChange={setAddress} errors={errors} />
          <ProblemAlert error={error} title="The request was not sent" />
          <Button type="submit" loading={busy} id="send-request">Send request</Button>
        </Stack>
      </form>
    </Paper>
  );
}
