import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Button, Group, Loader, NativeSelect, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { AdminApi, TRANSACTION_TYPES, type Transaction } from '../api/admin';
import type { ConciergeClient } from '../api/client';
import { formatMoney, formatTime } from '../shared/format';
import { ProblemAlert } from '../shared/ui';
import { useLoad } from '../shared/useLoad';
import { ChartFigure } from './ChartFigure';
import { addDays, dayIn, revenueSeries } from './charts';
import { useAction } from './useAction';

const REFUND_TYPES = ['RefundProcessed', 'RefundFailed'];

/** Start of a day in the browser's zone as RFC 3339 (the transactions API takes instants). */
function startOf(day: string, plus = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plus).toISOString();
}

/** Payments: transactions with filters, refunds, revenue per day, and receipt links. */
export function PaymentsPage({ client }: { client: ConciergeClient }) {
  const api = useMemo(() => new AdminApi(client), [client]);
  const [view, setView] = useState<'all' | 'refunds'>('all');
  const [type, setType] = useState('');
  const [requestText, setRequestText] = useState('');
  const [requestId] = useDebouncedValue(requestText.trim(), 300);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter = useMemo(() => ({ type: type || undefined, requestId: requestId || undefined,
    from: from ? startOf(from) : undefined, to: to ? startOf(to, 1) : undefined }), [type, requestId, from, to]);
  // pages after the first, with the cursor to the next; reset whenever the filter reloads the first page
  const [extra, setExtra] = useState<{ items: Transaction[]; cursor: string | null } | null>(null);
  const transactions = useLoad(useCallback(() => {
    setExtra(null);
    return api.transactions(filter);
  }, [api, filter]));
  const more = useAction();
  const today = dayIn(new Date());
  const daily = useLoad(useCallback(() => api.daily(addDays(today, -29), today), [api, today]));

  const all = [...(transactions.data?.items ?? []), ...(extra?.items ?? [])];
  const shown = view === 'refunds' ? all.filter((t) => REFUND_TYPES.includes(t.type)) : all;
  const cursor = extra ? extra.cursor : transactions.data?.nextCursor ?? null;
  const loadMore = () => cursor && more.run(async () => {
    const page = await api.transactions({ ...filter, cursor });
    setExtra((e) => ({ items: [...(e?.items ?? []), ...page.items], cursor: page.nextCursor }));
  });

  return (
    <Stack>
      <Title order={2}>Payments</Title>
      <ChartFigure title="Revenue per day, last 30 days (₹)" id="revenue-chart"
        note="GMV of the requests created each day (captures) and their refunds, business days in Asia/Kolkata.">
        <ProblemAlert error={daily.error} title="Revenue could not be loaded" />
        {!daily.data && !daily.error && <Loader role="status" aria-label="Loading revenue" />}
        {daily.data && <BarChart h={260} data={revenueSeries(daily.data)} dataKey="day" withLegend
          series={[{ name: 'GMV', color: 'teal.7' }, { name: 'Refunds', color: 'red.7' }]} />}
      </ChartFigure>
      <Group align="flex-end" wrap="wrap">
        <SegmentedControl value={view} onChange={(v) => setView(v as 'all' | 'refunds')} aria-label="Show"
          data={[{ value: 'all', label: 'Transactions' }, { value: 'refunds', label: 'Refunds' }]} />
        <NativeSelect label="Type" id="transaction-type" value={type} onChange={(e) => setType(e.currentTarget.value)}
          data={[{ value: '', label: 'Any type' }, ...TRANSACTION_TYPES.map((t) => ({ value: t, label: t }))]} />
        <TextInput label="Request" id="transaction-request" placeholder="req_…" value={requestText}
          onChange={(e) => setRequestText(e.currentTarget.value)} />
        <TextInput type="date" label="From" id="transaction-from" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label="Until" id="transaction-to" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </Group>
      <ProblemAlert error={transactions.error} title="The transactions could not be loaded" />
      {!transactions.data && !transactions.error && <Loader role="status" aria-label="Loading transactions" />}
      {transactions.data && shown.length === 0 && <Text>No {view === 'refunds' ? 'refunds' : 'transactions'} here.</Text>}
      {shown.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table id="transactions" aria-label={view === 'refunds' ? 'Refunds' : 'Transactions'} highlightOnHover>
            <Table.Thead>
              <Table.Tr><Table.Th>When</Table.Th><Table.Th>Type</Table.Th><Table.Th>Request</Table.Th><Table.Th>Amount</Table.Th><Table.Th>Details</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((t) => (
                <Table.Tr key={t.eventId} data-type={t.type}>
                  <Table.Td>{formatTime(t.occurredAt)}</Table.Td>
                  <Table.Td><Badge variant="light" color={t.type.includes('Fail') ? 'red' : t.type.startsWith('Refund') ? 'orange' : 'gray'} c="dark.9">{t.type}</Badge></Table.Td>
                  <Table.Td><Anchor component={Link} to={`/requests/${t.requestId}`} size="sm" style={{ overflowWrap: 'anywhere' }}>{t.requestId}</Anchor></Table.Td>
                  <Table.Td>{t.amountMinor !== null && t.amountMinor !== undefined ? formatMoney({ amountMinor: t.amountMinor, currency: t.currency ?? 'INR' }) : '—'}</Table.Td>
                  <Table.Td>
                    <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {[t.paymentId, t.refundId, t.debitAccount && `${t.debitAccount} → ${t.creditAccount}`, t.reason].filter(Boolean).join(' · ')}
                    </Text>
                    {t.receiptUrl && <Anchor href={t.receiptUrl} target="_blank" rel="noopener" size="sm">Receipt (PDF)</Anchor>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {cursor && <Button variant="default" onClick={() => void loadMore()} loading={more.busy} id="more-transactions">Load more</Button>}
      <ProblemAlert error={more.error} title="More transactions could not be loaded" />
    </Stack>
  );
}
