import { describe, expect, it } from 'vitest';
import { activeFilterCount, filtersFromSearch, filtersToSearch, NO_FILTERS, toListQuery } from './inboxFilters';

describe('inbox filters in the URL', () => {
  it('survive a round trip through the query string unchanged', () => {
    const filters = { status: 'SOURCING' as const, agentId: 'agt_1', category: 'dairy', storeId: 'sto_9',
      from: '2026-11-01', to: '2026-11-30', sla: 'breached' as const, q: 'amul butter' };
    const url = filtersToSearch(filters).toString();
    expect(url).toBe('status=SOURCING&agent=agt_1&category=dairy&store=sto_9&from=2026-11-01&to=2026-11-30&sla=breached&q=amul+butter');
    expect(filtersFromSearch(new URLSearchParams(url))).toEqual(filters);
  });

  it('leave out everything that is not set, so the plain inbox has a plain URL', () => {
    expect(filtersToSearch(NO_FILTERS).toString()).toBe('');
    expect(filtersToSearch({ ...NO_FILTERS, q: '   ' }).toString()).toBe('');
  });

  it('drop values a hand-edited link got wrong instead of sending them to the API', () => {
    const read = filtersFromSearch(new URLSearchParams('status=LOST&sla=late&from=2026-02-30&to=yesterday&agent=agt_2'));
    expect(read).toEqual({ ...NO_FILTERS, agentId: 'agt_2' });
  });

  it('turn the day range into an inclusive start and the exclusive midnight after the last day', () => {
    const query = toListQuery({ ...NO_FILTERS, from: '2026-11-01', to: '2026-11-30', sla: 'due-soon' });
    expect(query.createdFrom).toBe(new Date(2026, 10, 1).toISOString());
    expect(query.createdTo).toBe(new Date(2026, 11, 1).toISOString());
    expect(query.sla).toBe('due-soon');
    expect(query.status).toBeUndefined();
    expect(query.agentId).toBeUndefined();
  });

  it('count the filters besides the status tab', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, status: 'NEW', category: 'dairy', sla: 'ok' })).toBe(2);
  });
});
