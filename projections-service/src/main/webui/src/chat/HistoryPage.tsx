import { Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import type { ConciergeClient } from '../api/client';
import { formatMoney, formatTime } from '../shared/format';
import { useLiveChanges } from '../shared/live';
import { touchesRequests } from '../shared/requests';
import { ProblemAlert, StatusBadge } from '../shared/ui';
import { useLoad } from '../shared/useLoad';
import { useReceipts } from './paymentReceipts';

/** The customer's requests, newest first, kept current from the live stream. */
export function HistoryPage({ client }: { client: ConciergeClient }) {
  const { data: items, error, reload: load } = useLoad(useCallback(
    async () => (await client.listRequests({ limit: 50 })).items, [client]));
  const receipts = useReceipts(client);
  const reload = useDebouncedCallback(load, 200);
  useLiveChanges((change) => touchesRequests(change) && reload());

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">Your requests</Title>
        <Button component={Link} to="/new">Ask for something</Button>
      </Group>
      <ProblemAlert error={error} />
      {items === null && !error && <Loader role="status" aria-label="Loading your requests" />}
      {items?.length === 0 && <Text>No requests yet. Tell us what you need and we will find it.</Text>}
      {items?.map((request) => (
        <Card key={request.requestId} withBorder data-request-id={request.requestId}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/requests/${request.requestId}`} fw={600} lineClamp={2}>
                {request.text || request.enrichment?.summary || 'Photo request'}
              </Anchor>
              <Text size="sm" c="dimmed">{formatTime(request.createdAt)}</Text>
              {request.quote && <Text size="sm">Total {formatMoney(request.quote.total)}</Text>}
              {receipts[request.requestId] && (
                <Anchor href={receipts[request.requestId].url} target="_blank" rel="noopener" size="sm" data-receipt>
                  Receipt (PDF)
                </Anchor>
              )}
            </Stack>
            <StatusBadge status={request.status} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
