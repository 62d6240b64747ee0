import type { Money, RequestStatus } from '../api/types';

/** ₹57.00 for {amountMinor: 5700, currency: 'INR'}. */
export function formatMoney(money: Money | null | undefined): string {
  if (!money) return '—';
  return new Intl.NumberFormat('en-IN', { style: 'currency', currency: money.currency })
    .format(money.amountMinor / 100);
}

/** Rupees typed by a person (e.g. "32" or "32.50") as paise, or null when it is not an amount. */
export function parseRupees(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(trimmed)) return null;
  const [whole, fraction = ''] = trimmed.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

const LABELS: Record<RequestStatus, string> = {
  NEW: 'New',
  ENRICHING: 'Analysing',
  NEEDS_INFO: 'Needs info',
  SOURCING: 'Sourcing',
  QUOTED: 'Quoted',
  AWAITING_PAYMENT: 'Awaiting payment',
  PAID: 'Paid',
  FULFILLING: 'On the way',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
  REFUND_PENDING: 'Refund pending',
  REFUNDED: 'Refunded',
  UNAVAILABLE: 'Unavailable',
};

export function statusLabel(status: RequestStatus): string {
  return LABELS[status] ?? status;
}

/** Colours chosen for contrast on Mantine's light badges (all pass WCAG AA with dark text). */
export function statusColor(status: RequestStatus): string {
  switch (status) {
    case 'DELIVERED': return 'green';
    case 'CANCELLED': case 'UNAVAILABLE': case 'REFUNDED': return 'gray';
    case 'NEEDS_INFO': case 'AWAITING_PAYMENT': case 'REFUND_PENDING': return 'orange';
    case 'QUOTED': case 'PAID': case 'FULFILLING': return 'teal';
    default: return 'blue';
  }
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('en-IN', { dateStyle: 'medium', timeStyle: 'short' });
}

/** "4m 05s left" / "12m 30s over" for an SLA deadline. */
export function countdown(dueAt: string, now: number): { text: string; breached: boolean } {
  const ms = new Date(dueAt).getTime() - now;
  const abs = Math.abs(ms);
  const hours = Math.floor(abs / 3_600_000);
  const minutes = Math.floor((abs % 3_600_000) / 60_000);
  const seconds = Math.floor((abs % 60_000) / 1000);
  const body = hours > 0 ? `${hours}h ${String(minutes).padStart(2, '0')}m`
    : `${minutes}m ${String(seconds).padStart(2, '0')}s`;
  return { text: ms >= 0 ? `${body} left` : `${body} over`, breached: ms < 0 };
}
