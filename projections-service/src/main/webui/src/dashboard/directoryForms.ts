import type { OpeningHours, StoreForm } from '../api/admin';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** One weekday's row of the opening-hours editor (one window a day: what the form offers). */
export interface HoursRow { day: string; open: boolean; opens: string; closes: string }

/** The editor's seven rows from a store's windows; a day without one is closed, shown with 09:00–21:00 to start from. */
export function hoursRows(hours: OpeningHours[]): HoursRow[] {
  return WEEKDAYS.map((day) => {
    const window = hours.find((h) => h.day === day);
    return window ? { day, open: true, opens: window.opens.slice(0, 5), closes: window.closes.slice(0, 5) }
      : { day, open: false, opens: '09:00', closes: '21:00' };
  });
}

/** The open days as the API's windows; a row whose times are missing or reversed is an error naming the day. */
export function openingHours(rows: HoursRow[]): { hours: OpeningHours[]; error: string | null } {
  const hours: OpeningHours[] = [];
  for (const row of rows.filter((r) => r.open)) {
    if (!/^\d{2}:\d{2}$/.test(row.opens) || !/^\d{2}:\d{2}$/.test(row.closes) || row.opens >= row.closes) {
      return { hours: [], error: `${dayLabel(row.day)}: the closing time must come after the opening time` };
    }
    hours.push({ day: row.day, opens: row.opens, closes: row.closes });
  }
  return { hours, error: null };
}

export function dayLabel(day: string): string {
  return day.charAt(0) + day.slice(1).toLowerCase();
}

/** What a person typed into the store form, all text. */
export interface StoreFields {
  name: string; phone: string; line1: string; line2: string; locality: string; city: string; pincode: string;
  lat: string; lon: string; radius: string; categories: string[]; hours: HoursRow[];
}

export type FieldErrors = Partial<Record<keyof StoreFields, string>>;

/**
 * The form as the ingest API's store body, or the errors to show next to each field. The server checks
 * again (and its problem names the field); checking here only saves a round trip for the obvious ones.
 */
export function storeBody(fields: StoreFields): { body: StoreForm | null; errors: FieldErrors; hoursError: string | null } {
  const errors: FieldErrors = {};
  if (!fields.name.trim()) errors.name = 'Enter the store’s name';
  if (!/^\+[1-9]\d{7,14}$/.test(fields.phone.trim())) errors.phone = 'The WhatsApp number with country code, e.g. +919800000000';
  if (!fields.line1.trim()) errors.line1 = 'Enter the street address';
  if (!fields.city.trim()) errors.city = 'Enter the city';
  if (!/^[1-9]\d{5}$/.test(fields.pincode.trim())) errors.pincode = 'A 6-digit PIN code';
  const lat = Number(fields.lat);
  const lon = Number(fields.lon);
  if (fields.lat.trim() === '' || !Number.isFinite(lat) || lat < -90 || lat > 90) errors.lat = 'Latitude between -90 and 90, e.g. 12.9716';
  if (fields.lon.trim() === '' || !Number.isFinite(lon) || lon < -180 || lon > 180) errors.lon = 'Longitude between -180 and 180, e.g. 77.5946';
  const radius = fields.radius.trim() ? Number(fields.radius) : undefined;
  if (radius !== undefined && (!Number.isInteger(radius) || radius < 100 || radius > 50_000)) errors.radius = 'Metres, 100 to 50000';
  if (fields.categories.length === 0) errors.categories = 'Choose at least one category';
  const { hours, error: hoursError } = openingHours(fields.hours);
  if (Object.keys(errors).length > 0 || hoursError) return { body: null, errors, hoursError };
  return {
    body: {
      name: fields.name.trim(), phone: fields.phone.trim(), categories: fields.categories, openingHours: hours, radiusMeters: radius,
      address: {
        line1: fields.line1.trim(), line2: fields.line2.trim() || null, locality: fields.locality.trim() || null,
        city: fields.city.trim(), pincode: fields.pincode.trim(), location: { lat, lon },
      },
    },
    errors, hoursError,
  };
}
