import { Anchor, Badge, Button, Checkbox, Collapse, Group, Loader, NativeSelect, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { AdminApi } from '../api/admin';
import type { ConciergeClient } from '../api/client';
import type { StreamState } from '../api/live';
import { REQUEST_STATUSES, type RequestStatus, type RequestSnapshot } from '../api/types';
import { countdown, formatTime, statusLabel } from '../shared/format';
import { useNow, useSession } from '../shared/hooks';
import { useLiveChanges } from '../shared/live';
import { touchesRequests } from '../shared/requests';
import { ProblemAlert, StatusBadge } from '../shared/ui';
import { useLoad } from '../shared/useLoad';
import { BulkBar } from './BulkBar';
import { activeFilterCount, filtersFromSearch, filtersToSearch, NO_FILTERS, SLA_STATES, toListQuery, type InboxFilters } from './inboxFilters';

const ALL = 'ALL';

/**
 * The requests inbox: a tab per status with its count, filters (agent, category, store, created days,
 * SLA state, text) kept in the URL, and the list kept current from GET /v1/stream. Any request change
 * reloads the page of the list (debounced), so counts and order are always the server's; the ids that
 * arrived live are marked until the next reload. Admins select rows for bulk assign / cancel.
 */
export function InboxPage({ client }: { client: ConciergeClient }) {
  const api = useMemo(() => new AdminApi(client), [client]);
  const isAdmin = useSession(client)?.role === 'admin';
  const [search, setSearch] = useSearchParams();
  const queryKey = search.toString();
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(queryKey)), [queryKey]);
  const setFilters = useCallback((next: InboxFilters) => setSearch(filtersToSearch(next), { replace: true }), [setSearch]);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { data: list, error, reload: load } = useLoad(useCallback(() => client.listRequests(toListQuery(filters)),
    [client, filters]));
  const reload = useDebouncedCallback(load, 150);
  useEffect(() => setSelected(new Set()), [queryKey]); // a selection never reaches rows the filters hide

  const stream = useLiveChanges((change) => {
    if (!touchesRequests(change)) return;
    if (change.kind === 'request') setFresh((ids) => new Set(ids).add(change.requestId));
    reload();
  });

  const agents = useLoad(useCallback(() => api.agents(), [api]));
  const tab = filters.status ?? ALL;
  const total = list ? Object.values(list.counts).reduce((sum, n) => sum + (n ?? 0), 0) : 0;
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>Requests</Title>
        <LiveIndicator state={stream} />
      </Group>
      <FilterFields api={api} filters={filters} onChange={setFilters} agents={agents.data?.items ?? []} />
      {isAdmin && selected.size > 0 && (
        <BulkBar api={api} agents={agents.data?.items ?? []} selected={[...selected]} onDone={load} />
      )}
      {/* one panel per tab so every tab's aria-controls names an element; only the active one fills */}
      <Tabs value={tab} onChange={(value) => setFilters({ ...filters, status: value && value !== ALL ? value as RequestStatus : null })}>
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
                {list && <RequestTable items={list.items} fresh={fresh} selectable={isAdmin} selected={selected} onSelect={setSelected} />}
                {list?.nextCursor && <Text size="sm">Showing the newest 50; narrow the filters to see others.</Text>}
              </Stack>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

type Option = { value: string; label: string };

/** A select's options: "any" first, and a value from a shared link kept even when no directory entry names it. */
function optionsWith(items: Option[], current: string, any: string): Option[] {
  const known = current && !items.some((i) => i.value === current) ? [...items, { value: current, label: current }] : items;
  return [{ value: '', label: any }, ...known];
}

const SLA_LABELS: Record<string, string> = { ok: 'On time', 'due-soon': 'Due soon', breached: 'Breached' };

/** The filters as form fields; the text is debounced into the URL, everything else goes at once. */
function FilterFields({ api, filters, onChange, agents }: {
  api: AdminApi; filters: InboxFilters; onChange: (next: InboxFilters) => void; agents: { agentId: string; name: string }[];
}) {
  const [text, setText] = useState(filters.q);
  const [open, setOpen] = useState(activeFilterCount(filters) > (filters.q ? 1 : 0));
  const latest = useRef(filters);
  latest.current = filters;
  const pushText = useDebouncedCallback((q: string) => onChange({ ...latest.current, q }), 300);
  useEffect(() => setText(filters.q), [filters.q]);
  const categories = useLoad(useCallback(() => api.categories(), [api]));
  const stores = useLoad(useCallback(() => api.stores(), [api]));
  const active = activeFilterCount(filters);
  const set = (patch: Partial<InboxFilters>) => onChange({ ...filters, ...patch });
  return (
    <Stack gap="xs">
      <Group align="flex-end" wrap="wrap">
        <TextInput id="inbox-search" label="Search requests" placeholder="Text or AI summary" value={text}
          onChange={(e) => { setText(e.currentTarget.value); pushText(e.currentTarget.value); }} style={{ flex: '1 1 220px', maxWidth: 420 }} />
        <Button variant="default" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls="inbox-filters" id="toggle-filters">
          Filters{active > 0 ? ` (${active})` : ''}
        </Button>
        {active > 0 && (
          <Button variant="subtle" id="clear-filters" onClick={() => { setText(''); onChange({ ...NO_FILTERS, status: filters.status }); }}>
            Clear filters
          </Button>
        )}
      </Group>
      <Collapse in={open} id="inbox-filters">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="xs">
          <NativeSelect label="Agent" id="filter-agent" value={filters.agentId} onChange={(e) => set({ agentId: e.currentTarget.value })}
            data={optionsWith(agents.map((a) => ({ value: a.agentId, label: a.name })), filters.agentId, 'Any agent')} />
          <NativeSelect label="Category" id="filter-category" value={filters.category} onChange={(e) => set({ category: e.currentTarget.value })}
            data={optionsWith((categories.data ?? []).map((c) => ({ value: c.id, label: c.name })), filters.category, 'Any category')} />
          <NativeSelect label="Store" id="filter-store" value={filters.storeId} onChange={(e) => set({ storeId: e.currentTarget.value })}
            data={optionsWith((stores.data?.items ?? []).map((s) => ({ value: s.storeId, label: s.name })), filters.storeId, 'Any store')} />
          <TextInput type="date" label="Created from" id="filter-from" value={filters.from} max={filters.to || undefined}
            onChange={(e) => set({ from: e.currentTarget.value })} />
          <TextInput type="date" label="Created until" id="filter-to" value={filters.to} min={filters.from || undefined}
            onChange={(e) => set({ to: e.currentTarget.value })} />
          <NativeSelect label="SLA" id="filter-sla" value={filters.sla ?? ''}
            onChange={(e) => set({ sla: (e.currentTarget.value || null) as InboxFilters['sla'] })}
            data={optionsWith(SLA_STATES.map((s) => ({ value: s, label: SLA_LABELS[s] })), '', 'Any SLA state')} />
        </SimpleGrid>
      </Collapse>
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

function RequestTable({ items, fresh, selectable, selected, onSelect }: {
  items: RequestSnapshot[]; fresh: Set<string>; selectable: boolean; selected: Set<string>; onSelect: (ids: Set<string>) => void;
}) {
  const now = useNow();
  if (items.length === 0) return <Text>No requests here.</Text>;
  const all = items.every((r) => selected.has(r.requestId));
  const toggle = (requestId: string) => {
    const next = new Set(selected);
    if (next.has(requestId)) next.delete(requestId); else next.add(requestId);
    onSelect(next);
  };
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover id="inbox" aria-label="Requests">
        <Table.Thead>
          <Table.Tr>
            {selectable && (
              <Table.Th w={40}>
                <Checkbox aria-label="Select every request shown" id="select-all" checked={all}
                  indeterminate={!all && items.some((r) => selected.has(r.requestId))}
                  onChange={() => onSelect(all ? new Set() : new Set(items.map((r) => r.requestId)))} />
              </Table.Th>
            )}
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
              {selectable && (
                <Table.Td>
                  <Checkbox aria-label={`Select request ${r.requestId}`} checked={selected.has(r.requestId)}
                    onChange={() => toggle(r.requestId)} data-select={r.requestId} />
                </Table.Td>
              )}
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
