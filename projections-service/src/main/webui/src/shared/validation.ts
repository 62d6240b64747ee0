import type { Address, GeoPoint } from '../api/types';

/** Checks a form makes before it posts; the server checks again and names the field when it refuses. */

/** An Indian mobile number as the ingest API takes it: +91 and ten digits (spaces and dashes allowed). */
export function normalisePhone(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  if (/^\+\d{10,15}$/.test(digits)) return digits;
  if (/^[6-9]\d{9}$/.test(digits)) return `+91${digits}`;
  return null;
}

export function isOtpCode(input: string): boolean {
  return /^\d{6}$/.test(input.trim());
}

export interface AddressInput {
  line1: string;
  line2: string;
  locality: string;
  city: string;
  pincode: string;
}

/** Field name → message, for what the ingest API would refuse anyway. */
export function addressErrors(address: AddressInput): Partial<Record<keyof AddressInput, string>> {
  const errors: Partial<Record<keyof AddressInput, string>> = {};
  if (!address.line1.trim()) errors.line1 = 'Enter the house and street';
  else if (address.line1.length > 200) errors.line1 = 'At most 200 characters';
  if (address.line2.length > 200) errors.line2 = 'At most 200 characters';
  if (address.locality.length > 100) errors.locality = 'At most 100 characters';
  if (!address.city.trim()) errors.city = 'Enter the city';
  else if (address.city.length > 100) errors.city = 'At most 100 characters';
  if (!/^\d{6}$/.test(address.pincode.trim())) errors.pincode = 'A pincode has 6 digits';
  return errors;
}

/**
 * The pin as typed: Mantine's NumberInput hands over a string while a number is half typed ("12.",
 * "77.60"), so the fields keep what it gives and the number is read here, once, on submit. (Turning
 * those strings into "empty" dropped the decimal point and "12.9756" arrived as 90, the maximum.)
 */
export function typedLocation(lat: number | string, lon: number | string):
    { location: GeoPoint | null } | { error: string } {
  const blank = (v: number | string) => typeof v === 'string' && v.trim() === '';
  if (blank(lat) && blank(lon)) return { location: null };
  if (blank(lat) || blank(lon)) return { error: 'Give both latitude and longitude, or neither' };
  const [la, lo] = [Number(lat), Number(lon)];
  if (!Number.isFinite(la) || la < -90 || la > 90) return { error: 'Latitude is a number from -90 to 90' };
  if (!Number.isFinite(lo) || lo < -180 || lo > 180) return { error: 'Longitude is a number from -180 to 180' };
  return { location: { lat: la, lon: lo } };
}

/** An address form as typed: the address fields and the pin's two number inputs. */
export interface AddressDraft extends AddressInput {
  lat: number | string;
  lon: number | string;
}

export const EMPTY_ADDRESS_DRAFT: AddressDraft = { line1: '', line2: '', locality: '', city: '', pincode: '', lat: '', lon: '' };

/** Field name → message for a draft (the pin's problems under `location`). */
export function addressDraftErrors(draft: AddressDraft): Record<string, string> {
  const found: Record<string, string> = { ...addressErrors(draft) } as Record<string, string>;
  const pin = typedLocation(draft.lat, draft.lon);
  if ('error' in pin) found.location = pin.error;
  return found;
}

/** A valid draft as the ingest API takes an address (blank optional parts as null). */
export function draftToAddress(draft: AddressDraft): Address {
  const pin = typedLocation(draft.lat, draft.lon);
  return {
    line1: draft.line1.trim(),
    line2: draft.line2.trim() || null,
    locality: draft.locality.trim() || null,
    city: draft.city.trim(),
    pincode: draft.pincode.trim(),
    location: 'location' in pin ? pin.location : null,
  };
}

/** A saved address back into a draft, e.g. to deliver a new request there. */
export function addressToDraft(address: Address): AddressDraft {
  return {
    line1: address.line1, line2: address.line2 ?? '', locality: address.locality ?? '', city: address.city,
    pincode: address.pincode, lat: address.location?.lat ?? '', lon: address.location?.lon ?? '',
  };
}

/** One line for a person: "12 MG Road, Bengaluru 560001". */
export function addressLine(address: Address): string {
  return [address.line1, address.line2, address.locality, `${address.city} ${address.pincode}`].filter(Boolean).join(', ');
}

/**
 * A time of day as the ingest API takes it (`HH:mm`): the read model may answer with seconds
 * (`22:00:00`), which a time input shows and the API would refuse.
 */
export function hourMinute(time: string): string {
  return /^\d{2}:\d{2}/.test(time) ? time.slice(0, 5) : time;
}

export const MAX_REQUEST_TEXT = 4000;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
