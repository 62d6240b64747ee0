import { describe, expect, it } from 'vitest';
import type { DailyFigures, Figures } from '../api/admin';
import { addDays, byCategory, dayIn, forecastSeries, funnelSteps, revenueSeries } from './charts';

function figures(created: number, paid: number, gmvMinor: number, refundMinor = 0): Figures {
  return {
    currency: 'INR', funnel: { created, quoted: created, paid, delivered: paid, cancelled: 0 }, fulfilmentRate: null,
    medianSeconds: { toFirstStoreReply: null, toFirstQuote: null, toPayment: null, toDelivery: null },
    gmvMinor, averageOrderValueMinor: null, refunds: { count: refundMinor ? 1 : 0, amountMinor: refundMinor }, slaBreaches: 0,
    csat: { mean: null, count: 0 },
  };
}

const DAYS: DailyFigures[] = [
  { day: '2026-11-29', total: figures(3, 2, 17_100, 5_700), byCategory: { dairy: figures(2, 1, 5_700), grocery: figures(1, 1, 11_400, 5_700) } },
  { day: '2026-11-30', total: figures(1, 0, 0), byCategory: { grocery: figures(1, 0, 0), other: figures(0, 0, 0) } },
];

describe('chart data', () => {
  it('shows revenue per day in rupees, refunds beside GMV', () => {
    expect(revenueSeries(DAYS)).toEqual([
      { day: '2026-11-29', GMV: 171, Refunds: 57 },
      { day: '2026-11-30', GMV: 0, Refunds: 0 },
    ]);
  });

  it('sums each category over the days, biggest first, without empty ones', () => {
    expect(byCategory(DAYS)).toEqual([
      { category: 'dairy', Requests: 2, GMV: 57 },
      { category: 'grocery', Requests: 2, GMV: 114 },
    ]);
  });

  it('lays the funnel out in its order', () => {
    expect(funnelSteps(DAYS[0].total).map((s) => [s.step, s.Requests])).toEqual([['Created', 3], ['Quoted', 3], ['Paid', 2], ['Delivered', 2]]);
  });

  it('puts the recent hours before the forecast ones, each in its own series', () => {
    const series = forecastSeries({ category: 'dairy', generatedAt: '2026-11-30T10:00:00Z', method: 'seasonal-naive', historyHours: 2,
      recent: [{ hourStart: '2026-11-30T08:30:00Z', requests: 1.26 }], forecast: [{ hourStart: '2026-11-30T09:30:00Z', requests: 2 }] });
    expect(series).toHaveLength(2);
    expect(series[0]).toMatchObject({ Recent: 1.3 });
    expect(series[0].Forecast).toBeUndefined();
    expect(series[1]).toMatchObject({ Forecast: 2 });
  });

  it('counts days in the business zone and across month ends', () => {
    expect(dayIn(new Date('2026-11-30T19:00:00Z'))).toBe('2026-12-01'); // 00:30 in Kolkata
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
