import { Alert, Badge, List, Loader, MantineProvider } from '@mantine/core';
import '@mantine/core/styles.css';
import { useEffect, useState, type ReactNode } from 'react';
import type { ConciergeClient } from '../api/client';
import { ApiProblem } from '../api/problem';
import type { RequestStatus } from '../api/types';
import { statusColor, statusLabel } from './format';
import { cssVariablesResolver, theme } from './theme';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

/** Light badge with near-black text: readable on every status colour. */
export function StatusBadge({ status }: { status: RequestStatus }) {
  return (
    <Badge variant="light" color={statusColor(status)} c="dark.9" data-status={status} style={{ minWidth: 'max-content' }}>
      {statusLabel(status)}
    </Badge>
  );
}

/** A failure as a person should read it: the server's detail and each field it named. */
export function ProblemAlert({ error, title = 'That did not work' }: { error: unknown; title?: string }) {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : null;
  return (
    <Alert color="red" title={title} role="alert">
      {problem ? problem.message : String((error as Error)?.message ?? error)}
      {problem && problem.errors.length > 0 && (
        <List size="sm" mt="xs">
          {problem.errors.map((e) => <List.Item key={e.field}>{e.field}: {e.message}</List.Item>)}
        </List>
      )}
    </Alert>
  );
}

/**
 * An uploaded photo: the media endpoint needs the bearer token, so the bytes are fetched and shown
 * from an object URL (revoked when the image goes away).
 */
export function MediaImage({ client, mediaId, alt }: { client: ConciergeClient; mediaId: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    client.media(mediaId).then((blob) => {
      if (cancelled) return;
      url = URL.createObjectURL(blob);
      setSrc(url);
    }, () => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [client, mediaId]);
  if (failed) return <span>(photo not available)</span>;
  if (!src) return <Loader role="status" size="xs" aria-label="Loading photo" />;
  return <img src={src} alt={alt} style={{ maxWidth: '100%', maxHeight: 240, borderRadius: 8 }} data-media-id={mediaId} />;
}
