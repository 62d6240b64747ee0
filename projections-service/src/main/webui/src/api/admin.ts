// The admin pages' reads (projections) and writes (ingest API): shapes as the two READMEs document them.
import type { ConciergeClient } from './client';
import type { Address, Money, RequestStatus } from './types';

export interface Page<T> { items: T[]; nextCursor: string | null }

export interface Category { id: string; name: string }

export interface Agent {
  agentId: string; name: string; email: string; phone?: string | null; skills: string[]; capacity: number;
  zone?: string | null; online: boolean;
}
export interface AgentPerformance {
  openRequests: number; capacity: number; handled: number; medianHandleSeconds: number | null;
  csat: number | null; ratings: number;
}
export interface AgentDetail { agent: Agent; performance: AgentPerformance }
export interface AgentForm { name: string; email: string; phone?: string; skills: string[]; capacity: number; zone?: string }

export interface OpeningHours { day: string; opens: string; closes: string }
export interface Store {
  storeId: string; name: string; phone: string; address: Address; categories: string[];
  openingHours: OpeningHours[]; radiusMeters?: number | null; available: boolean; availabilityReason?: string | null;
}
export interface StorePerformance {
  contacted: number; replied: number; replyRate: number | null; medianReplySeconds: number | null;
  quotesWon: number; delivered: number; fulfilmentRate: number | null;
}
export interface StoreDetail { store: Store; performance: StorePerformance; recentOutreach: { requestId: string }[] }
export interface StoreForm {
  name: string; phone: string; address: Address; categories: string[]; openingHours: OpeningHours[]; radiusMeters?: number;
}
export interface ConversationLine {
  requestId: string; direction: 'SENT' | 'RECEIVED'; at: string; text?: string | null; round?: number | null;
  replyCode?: string | null; available?: boolean | null; price?: Money | null;
}

export const TRANSACTION_TYPES = [
  'PaymentLinkCreated', 'PaymentCaptured', 'PaymentFailed', 'PaymentLinkExpired', 'PaymentLinkCancelled',
  'RefundProcessed', 'RefundFailed', 'PaymentAmountMismatch', 'PaymentCommandRejected', 'LedgerEntryRecorded',
] as const;
export interface Transaction {
  eventId: string; type: string; requestId: string; occurredAt: string; paymentId?: string | null;
  refundId?: string | null; linkId?: string | null; amountMinor?: number | null; currency?: string | null;
  debitAccount?: string | null; creditAccount?: string | null; receiptUrl?: string | null; reason?: string | null;
}

export interface Figures {
  currency: string;
  funnel: { created: number; quoted: number; paid: number; delivered: number; cancelled: number };
  fulfilmentRate: number | null;
  medianSeconds: { toFirstStoreReply: number | null; toFirstQuote: number | null; toPayment: number | null; toDelivery: number | null };
  gmvMinor: number;
  averageOrderValueMinor: number | null;
  refunds: { count: number; amountMinor: number };
  slaBreaches: number;
  csat: { mean: number | null; count: number };
}
export interface Summary { from: string; to: string; zone: string; category: string | null; figures: Figures }
export interface DailyFigures { day: string; total: Figures; byCategory: Record<string, Figures> }
export interface Realtime {
  day: string; zone: string; asOf: string; openByStatus: Partial<Record<RequestStatus, number>>;
  createdToday: number; paidToday: number; gmvTodayMinor: number;
}
export interface DemandForecast {
  category: string; generatedAt: string; method: string; historyHours: number;
  recent: { hourStart: string; requests: number }[]; forecast: { hourStart: string; requests: number }[];
}

/** One request's answer inside POST /v1/requests:bulk. */
export interface BulkItem {
  requestId: string; status: number; eventId?: string | null;
  problem?: { title?: string; detail?: string | null; errors?: { field: string; message: string }[] } | null;
}
export interface BulkResult { accepted: number; rejected: number; items: BulkItem[] }
export type BulkCommand =
  | { command: 'AssignAgent'; params: { agentId: string } }
  | { command: 'CancelRequest'; params: { reason: string } };

function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const id = (value: string) => encodeURIComponent(value);

/** The typed admin calls over the client's generic read/write. */
export class AdminApi {
  constructor(readonly client: ConciergeClient) {}

  categories() { return this.client.read<Category[]>('/v1/categories'); }

  agents(filter: { online?: boolean; q?: string; cursor?: string } = {}) {
    return this.client.read<Page<Agent>>(`/v1/agents${query({ ...filter, limit: 50 })}`);
  }
  agent(agentId: string) { return this.client.read<AgentDetail>(`/v1/agents/${id(agentId)}`); }
  saveAgent(form: AgentForm, key: string, agentId?: string) {
    return agentId ? this.client.write<{ id: string }>(`/v1/agents/${id(agentId)}`, form, key, 'PUT')
      : this.client.write<{ id: string }>('/v1/agents', form, key);
  }
  setAgentOnline(agentId: string, online: boolean, key: string) {
    return this.client.write<void>(`/v1/agents/${id(agentId)}/availability`, { online }, key);
  }

  stores(filter: { category?: string; available?: boolean; q?: string; cursor?: string } = {}) {
    return this.client.read<Page<Store>>(`/v1/stores${query({ ...filter, limit: 50 })}`);
  }
  store(storeId: string) { return this.client.read<StoreDetail>(`/v1/stores/${id(storeId)}`); }
  conversation(storeId: string) {
    return this.client.read<{ storeId: string; messages: ConversationLine[] }>(`/v1/stores/${id(storeId)}/conversation`);
  }
  saveStore(form: StoreForm, key: string, storeId?: string) {
    return storeId ? this.client.write<{ id: string }>(`/v1/stores/${id(storeId)}`, form, key, 'PUT')
      : this.client.write<{ id: string }>('/v1/stores', form, key);
  }
  setStoreAvailable(storeId: string, available: boolean, key: string, reason?: string) {
    return this.client.write<void>(`/v1/stores/${id(storeId)}/availability`, { available, reason }, key);
  }

  transactions(filter: { requestId?: string; type?: string; from?: string; to?: string; cursor?: string } = {}) {
    return this.client.read<Page<Transaction>>(`/v1/transactions${query({ ...filter, limit: 50 })}`);
  }

  summary(from: string, to: string) { return this.client.read<Summary>(`/v1/analytics/summary${query({ from, to })}`); }
  daily(from: string, to: string) { return this.client.read<DailyFigures[]>(`/v1/analytics/daily${query({ from, to })}`); }
  realtime() { return this.client.read<Realtime>('/v1/analytics/realtime'); }
  forecasts() { return this.client.read<DemandForecast[]>('/v1/forecasts'); }
  report(day: string, format: 'csv' | 'pdf') {
    return this.client.download(`/v1/reports/${id(day)}?format=${format}`, format === 'pdf' ? 'application/pdf' : 'text/csv');
  }

  bulk(action: BulkCommand, requestIds: string[], key: string) {
    return this.client.write<BulkResult>('/v1/requests:bulk', { ...action, requestIds }, key);
  }
}
