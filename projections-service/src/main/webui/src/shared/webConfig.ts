import { useEffect, useState } from 'react';
import type { ConciergeClient } from '../api/client';

/** This deployment's settings for the front ends (GET /v1/web-config): the map's tile source, if any. */
export interface WebConfig { mapTileUrl: string | null; mapAttribution: string | null }

export const NO_TILES: WebConfig = { mapTileUrl: null, mapAttribution: null };

const asked = new WeakMap<ConciergeClient, Promise<WebConfig>>();

/**
 * The settings, asked once per page (every map on it shares the answer); null while they load. A failed
 * read means no tiles: a map without them still places a pin, while a tile URL that is wrong fails loudly.
 */
export function useWebConfig(client: ConciergeClient): WebConfig | null {
  const [config, setConfig] = useState<WebConfig | null>(null);
  useEffect(() => {
    let cancelled = false;
    if (!asked.has(client)) asked.set(client, client.read<WebConfig>('/v1/web-config').catch(() => NO_TILES));
    void asked.get(client)!.then((answer) => !cancelled && setConfig(answer));
    return () => { cancelled = true; };
  }, [client]);
  return config;
}
