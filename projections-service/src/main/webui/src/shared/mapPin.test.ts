import { describe, expect, it } from 'vitest';
import { DEFAULT_CENTRE, openingCentre, pickedPin, pinOf } from './mapPin';

describe('the map pin and the typed coordinates', () => {
  it('reads the pin from the typed fields, none while they are empty, half typed or out of range', () => {
    expect(pinOf('12.9352', '77.6245')).toEqual({ lat: 12.9352, lon: 77.6245 });
    expect(pinOf(12.5, 77)).toEqual({ lat: 12.5, lon: 77 });
    expect(pinOf('', '')).toBeNull();
    expect(pinOf('12.9', '')).toBeNull();
    expect(pinOf('95', '77')).toBeNull();
  });

  it('gives a picked point six decimals and a longitude within -180..180', () => {
    expect(pickedPin(12.935212345, 77.624498765)).toEqual({ lat: 12.935212, lon: 77.624499 });
    expect(pickedPin(12.9, 77.6 + 360)).toEqual({ lat: 12.9, lon: 77.6 });
    expect(pickedPin(12.9, -190)).toEqual({ lat: 12.9, lon: 170 });
  });

  it('opens on the pin, else amid the landmarks, else on the default centre', () => {
    const stores = [{ lat: 12, lon: 77, name: 'A' }, { lat: 13, lon: 78, name: 'B' }];
    expect(openingCentre({ lat: 1, lon: 2 }, stores)).toEqual({ lat: 1, lon: 2 });
    expect(openingCentre(null, stores)).toEqual({ lat: 12.5, lon: 77.5 });
    expect(openingCentre(null, [])).toEqual(DEFAULT_CENTRE);
  });
});
