import { Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ConciergeClient } from '../api/client';
import type { SavedAddress } from '../api/types';
import { LazyMapPicker } from '../shared/LazyMapPicker';
import { pinOf, type Landmark } from '../shared/mapPin';
import type { AddressDraft } from '../shared/validation';

/**
 * The fields of a delivery address with its pin: stores are found by distance, so the address carries
 * coordinates: the browser's position when the person allows it, typed, or a pin placed on the map (kept in
 * step with the typed ones). `idPrefix` keeps the ids of two such forms on one page apart; `landmarks` (e.g.
 * the customer's saved addresses) are drawn on the map for orientation.
 */
export function AddressFields({ client, value, onChange, errors, idPrefix = 'address', landmarks }: {
  client: ConciergeClient;
  value: AddressDraft;
  onChange: (draft: AddressDraft) => void;
  errors: Record<string, string>;
  idPrefix?: string;
  landmarks?: Landmark[];
}) {
  const [locating, setLocating] = useState<string | null>(null);

  function field(name: 'line1' | 'line2' | 'locality' | 'city' | 'pincode', label: string,
    extra: Partial<Parameters<typeof TextInput>[0]> = {}) {
    return (
      <TextInput id={`${idPrefix}-${name}`} label={label} value={value[name]} error={errors[name]}
        onChange={(e) => onChange({ ...value, [name]: e.currentTarget.value })} {...extra} />
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
        onChange({ ...value, lat: Number(position.coords.latitude.toFixed(6)), lon: Number(position.coords.longitude.toFixed(6)) });
        setLocating('Location added.');
      },
      () => setLocating('Location not shared: type the coordinates instead.'),
      { enableHighAccuracy: true, timeout: 10000 },
    );
  }

  return (
    <Stack gap="sm">
      {field('line1', 'House and street', { required: true, autoComplete: 'address-line1' })}
      {field('line2', 'Landmark (optional)', { autoComplete: 'address-line2' })}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {field('locality', 'Area (optional)')}
        {field('city', 'City', { required: true, autoComplete: 'address-level2' })}
        {field('pincode', 'Pincode', { required: true, inputMode: 'numeric', maxLength: 6, autoComplete: 'postal-code' })}
      </SimpleGrid>
      <Group align="flex-end" wrap="wrap">
        {/* the number inputs hand over strings while a number is half typed: kept as given, read on submit */}
        <NumberInput id={`${idPrefix}-lat`} label="Latitude" value={value.lat} onChange={(lat) => onChange({ ...value, lat })}
          min={-90} max={90} decimalScale={6} hideControls error={errors.location ?? errors.lat} w={150} />
        <NumberInput id={`${idPrefix}-lon`} label="Longitude" value={value.lon} onChange={(lon) => onChange({ ...value, lon })}
          min={-180} max={180} decimalScale={6} hideControls error={errors.lon} w={150} />
        <Button variant="default" onClick={locate}>Use my location</Button>
      </Group>
      {locating && <Text size="sm" role="status">{locating}</Text>}
      <LazyMapPicker client={client} id={`${idPrefix}-map`} label="The pin on the map" pin={pinOf(value.lat, value.lon)}
        onPick={(pin) => onChange({ ...value, lat: pin.lat, lon: pin.lon })} landmarks={landmarks}
        landmarkNote="Blue dots: your saved addresses (point at one for its name)." />
    </Stack>
  );
}

/** The customer's saved addresses that have a pin, as landmarks on the map. */
export function savedAddressLandmarks(saved: SavedAddress[]): Landmark[] {
  return saved.flatMap((a) => (a.address.location ? [{ ...a.address.location, name: a.label }] : []));
}
