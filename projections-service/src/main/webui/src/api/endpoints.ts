/**
 * Where the two APIs are. Projections (reads, the stream) is this page's own origin. The ingest API
 * (writes, sign-in) is VITE_INGEST_API_URL when the build was given one, else port 8081 of the host
 * that served this page — the dev stack's layout, and why ingest-api allows this origin by CORS.
 */
export function ingestApiBase(location: Pick<Location, 'protocol' | 'hostname'> = window.location): string {
  const configured = import.meta.env.VITE_INGEST_API_URL as string | undefined;
  if (configured) return configured.replace(/\/+$/, '');
  return `${location.protocol}//${location.hostname}:8081`;
}

export const PROJECTIONS = '';
