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

export const MAX_REQUEST_TEXT = 4000;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
