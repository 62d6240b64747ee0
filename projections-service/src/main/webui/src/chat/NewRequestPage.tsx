import { Button, Group, Input, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { usePreviewUrl } from '../shared/hooks';
import { useNavigate } from 'react-router-dom';
import { newIdempotencyKey, type ConciergeClient } from '../api/client';
import { ApiProblem } from '../api/problem';
import type { Address } from '../api/types';
import { ProblemAlert } from '../shared/ui';
import { addressErrors, MAX_PHOTO_BYTES, MAX_REQUEST_TEXT, type AddressInput } from '../shared/validation';

const EMPTY_ADDRESS: AddressInput = { line1: '', line2: '', locality: '', city: '', pincode: '' };

/**
 * A new request: what the customer wants (text and/or a photo, the camera on phones) and where to
 * deliver it. Stores are found by distance, so the address carries coordinates: the browser's
 * position when the customer allows it, or a typed pin.
 */
export function NewRequestPage({ client }: { client: ConciergeClient }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [address, setAddress] = useState<AddressInput>(EMPTY_ADDRESS);
  const [lat, setLat] = useState<number | ''>('');
  const [lon, setLon] = useState<number | ''>('');
  const [locating, setLocating] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // one key per filled-in form: a retried submit after a lost answer creates the request once
  const idempotencyKey = useRef(newIdempotencyKey());
  const preview = usePreviewUrl(photo);

  function field(name: keyof AddressInput, label: string, extra: Partial<Parameters<typeof TextInput>[0]> = {}) {
    return (
      <TextInput id={`address-${name}`} label={label} value={address[name]} error={errors[name]}
        onChange={(e) => setAddress({ ...address, [name]: e.currentTarget.value })} {...extra} />
    );
  }

  function locate() {
    if (!navigator.geolocation) {
      setLocating('This browser cannot share its location: type the coordinates instead.');
      return;
    }
    setLocating('Finding you…');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLat(Number(position.coords.latitude.toFixed(6)));
        setLon(Number(position.coords.longitude.toFixed(6)));
        setLocating('Location added.');
      },
      () => setLocating('Location not shared: type the coordinates instead.'),
      { enableHighAccuracy: true, timeout: 10000 },
    );
  }

  function validate(): Record<string, string> {
    const found: Record<string, string> = { ...addressErrors(address) } as Record<string, string>;
    if (!text.trim() && !photo) found.text = 'Describe what you need or add a photo';
    if (text.length > MAX_REQUEST_TEXT) found.text = `At most ${MAX_REQUEST_TEXT} characters`;
    if (photo && photo.size > MAX_PHOTO_BYTES) found.photo = 'A photo can be at most 10 MB';
    if ((lat === '') !== (lon === '')) found.location = 'Give both latitude and longitude, or neither';
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
      const mediaIds = photo ? [(await client.uploadMedia(photo, photo.name)).mediaId] : [];
      const deliveryAddress: Address = {
        line1: address.line1.trim(),
        line2: address.line2.trim() || null,
        locality: address.locality.trim() || null,
        city: address.city.trim(),
        pincode: address.pincode.trim(),
        location: lat === '' || lon === '' ? null : { lat, lon },
      };
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
          <Input.Wrapper label="Photo (optional)" id="request-photo" error={errors.photo}
            description="Take a picture of the product, its label or a prescription">
            <input id="request-photo" type="file" accept="image/*" capture="environment"
              aria-describedby="request-photo-description" style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
              onChange={(e) => setPhoto(e.currentTarget.files?.[0] ?? null)} />
          </Input.Wrapper>
          {preview && <img src={preview} alt="The photo you chose" style={{ maxWidth: 200, borderRadius: 8 }} />}

          <Title order={3} size="h4">Deliver to</Title>
          {field('line1', 'House and street', { required: true, autoComplete: 'address-line1' })}
          {field('line2', 'Landmark (optional)', { autoComplete: 'address-line2' })}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {field('locality', 'Area (optional)')}
            {field('city', 'City', { required: true, autoComplete: 'address-level2' })}
            {field('pincode', 'Pincode', { required: true, inputMode: 'numeric', maxLength: 6, autoComplete: 'postal-code' })}
          </SimpleGrid>
          <Group align="flex-end" wrap="wrap">
            <NumberInput id="address-lat" label="Latitude" value={lat} onChange={(v) => setLat(typeof v === 'number' ? v : '')}
              min={-90} max={90} decimalScale={6} hideControls error={errors.location ?? errors.lat} w={150} />
            <NumberInput id="address-lon" label="Longitude" value={lon} onChange={(v) => setLon(typeof v === 'number' ? v : '')}
              min={-180} max={180} decimalScale={6} hideControls error={errors.lon} w={150} />
            <Button variant="default" onClick={locate}>Use my location</Button>
          </Group>
          {locating && <Text size="sm" role="status">{locating}</Text>}
          <ProblemAlert error={error} title="The request was not sent" />
          <Button type="submit" loading={busy} id="send-request">Send request</Button>
        </Stack>
      </form>
    </Paper>
  );
}
