import type { GeoPoint } from '../api/types';
import { typedLocation } from './validation';

/** Where a map opens when there is no pin and nothing to show: central Bengaluru, the first city served. */
export const DEFAULT_CENTRE: GeoPoint = { lat: 12.9716, lon: 77.5946 };

/** A place to show on a map for orientation (e.g. the stores already in the directory). */
export interface Landmark extends GeoPoint { name: string }

/** The pin the typed fields describe, or null while they are empty, half typed or out of range. */
export function pinOf(lat: number | string, lon: number | string): GeoPoint | null {
  const typed = typedLocation(lat, lon);
  return 'location' in typed ? typed.location : null;
}

/**
 * A point picked on the map as the typed fields take it: six decimals (about 10 cm, what the fields and the
 * geolocation keep) and the longitude wrapped into -180..180 (a map scrolled round the world gives more).
 */
export function pickedPin(lat: number, lon: number): GeoPoint {
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return { lat: round6(Math.max(-90, Math.min(90, lat))), lon: round6(wrapped) };
}

/** Where the map opens: the pin, else the middle of the landmarks, else the default centre. */
export function openingCentre(pin: GeoPoint | null, landmarks: Landmark[]): GeoPoint {
  if (pin) return pin;
  if (landmarks.length === 0) return DEFAULT_CENTRE;
  const sum = landmarks.reduce((acc, l) => ({ lat: acc.lat + l.lat, lon: acc.lon + l.lon }), { lat: 0, lon: 0 });
  return { lat: round6(sum.lat / landmarks.length), lon: round6(sum.lon / landmarks.length) };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
