import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ConciergeClient } from '../api/client';
import type { GeoPoint } from '../api/types';
import MapPicker from './MapPicker';
import type { WebConfig } from './webConfig';

function show(config: WebConfig, pin: GeoPoint | null, onPick = vi.fn()) {
  const client = { read: vi.fn(async () => config) } as unknown as ConciergeClient;
  const view = render(<MantineProvider>
    <MapPicker client={client} id="store-map" label="Location on the map" pin={pin} onPick={onPick}
      landmarks={[{ lat: 12.93, lon: 77.62, name: 'Fresh Mart' }]} landmarkNote="Blue dots: the other stores listed." />
  </MantineProvider>);
  return { onPick, view, client };
}

describe('the map picker', () => {
  it('draws no tiles when the server configures no tile source, and still shows the pin and the landmarks', async () => {
    const { view } = show({ mapTileUrl: null, mapAttribution: null }, { lat: 12.9352, lon: 77.6245 });
    const map = await screen.findByRole('application', { name: 'Location on the map' });
    expect(map.getAttribute('data-tiles')).toBe('off');
    expect(view.container.querySelectorAll('.leaflet-tile-pane img')).toHaveLength(0);
    expect(view.container.querySelector('.concierge-map-pin')?.getAttribute('title')).toBe('Location on the map: the pin');
    expect(view.container.querySelectorAll('path.leaflet-interactive')).toHaveLength(1);
    expect(screen.getByText(/No map tiles are set up here/)).toBeTruthy();
  });

  it('uses the configured tile source with its attribution', async () => {
    const { view } = show({ mapTileUrl: 'https://tiles.example/{z}/{x}/{y}.png', mapAttribution: 'Example maps' }, null);
    const map = await screen.findByRole('application', { name: 'Location on the map' });
    expect(map.getAttribute('data-tiles')).toBe('on');
    expect(view.container.querySelector('.leaflet-control-attribution')?.textContent).toContain('Example maps');
    expect(screen.queryByText(/No map tiles are set up here/)).toBeNull();
  });

  it('pins the centre of the map from the keyboard-usable button', async () => {
    const { onPick } = show({ mapTileUrl: null, mapAttribution: null }, { lat: 12.9352, lon: 77.6245 });
    fireEvent.click(await screen.findByRole('button', { name: "Pin the map's centre" }));
    expect(onPick).toHaveBeenCalledWith({ lat: 12.9352, lon: 77.6245 });
  });

  it('follows coordinates typed in the fields', async () => {
    const onPick = vi.fn();
    const { view, client } = show({ mapTileUrl: null, mapAttribution: null }, null, onPick);
    const map = await screen.findByRole('application', { name: 'Location on the map' });
    expect(view.container.querySelector('.concierge-map-pin')).toBeNull();
    view.rerender(<MantineProvider>
      <MapPicker client={client} id="store-map" label="Location on the map" pin={{ lat: 12.95, lon: 77.6 }} onPick={onPick} />
    </MantineProvider>);
    expect(map.getAttribute('data-pin')).toBe('12.95,77.6');
    expect(view.container.querySelector('.concierge-map-pin')).not.toBeNull();
  });
});
