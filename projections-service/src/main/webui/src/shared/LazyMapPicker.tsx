import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { MapPickerProps } from './MapPicker';

// the map library is loaded only by the forms that show a map: the inbox and the chat stay small downloads
const MapPicker = lazy(() => import('./MapPicker'));

/** The map picker, its code fetched when a form first shows it. */
export function LazyMapPicker(props: MapPickerProps) {
  return (
    <Suspense fallback={<Text size="sm" role="status">Loading the map…</Text>}>
      <MapPicker {...props} />
    </Suspense>
  );
}
