import { Anchor, Badge, Group, Loader, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ConciergeClient } from '../api/client';
import type { StreamState } from '../api/live';
import { REQUEST_STATUSES, type RequestList, type RequestStatus, type RequestSnapshot } from '../api/types';
import { countdown, formatTime, statusLabel } from '../shared/format';
import { useNow } from '../shared/hooks';
import { useLiveChanges } from '../shared/live';
import { touchesRequests } from '../shared/requests';
import { ProblemAlert, StatusBadge } from '../shared/ui';

const ALL = 'ALL';

/**
 * The requests inbox: a tab per status with its count, a text filter, and the list kept current
 * from GET /v1/stream. Any request change reloads the page of the list (debounced), so counts and
 * order are always the server's; the ids that arrived live are marked until the next reload.
 */
export function InboxPage({ client }: { client: ConciergeClient }) {
  const [tab, setTab] = useState<string>(ALL);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [list, setList] = useState<RequestList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const generation = useRef(0);

  const load = useCallback(() => {
    const mine = ++generation.current; // an older, slower answer never overwrites a newer one
    client.listRequests({ status: tab === ALL ? undefined : [tab as RequestStatus], q: q || undefined, limit: 50 })
      .then((page) => {
        if (mine !== generation.current) return;
        setList(page);
        setError(null);
      }, (failure) => mine === generation.current && setError(failure));
  }, [client, tab, q]);
  const reload = useDebouncedCallback(load, 150);
  useEffect(load, [load]);

  const stream = useLiveChanges((change) => {
    if (!touchesRequests(change)) return;
    if (change.kind === 'request') setFresh((ids) => new Set(ids).add(change.requestId));
    reload();
  });

  const total = list ? Object.values(list.counts).reduce((sum, n) => sum + (n ?? 0), 0) : 0;
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Requests</Title>
        <LiveIndicator state={stream} />
      </Group>
      <TextInput id="inbox-search" label="Search requests" placeholder="Text or AI summary" value={text}
        onChange={(e) => setText(e.currentTarget.value)} maw={420} />
      {/* one panel per tab so every tab's aria-controls names an element; only the active one fills */}
      <Tabs value={tab} onChange={(value) => setTab(value ?? ALL)}>
        <Tabs.List aria-label="Requests by status">
          <Tabs.Tab value={ALL}>All <CountBadge n={total} /></Tabs.Tab>
          {REQUEST_STATUSES.map((status) => (
            <Tabs.Tab key={status} value={status} data-status-tab={status}>
              {statusLabel(status)} <CountBadge n={list?.counts[status] ?? 0} />
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {[ALL, ...REQUEST_STATUSES].map((value) => (
          <Tabs.Panel key={value} value={value} pt="sm">
            {value === tab && (
              <Stack>
                <ProblemAlert error={error} title="The inbox could not be loaded" />
                {!list && !error && <Loader role="status" aria-label="Loading requests" />}
                {list && <RequestTable items={list.items} fresh={fresh} />}
                {list?.nextCursor && <Text size="sm">Showing the newest 50; narrow the search to see others.</Text>}
              </Stack>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function CountBadge({ n }: { n: number }) {
  return <Badge size="sm" variant="light" color="gray" c="dark.9" ml={4} component="span">{n}</Badge>;
}

function LiveIndicator({ state }: { state: StreamState }) {
  const label = state === 'live' ? 'Live' : state === 'connecting' ? 'Connecting…' : 'Offline, retrying';
  return <Badge variant="light" color={state === 'live' ? 'green' : 'orange'} c="dark.9" role="status" id="live-state"
    data-state={state}>{label}</Badge>;
}

function RequestTable({ items, fresh }: { items: RequestSnapshot[]; fresh: Set<string> }) {
  const now = useNow();
  if (items.length === 0) return <Text>No requests here.</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover id="inbox" aria-label="Requests">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Request</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Agent</Table.Th>
            <Table.Th>SLA</Table.Th>
            <Table.Th>Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.requestId} data-request-id={r.requestId} data-status={r.status}
              bg={fresh.has(r.requestId) ? 'yellow.0' : undefined}>
              <Table.Td maw={320}>
                <Anchor component={Link} to={`/requests/${r.requestId}`} lineClamp={2}>
                  {r.text || r.enrichment?.summary || '(photo only)'}
                </Anchor>
              </Table.Td>
              <Table.Td><StatusBadge status={r.status} /></Table.Td>
              <Table.Td>{r.enrichment?.category ?? r.categoryHint ?? '—'}</Table.Td>
              <Table.Td>{r.agentId ?? 'unassigned'}</Table.Td>
              <Table.Td><SlaCell request={r} now={now} /></Table.Td>
              <Table.Td>{formatTime(r.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The soonest running deadline that watches a published SLA, as a countdown; red once breached. */
function SlaCell({ request, now }: { request: RequestSnapshot; now: number }) {
  const deadline = (request.deadlines ?? []).find((d) => d.sla);
  if (!deadline) return <Text size="sm">—</Text>;
  const { text, breached } = countdown(deadline.dueAt, now);
  return (
    <Text size="sm" c={breached ? 'red.9' : undefined} fw={breached ? 700 : undefined} data-breached={breached}>
      {deadline.sla?.replaceAll('_', ' ').toLowerCase()}: {text}
    </Text>
  );
}
