import type { Address, SavedAddress } from '../api/types';
import { addressDraftErrors, draftToAddress, type AddressDraft } from '../shared/validation';

/** Where a new request goes: one of the customer's saved addresses (by id), or the address typed on the page. */
export const TYPED = 'typed';

/** The default saved address first chosen, else the first saved one, else the typed form. */
export function initialChoice(saved: SavedAddress[]): string {
  return (saved.find((a) => a.defaultAddress) ?? saved[0])?.addressId ?? TYPED;
}

/** Saved addresses with the default first, the others by label: the order the page offers them in. */
export function savedInOrder(saved: SavedAddress[]): SavedAddress[] {
  return [...saved].sort((a, b) => Number(b.defaultAddress) - Number(a.defaultAddress) || a.label.localeCompare(b.label));
}

/**
 * The delivery address the request carries and the typed form's problems: a saved address goes as it was
 * saved, pin included (its fields were checked when it was saved); the typed one only once it is valid.
 */
export function chosenAddress(choice: string, saved: SavedAddress[], draft: AddressDraft):
    { address: Address; errors: Record<string, string> } {
  const savedOne = saved.find((a) => a.addressId === choice);
  if (savedOne) return { address: addressOnly(savedOne.address), errors: {} };
  return { address: draftToAddress(draft), errors: addressDraftErrors(draft) };
}

/** Just the fields the ingest API takes (it refuses unknown ones), whatever else the read model answered. */
function addressOnly(a: Address): Address {
  const location = a.location ? { lat: a.location.lat, lon: a.location.lon } : null;
  return { line1: a.line1, line2: a.line2 ?? null, locality: a.locality ?? null, city: a.city, pincode: a.pincode, location };
}
