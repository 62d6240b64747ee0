import { Button, Group, Input, Stack, Text } from '@mantine/core';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { ConciergeClient } from '../api/client';
import type { GeoPoint } from '../api/types';
import { openingCentre, pickedPin, type Landmark } from './mapPin';
import { useWebConfig, type WebConfig } from './webConfig';

export interface MapPickerProps {
  client: ConciergeClient;
  /** id of the map; its label and hint take ids from it */
  id: string;
  label: string;
  /** the pin the typed coordinates describe (null: none yet) */
  pin: GeoPoint | null;
  onPick: (pin: GeoPoint) => void;
  landmarks?: Landmark[];
  /** what the landmarks are, said under the map (e.g. "Blue dots: your saved addresses") */
  landmarkNote?: string;
}

// a pin drawn by CSS, not Leaflet's default marker image: no image request can fail, none is bundled by path
const PIN_ICON = L.divIcon({
  className: 'concierge-map-pin',
  html: '<span style="display:block;width:22px;height:22px;border-radius:50% 50% 50% 0;transform:rotate(-45deg);'
    + 'background:#c92a2a;border:2px solid #fff;box-shadow:0 0 0 1px #5c0f0f"></span>',
  iconSize: [22, 22],
  iconAnchor: [11, 26],
});

/**
 * A location picked on a map, kept in step with typed latitude/longitude fields (which stay the way to type
 * one): a click on the map puts the pin there, the pin can be dragged, and *Pin the map's centre* places it
 * from the keyboard (the map pans with the arrow keys and zooms with + and -). Landmarks (e.g. the stores
 * already in the directory) are drawn for orientation. Tiles come from the URL the server configures; without
 * one the map draws none — nothing here reaches the internet, and a tile that fails to load is a console
 * error — and everything else works the same.
 */
export default function MapPicker(props: MapPickerProps) {
  const config = useWebConfig(props.client);
  if (!config) return <Text size="sm" role="status">Loading the map…</Text>;
  return <LeafletMap {...props} config={config} />;
}

function LeafletMap({ id, label, pin, onPick, landmarks = [], landmarkNote, config }: MapPickerProps & { config: WebConfig }) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.Marker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  // the map is made once; the pin and landmarks follow the props below
  useEffect(() => {
    const centre = openingCentre(pin, landmarks);
    const created = L.map(element.current!, {
      center: [centre.lat, centre.lon], zoom: 13, attributionControl: Boolean(config.mapTileUrl),
    });
    if (config.mapTileUrl) {
      L.tileLayer(config.mapTileUrl, { attribution: config.mapAttribution ?? '', maxZoom: 19 }).addTo(created);
    }
    created.on('click', (event: L.LeafletMouseEvent) => pick.current(pickedPin(event.latlng.lat, event.latlng.lng)));
    // a map that opens in a dialog or a hidden panel has no size yet: measure again whenever it changes
    const resized = new ResizeObserver(() => created.invalidateSize());
    resized.observe(element.current!);
    map.current = created;
    return () => {
      resized.disconnect();
      created.remove();
      map.current = null;
      marker.current = null;
    };
  }, []); // made once per mount (the settings are loaded before it mounts); the effects below follow the props

  useEffect(() => {
    const current = map.current;
    if (!current) return;
    if (!pin) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      marker.current = L.marker([pin.lat, pin.lon], { icon: PIN_ICON, draggable: true, title: `${label}: the pin` })
        .on('dragend', (event) => {
          const at = (event.target as L.Marker).getLatLng();
          pick.current(pickedPin(at.lat, at.lng));
        })
        .addTo(current);
    } else {
      marker.current.setLatLng([pin.lat, pin.lon]);
    }
    // typed coordinates somewhere else: bring the pin into view
    if (!current.getBounds().contains([pin.lat, pin.lon])) current.panTo([pin.lat, pin.lon]);
  }, [pin?.lat, pin?.lon, label]); // by value: the form makes a new pin object on every render

  const landmarkKey = landmarks.map((l) => `${l.name}@${l.lat},${l.lon}`).join('|');
  useEffect(() => {
    const current = map.current;
    if (!current) return undefined;
    const layer = L.layerGroup(landmarks.map((l) => L.circleMarker([l.lat, l.lon], {
      radius: 6, color: '#1c7ed6', weight: 2, fillOpacity: 0.6,
    }).bindTooltip(l.name))).addTo(current);
    return () => { layer.remove(); };
  }, [landmarkKey]); // redrawn when the landmarks change, not each time the page passes a new array of the same ones

  function pinCentre() {
    const centre = map.current?.getCenter();
    if (centre) pick.current(pickedPin(centre.lat, centre.lng));
  }

  const hint = `${config.mapTileUrl ? '' : 'No map tiles are set up here: place the pin by the landmarks shown, or type the coordinates. '}`
    + 'Click the map or drag the pin; with the keyboard, move the map with the arrow keys and pin its centre.';
  return (
    // the label is a plain element: a <label> can only name a form control, and the map is named by aria-label
    <Input.Wrapper label={label} labelElement="div" description={hint} id={id}>
      <Stack gap={6} mt={4}>
        <div ref={element} id={id} role="application" aria-label={label} aria-describedby={`${id}-description`}
          data-pin={pin ? `${pin.lat},${pin.lon}` : ''} data-tiles={config.mapTileUrl ? 'on' : 'off'}
          style={{ height: 260, width: '100%', borderRadius: 8, background: '#e9ecef' }} />
        <Group gap="sm" wrap="wrap">
          <Button variant="default" size="xs" id={`${id}-pin-centre`} onClick={pinCentre}>Pin the map's centre</Button>
          {landmarks.length > 0 && landmarkNote && <Text size="xs">{landmarkNote}</Text>}
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
