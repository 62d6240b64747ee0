import { BarChart, LineChart } from '@mantine/charts';
import { Badge, Button, Group, Loader, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useInterval } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AdminApi, type Figures } from '../api/admin';
import type { ConciergeClient } from '../api/client';
import { REQUEST_STATUSES } from '../api/types';
import { formatMoney, formatTime, statusLabel } from '../shared/format';
import { useLiveChanges } from '../shared/live';
import { touchesRequests } from '../shared/requests';
import { ProblemAlert } from '../shared/ui';
import { useLoad } from '../shared/useLoad';
import { ChartFigure } from './ChartFigure';
import { addDays, byCategory, dayIn, forecastSeries, funnelByDay, funnelSteps } from './charts';
import { formatRate, formatSeconds } from './DirectoryParts';
import { useAction } from './useAction';

const inr = (minor: number | null | undefined) => (minor === null || minor === undefined ? '—' : formatMoney({ amountMinor: minor, currency: 'INR' }));

/**
 * Analytics of a period of business days: the funnel, fulfilment rate, median times, GMV/AOV, refunds,
 * SLA breaches, CSAT, per day and per category; the demand forecast; today's counters, live; daily reports.
 */
export function AnalyticsPage({ client }: { client: ConciergeClient }) {
  const api = useMemo(() => new AdminApi(client), [client]);
  const today = dayIn(new Date());
  const [from, setFrom] = useState(addDays(today, -6));
  const [to, setTo] = useState(today);
  const valid = from !== '' && to !== '' && from <= to;
  const summary = useLoad(useCallback(() => (valid ? api.summary(from, to) : Promise.resolve(null)), [api, from, to, valid]));
  const daily = useLoad(useCallback(() => (valid ? api.daily(from, to) : Promise.resolve(null)), [api, from, to, valid]));
  return (
    <Stack>
      <Title order={2}>Analytics</Title>
      <Realtime api={api} />
      <Group align="flex-end" wrap="wrap">
        <TextInput type="date" label="From" id="analytics-from" value={from} max={to} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label="Until" id="analytics-to" value={to} min={from} onChange={(e) => setTo(e.currentTarget.value)} />
        <Text size="sm" c="dark.6">Days in Asia/Kolkata; figures are about the requests created in the period.</Text>
      </Group>
      {!valid && <Text c="red.9" role="alert">Choose a start day on or before the end day.</Text>}
      <ProblemAlert error={summary.error ?? daily.error} title="The analytics could not be loaded" />
      {valid && !summary.data && !summary.error && <Loader role="status" aria-label="Loading analytics" />}
      {summary.data && <FigureCards figures={summary.data.figures} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {summary.data && (
          <ChartFigure title="Funnel" id="funnel-chart" note="Requests created in the period that got a quote, were paid and delivered.">
            <BarChart h={240} data={funnelSteps(summary.data.figures)} dataKey="step" series={[{ name: 'Requests', color: 'blue.7' }]} />
          </ChartFigure>
        )}
        {daily.data && (
          <ChartFigure title="Requests per day" id="daily-chart">
            <LineChart h={240} data={funnelByDay(daily.data)} dataKey="day" withLegend curveType="linear"
              series={[{ name: 'Created', color: 'blue.7' }, { name: 'Paid', color: 'teal.7' }, { name: 'Delivered', color: 'green.8' }]} />
          </ChartFigure>
        )}
        {daily.data && (
          <ChartFigure title="Per category" id="category-chart" note="Requests created and GMV (₹) per category over the period.">
            {byCategory(daily.data).length === 0 ? <Text size="sm">No requests in the period.</Text>
              : <BarChart h={240} data={byCategory(daily.data)} dataKey="category" withLegend
                  series={[{ name: 'Requests', color: 'blue.7' }, { name: 'GMV', color: 'teal.7' }]} />}
          </ChartFigure>
        )}
        <Forecast api={api} />
      </SimpleGrid>
      <Reports api={api} yesterday={addDays(today, -1)} />
    </Stack>
  );
}

function Stat({ label, value, id }: { label: string; value: string; id?: string }) {
  return (
    <Paper withBorder p="sm" data-stat={id}>
      <Text size="xs" c="dark.6">{label}</Text>
      <Text size="lg" fw={700}>{value}</Text>
    </Paper>
  );
}

function FigureCards({ figures: f }: { figures: Figures }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs" id="figures">
      <Stat label="Created" value={String(f.funnel.created)} id="created" />
      <Stat label="Paid" value={String(f.funnel.paid)} id="paid" />
      <Stat label="Delivered" value={String(f.funnel.delivered)} id="delivered" />
      <Stat label="Fulfilment rate" value={formatRate(f.fulfilmentRate)} id="fulfilment" />
      <Stat label="GMV" value={inr(f.gmvMinor)} id="gmv" />
      <Stat label="Average order" value={inr(f.averageOrderValueMinor)} id="aov" />
      <Stat label="Refunds" value={`${f.refunds.count} · ${inr(f.refunds.amountMinor)}`} id="refunds" />
      <Stat label="SLA breaches" value={String(f.slaBreaches)} id="sla" />
      <Stat label="CSAT" value={f.csat.mean === null ? '—' : `${Number(f.csat.mean).toFixed(2)} (${f.csat.count})`} id="csat" />
      <Stat label="To first store reply" value={formatSeconds(f.medianSeconds.toFirstStoreReply)} />
      <Stat label="To first quote" value={formatSeconds(f.medianSeconds.toFirstQuote)} />
      <Stat label="To payment" value={formatSeconds(f.medianSeconds.toPayment)} />
      <Stat label="To delivery" value={formatSeconds(f.medianSeconds.toDelivery)} />
      <Stat label="Cancelled" value={String(f.funnel.cancelled)} />
    </SimpleGrid>
  );
}

/** Today so far, reloaded on every live request change (debounced) and every 30 s for the money figures. */
function Realtime({ api }: { api: AdminApi }) {
  const realtime = useLoad(useCallback(() => api.realtime(), [api]));
  const reload = useDebouncedCallback(realtime.reload, 500);
  const state = useLiveChanges((change) => touchesRequests(change) && reload());
  const interval = useInterval(realtime.reload, 30_000);
  useEffect(() => { interval.start(); return interval.stop; }, [interval]);
  const r = realtime.data;
  return (
    <Paper withBorder p="md" id="realtime" aria-labelledby="realtime-title">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4" id="realtime-title">Today</Title>
        <Badge variant="light" color={state === 'live' ? 'green' : 'orange'} c="dark.9">{state === 'live' ? 'Live' : 'Reconnecting'}</Badge>
      </Group>
      <ProblemAlert error={realtime.error} title="Today's counters could not be loaded" />
      {r && (
        <Stack gap="xs" mt="xs">
          <SimpleGrid cols={{ base: 3 }} spacing="xs">
            <Stat label="Created today" value={String(r.createdToday)} id="created-today" />
            <Stat label="Paid today" value={String(r.paidToday)} id="paid-today" />
            <Stat label="GMV today" value={inr(r.gmvTodayMinor)} id="gmv-today" />
          </SimpleGrid>
          <Group gap="xs">
            {REQUEST_STATUSES.filter((s) => r.openByStatus[s] !== undefined).map((s) => (
              <Badge key={s} variant="outline" color="gray" c="dark.9" data-open-status={s}>{statusLabel(s)}: {r.openByStatus[s]}</Badge>
            ))}
          </Group>
          <Text size="xs" c="dark.6">As of {formatTime(r.asOf)} ({r.zone})</Text>
        </Stack>
      )}
    </Paper>
  );
}

function Forecast({ api }: { api: AdminApi }) {
  const forecasts = useLoad(useCallback(() => api.forecasts(), [api]));
  const [category, setCategory] = useState('');
  const chosen = forecasts.data?.find((f) => f.category === category) ?? forecasts.data?.[0];
  return (
    <ChartFigure title="Demand forecast (requests per hour)" id="forecast-chart"
      note={chosen ? `${chosen.method}, fitted on ${chosen.historyHours} h, generated ${formatTime(chosen.generatedAt)}` : undefined}>
      <ProblemAlert error={forecasts.error} title="The forecast could not be loaded" />
      {forecasts.data && forecasts.data.length === 0 && <Text size="sm">No forecast yet: the AI worker writes one once it has an hour of history.</Text>}
      {chosen && (
        <Stack gap="xs">
          <NativeSelect label="Category" id="forecast-category" value={chosen.category} onChange={(e) => setCategory(e.currentTarget.value)}
            data={forecasts.data!.map((f) => f.category)} />
          <LineChart h={220} data={forecastSeries(chosen)} dataKey="hour" withLegend curveType="linear" connectNulls={false}
            series={[{ name: 'Recent', color: 'blue.7' }, { name: 'Forecast', color: 'orange.8', strokeDasharray: '5 5' }]} />
        </Stack>
      )}
    </ChartFigure>
  );
}

/** A day's report as CSV or PDF: fetched with the token, then saved through an object URL. */
function Reports({ api, yesterday }: { api: AdminApi; yesterday: string }) {
  const [day, setDay] = useState(yesterday);
  const download = useAction();
  const save = (format: 'csv' | 'pdf') => download.run(async () => {
    const blob = await api.report(day, format);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `concierge-report-${day}.${format}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return (
    <Paper withBorder p="md" id="reports" aria-labelledby="reports-title">
      <Title order={3} size="h4" id="reports-title">Daily reports</Title>
      <Group align="flex-end" wrap="wrap" mt="xs">
        <TextInput type="date" label="Day" id="report-day" value={day} onChange={(e) => setDay(e.currentTarget.value)} />
        <Button variant="default" id="report-csv" onClick={() => void save('csv')} loading={download.busy} disabled={!day}>Download CSV</Button>
        <Button variant="default" id="report-pdf" onClick={() => void save('pdf')} loading={download.busy} disabled={!day}>Download PDF</Button>
      </Group>
      <Text size="xs" c="dark.6" mt="xs">A day's report is made the next morning (and emailed to admins); a day without one answers "not found".</Text>
      <ProblemAlert error={download.error} title="The report could not be downloaded" />
    </Paper>
  );
}
