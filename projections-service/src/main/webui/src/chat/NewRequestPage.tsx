import { Button, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { newIdempotencyKey, type ConciergeClient } from '../api/client';
import { ApiProblem } from '../api/problem';
import { uploadPhoto } from '../shared/attach';
import { PhotoPicker } from '../shared/PhotoPicker';
import { ProblemAlert } from '../shared/ui';
import type { SavedAddress } from '../api/types';
import { addressLine, EMPTY_ADDRESS_DRAFT, MAX_REQUEST_TEXT, type AddressDraft } from '../shared/validation';
import { AddressFields, savedAddressLandmarks } from './AddressFields';
import { chosenAddress, initialChoice, savedInOrder, TYPED } from './deliveryChoice';

/**
 * A new request: what the customer wants (text and/or a photo, the camera on phones) and where to
 * deliver it. Stores are found by distance, so the address carries coordinates: one of the customer's
 * saved addresses (the default one chosen to start with), or a typed address with the browser's position
 * when the customer allows it or a typed pin.
 */
export function NewRequestPage({ client }: { client: ConciergeClient }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [address, setAddress] = useState<AddressDraft>(EMPTY_ADDRESS_DRAFT);
  const { saved, choice, choose } = useDeliveryChoice(client);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // one key per filled-in form: a retried submit after a lost answer creates the request once
  const idempotencyKey = useRef(newIdempotencyKey());

  function validate(): Record<string, string> {
    const found = { ...chosenAddress(choice, saved, address).errors };
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
      const deliveryAddress = chosenAddress(choice, saved, address).address;
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

          <Title order={3} size="h4" id="deliver-to-title">Deliver to</Title>
          {saved.length > 0 && (
            <Radio.Group value={choice} onChange={choose} aria-labelledby="deliver-to-title" id="delivery-choice">
              <Stack gap="xs">
                {saved.map((a) => (
                  <Radio key={a.addressId} value={a.addressId} id={`deliver-to-${a.addressId}`} data-address-id={a.addressId}
                    label={`${a.label}${a.defaultAddress ? ' (default)' : ''}`} description={addressLine(a.address)} />
                ))}
                <Radio value={TYPED} id="deliver-to-typed" label="Another address" />
              </Stack>
            </Radio.Group>
          )}
          {choice === TYPED && (
            <AddressFields client={client} value={address} onChange={(draft) => { choose(TYPED); setAddress(draft); }} errors={errors}
              landmarks={savedAddressLandmarks(saved)} />
          )}
          {choice !== TYPED && !saved.find((a) => a.addressId === choice)?.address.location && (
            <Text size="sm" role="status">This address has no pin: the store search is closest with one (add it on your profile).</Text>
          )}
          <ProblemAlert error={error} title="The request was not sent" />
          <Button type="submit" loading={busy} id="send-request">Send request</Button>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * The customer's saved addresses (`GET /v1/customers/me`; none until the read model has the customer) and
 * which one the request goes to. The typed form shows at once; when saved addresses arrive the default one
 * is chosen, unless the customer has already chosen or typed.
 */
function useDeliveryChoice(client: ConciergeClient) {
  const [saved, setSaved] = useState<SavedAddress[]>([]);
  const [choice, setChoice] = useState(TYPED);
  const chosenByHand = useRef(false);
  useEffect(() => {
    let cancelled = false;
    client.me().then((profile) => {
      if (cancelled) return;
      const addresses = savedInOrder(profile.addresses);
      setSaved(addresses);
      if (!chosenByHand.current) setChoice(initialChoice(addresses));
    }, () => {}); // no profile yet (404) or not readable now: the typed address is the way
    return () => { cancelled = true; };
  }, [client]);
  function choose(next: string) {
    chosenByHand.current = true;
    setChoice(next);
  }
  return { saved, choice, choose };
}
