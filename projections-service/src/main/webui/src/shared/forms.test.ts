import { describe, expect, it } from 'vitest';
import { countdown, formatMoney, parseRupees } from './format';
import { addressErrors, hourMinute, isOtpCode, normalisePhone, typedLocation } from './validation';

describe('form checks', () => {
  it('takes a ten-digit Indian mobile number or E.164, and nothing else', () => {
    expect(normalisePhone('98765 43210')).toBe('+919876543210');
    expect(normalisePhone('+919876543210')).toBe('+919876543210');
    expect(normalisePhone('12345')).toBeNull();
    expect(normalisePhone('55555 55555')).toBeNull();
  });

  it('wants six digits for the sign-in code', () => {
    expect(isOtpCode(' 493817 ')).toBe(true);
    expect(isOtpCode('49381')).toBe(false);
    expect(isOtpCode('49381a')).toBe(false);
  });

  it('names every address field the ingest API would refuse', () => {
    expect(addressErrors({ line1: '', line2: '', locality: '', city: '', pincode: '5600' }))
      .toEqual({ line1: expect.any(String), city: expect.any(String), pincode: expect.any(String) });
    expect(addressErrors({ line1: '12 MG Road', line2: '', locality: '', city: 'Bengaluru', pincode: '560001' })).toEqual({});
  });

  it('reads rupees typed by a person as paise', () => {
    expect(parseRupees('32')).toBe(3200);
    expect(parseRupees('32.5')).toBe(3250);
    expect(parseRupees('0.05')).toBe(5);
    expect(parseRupees('32.505')).toBeNull();
    expect(parseRupees('-1')).toBeNull();
    expect(parseRupees('')).toBeNull();
  });

  it('shows money and SLA countdowns the way staff read them', () => {
    expect(formatMoney({ amountMinor: 5700, currency: 'INR' })).toBe('₹57.00');
    const due = '2026-01-01T00:05:00Z';
    expect(countdown(due, Date.parse('2026-01-01T00:00:55Z'))).toEqual({ text: '4m 05s left', breached: false });
    expect(countdown(due, Date.parse('2026-01-01T01:17:00Z'))).toEqual({ text: '1h 12m over', breached: true });
  });

  it('reads a pin typed as the number input hands it over, half-typed strings included', () => {
    expect(typedLocation('12.9756', '77.6050')).toEqual({ location: { lat: 12.9756, lon: 77.605 } });
    expect(typedLocation(12.9756, 77.605)).toEqual({ location: { lat: 12.9756, lon: 77.605 } });
    expect(typedLocation('', '')).toEqual({ location: null });
    expect(typedLocation('12.9756', '')).toEqual({ error: expect.stringContaining('both') });
    expect(typedLocation('129756', '77.6')).toEqual({ error: expect.stringContaining('Latitude') });
    expect(typedLocation('12.97', 'east')).toEqual({ error: expect.stringContaining('Longitude') });
  });

  it('gives quiet hours back as HH:mm, the form the ingest API takes, when the read model adds seconds', () => {
    expect(hourMinute('22:00:00')).toBe('22:00');
    expect(hourMinute('07:30')).toBe('07:30');
  });
});
