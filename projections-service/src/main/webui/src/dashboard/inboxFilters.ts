import type { ListQuery } from '../api/client';
import { REQUEST_STATUSES, type RequestStatus } from '../api/types';

export const SLA_STATES = ['ok', 'due-soon', 'breached'] as const;
export type SlaFilter = (typeof SLA_STATES)[number];

/**
 * What the inbox shows, as the URL's query holds it (so a filtered inbox can be shared and survives a
 * reload). `from`/`to` are calendar days (YYYY-MM-DD) in the viewer's time zone, both inclusive.
 */
export interface InboxFilters {
  status: RequestStatus | null;
  agentId: string;
  category: string;
  storeId: string;
  from: string;
  to: string;
  sla: SlaFilter | null;
  q: string;
}

export const NO_FILTERS: InboxFilters = { status: null, agentId: '', category: '', storeId: '', from: '', to: '', sla: null, q: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

/** Reads the filters from a URL query; a value that is not valid (a hand-edited link) is left out, not guessed. */
export function filtersFromSearch(search: URLSearchParams): InboxFilters {
  const status = search.get('status');
  const sla = search.get('sla');
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  return {
    status: REQUEST_STATUSES.includes(status as RequestStatus) ? (status as RequestStatus) : null,
    agentId: search.get('agent')?.trim() ?? '',
    category: search.get('category')?.trim() ?? '',
    storeId: search.get('store')?.trim() ?? '',
    from: isDay(from) ? from : '',
    to: isDay(to) ? to : '',
    sla: SLA_STATES.includes(sla as SlaFilter) ? (sla as SlaFilter) : null,
    q: search.get('q') ?? '',
  };
}

/** The URL query for these filters: only what is set, in a fixed order (equal filters, equal links). */
export function filtersToSearch(filters: InboxFilters): URLSearchParams {
  const search = new URLSearchParams();
  const entries: [string, string | null][] = [
    ['status', filters.status], ['agent', filters.agentId.trim()], ['category', filters.category.trim()],
    ['store', filters.storeId.trim()], ['from', filters.from], ['to', filters.to], ['sla', filters.sla],
    ['q', filters.q.trim()],
  ];
  for (const [key, value] of entries) if (value) search.set(key, value);
  return search;
}

/** Midnight starting this local calendar day, as an RFC 3339 UTC instant. */
function startOfDay(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** The GET /v1/requests query: the day range becomes [from's midnight, the midnight after `to`). */
export function toListQuery(filters: InboxFilters, limit = 50): ListQuery {
  return {
    status: filters.status ? [filters.status] : undefined,
    agentId: filters.agentId.trim() || undefined,
    category: filters.category.trim() || undefined,
    storeId: filters.storeId.trim() || undefined,
    createdFrom: filters.from ? startOfDay(filters.from) : undefined,
    createdTo: filters.to ? startOfDay(filters.to, 1) : undefined,
    sla: filters.sla ?? undefined,
    q: filters.q.trim() || undefined,
    limit,
  };
}

/** How many filters besides the status tab narrow the list (shown on the filter toggle). */
export function activeFilterCount(filters: InboxFilters): number {
  return [filters.agentId, filters.category, filters.storeId, filters.from, filters.to, filters.sla, filters.q.trim()]
    .filter(Boolean).length;
}
