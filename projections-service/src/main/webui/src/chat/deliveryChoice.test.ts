import { describe, expect, it } from 'vitest';
import type { SavedAddress } from '../api/types';
import { EMPTY_ADDRESS_DRAFT } from '../shared/validation';
import { chosenAddress, initialChoice, savedInOrder, TYPED } from './deliveryChoice';

const saved = (addressId: string, label: string, defaultAddress = false): SavedAddress => ({
  addressId, label, defaultAddress,
  address: { line1: `${label} street`, city: 'Bengaluru', pincode: '560001', location: { lat: 12.97, lon: 77.6 } },
});

describe('choosing where a new request goes', () => {
  it('starts from the default saved address, else the first, else the typed form', () => {
    expect(initialChoice([saved('a1', 'Home'), saved('a2', 'Work', true)])).toBe('a2');
    expect(initialChoice([saved('a1', 'Home'), saved('a2', 'Work')])).toBe('a1');
    expect(initialChoice([])).toBe(TYPED);
  });

  it('offers the default first, then the others by label', () => {
    expect(savedInOrder([saved('a3', 'Work'), saved('a1', 'Gym'), saved('a2', 'Home', true)]).map((a) => a.label))
      .toEqual(['Home', 'Gym', 'Work']);
  });

  it('sends a saved address with its pin, whatever is typed', () => {
    const home = saved('a1', 'Home');
    expect(chosenAddress('a1', [home], EMPTY_ADDRESS_DRAFT)).toEqual({
      address: { line1: 'Home street', line2: null, locality: null, city: 'Bengaluru', pincode: '560001', location: { lat: 12.97, lon: 77.6 } },
      errors: {},
    });
  });

  it('checks the typed address when that is chosen', () => {
    const { errors } = chosenAddress(TYPED, [saved('a1', 'Home')], EMPTY_ADDRESS_DRAFT);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['line1', 'city', 'pincode']));
    const typed = { ...EMPTY_ADDRESS_DRAFT, line1: '4 Park St', city: 'Kolkata', pincode: '700016', lat: '22.55', lon: '88.35' };
    expect(chosenAddress(TYPED, [], typed)).toEqual({
      address: { line1: '4 Park St', line2: null, locality: null, city: 'Kolkata', pincode: '700016', location: { lat: 22.55, lon: 88.35 } },
      errors: {},
    });
  });
});
