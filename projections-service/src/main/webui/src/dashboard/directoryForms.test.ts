import { describe, expect, it } from 'vitest';
import { hoursRows, openingHours, storeBody, type StoreFields } from './directoryForms';

const FILLED: StoreFields = {
  name: ' Fresh Mart ', phone: '+919800000001', line1: '3, 100 Feet Rd', line2: '', locality: 'Indiranagar',
  city: 'Bengaluru', pincode: '560038', lat: '12.9716', lon: '77.5946', radius: '2000', categories: ['grocery'],
  hours: hoursRows([{ day: 'MONDAY', opens: '09:00:00', closes: '21:00:00' }]),
};

describe('the store form', () => {
  it('becomes the API body with typed coordinates and only the open days', () => {
    const { body, errors } = storeBody(FILLED);
    expect(errors).toEqual({});
    expect(body).toEqual({
      name: 'Fresh Mart', phone: '+919800000001', categories: ['grocery'], radiusMeters: 2000,
      openingHours: [{ day: 'MONDAY', opens: '09:00', closes: '21:00' }],
      address: { line1: '3, 100 Feet Rd', line2: null, locality: 'Indiranagar', city: 'Bengaluru', pincode: '560038',
        location: { lat: 12.9716, lon: 77.5946 } },
    });
  });

  it('names every field that is wrong instead of sending it', () => {
    const { body, errors } = storeBody({ ...FILLED, phone: '98000', pincode: '012345', lat: '91', lon: 'east', radius: '50', categories: [] });
    expect(body).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['categories', 'lat', 'lon', 'phone', 'pincode', 'radius']);
  });

  it('refuses a day that closes before it opens, naming the day', () => {
    const rows = hoursRows([]).map((r) => (r.day === 'FRIDAY' ? { ...r, open: true, opens: '22:00', closes: '08:00' } : r));
    expect(openingHours(rows)).toEqual({ hours: [], error: 'Friday: the closing time must come after the opening time' });
  });

  it('shows a week of rows, closed days starting from 09:00 to 21:00', () => {
    const rows = hoursRows([{ day: 'SUNDAY', opens: '10:00', closes: '14:00' }]);
    expect(rows).toHaveLength(7);
    expect(rows[6]).toEqual({ day: 'SUNDAY', open: true, opens: '10:00', closes: '14:00' });
    expect(rows[0]).toEqual({ day: 'MONDAY', open: false, opens: '09:00', closes: '21:00' });
  });
});
