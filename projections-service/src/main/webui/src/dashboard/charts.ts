import type { DailyFigures, DemandForecast, Figures } from '../api/admin';

/** The analytics' business zone (ANALYTICS_ZONE's default): its days are the API's days. */
export const BUSINESS_ZONE = 'Asia/Kolkata';

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function dayIn(instant: Date, zone = BUSINESS_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** A day plus (or minus) whole days, calendar arithmetic on the date alone. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const rupees = (minor: number) => Math.round(minor) / 100;

/** Revenue per day for the chart: GMV and refunds in rupees (the API counts paise). */
export function revenueSeries(daily: DailyFigures[]): { day: string; GMV: number; Refunds: number }[] {
  return daily.map((d) => ({ day: d.day, GMV: rupees(d.total.gmvMinor), Refunds: rupees(d.total.refunds.amountMinor) }));
}

/** Requests per day through the funnel's steps. */
export function funnelByDay(daily: DailyFigures[]): { day: string; Created: number; Paid: number; Delivered: number }[] {
  return daily.map((d) => ({ day: d.day, Created: d.total.funnel.created, Paid: d.total.funnel.paid, Delivered: d.total.funnel.delivered }));
}

/** The funnel of a period as bars, created → quoted → paid → delivered. */
export function funnelSteps(figures: Figures): { step: string; Requests: number }[] {
  const f = figures.funnel;
  return [
    { step: 'Created', Requests: f.created }, { step: 'Quoted', Requests: f.quoted },
    { step: 'Paid', Requests: f.paid }, { step: 'Delivered', Requests: f.delivered },
  ];
}

/**
 * Each category's requests and GMV summed over the days, biggest first; categories with no request in
 * the period are left out (the API lists only categories that had one on a day).
 */
export function byCategory(daily: DailyFigures[]): { category: string; Requests: number; GMV: number }[] {
  const totals = new Map<string, { requests: number; gmvMinor: number }>();
  for (const day of daily) {
    for (const [category, figures] of Object.entries(day.byCategory)) {
      const t = totals.get(category) ?? { requests: 0, gmvMinor: 0 };
      t.requests += figures.funnel.created;
      t.gmvMinor += figures.gmvMinor;
      totals.set(category, t);
    }
  }
  return [...totals.entries()].filter(([, t]) => t.requests > 0)
    .map(([category, t]) => ({ category, Requests: t.requests, GMV: rupees(t.gmvMinor) }))
    .sort((a, b) => b.Requests - a.Requests || a.category.localeCompare(b.category));
}

/** One category's recent hours and forecast hours as one series, the forecast in its own key so it draws apart. */
export function forecastSeries(forecast: DemandForecast, zone = BUSINESS_ZONE):
  { hour: string; Recent?: number; Forecast?: number }[] {
  const label = (iso: string) => new Intl.DateTimeFormat('en-IN', { timeZone: zone, day: '2-digit', hour: '2-digit', hour12: false }).format(new Date(iso));
  const round = (n: number) => Math.round(n * 10) / 10;
  return [
    ...forecast.recent.slice(-24).map((h) => ({ hour: label(h.hourStart), Recent: round(h.requests) })),
    ...forecast.forecast.map((h) => ({ hour: label(h.hourStart), Forecast: round(h.requests) })),
  ];
}
