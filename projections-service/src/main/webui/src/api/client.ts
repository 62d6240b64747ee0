import { ingestApiBase } from './endpoints';
import { Http } from './http';
import { Auth, browserSessionStore } from './session';
import type {
  Accepted, Address, CustomerProfile, Money, NotificationPreferences, RequestDetail, RequestList, RequestStatus,
  SessionAnswer, Transaction,
} from './types';

export interface ListQuery {
  status?: RequestStatus[];
  agentId?: string;
  category?: string;
  storeId?: string;
  /** RFC 3339, inclusive / exclusive */
  createdFrom?: string;
  createdTo?: string;
  sla?: 'ok' | 'due-soon' | 'breached';
  q?: string;
  limit?: number;
  cursor?: string;
}

export interface NewRequest {
  text?: string;
  mediaIds: string[];
  deliveryAddress?: Address;
  categoryHint?: string;
}

/** Every command of POST /v1/requests/{id}/commands/{name} with its body. */
export interface Commands {
  AcceptQuote: { quoteId: string };
  CancelRequest: { reason: string };
  AssignAgent: { agentId: string };
  RecordStoreQuote: { storeId: string; available: boolean; price?: Money; note?: string };
  SendQuote: { storeId: string; itemPrice: Money; deliveryFee: Money; description?: string; expiresAt?: string };
  UpdateFulfilment: { stage: string; riderName?: string; riderPhone?: string; eta?: string; note?: string };
  RequestRefund: { amount?: Money; reason: string };
  RateRequest: { rating: number; comment?: string };
  ResendPaymentLink: Record<string, never>;
}

/** The typed calls a front end makes: writes and sign-in to the ingest API, reads to projections. */
export class ConciergeClient {
  readonly auth: Auth;
  private readonly http: Http;
  private readonly anonymous: Http;

  constructor(sessionKey: string, readonly ingest: string = ingestApiBase(), readonly projections = '') {
    this.anonymous = new Http(null);
    this.auth = new Auth(browserSessionStore(sessionKey),
      (refreshToken) => this.anonymous.post<SessionAnswer>(`${this.ingest}/v1/auth/refresh`, { refreshToken }),
      `${sessionKey}.refresh`);
    this.http = new Http(this.auth);
  }

  // --- sign-in ---
  requestOtp(phone: string) {
    return this.anonymous.post<{ phone: string; expiresIn: number; resendAfter: number }>(
      `${this.ingest}/v1/auth/otp`, { phone });
  }

  async verifyOtp(phone: string, code: string) {
    return this.auth.signIn(await this.anonymous.post<SessionAnswer>(`${this.ingest}/v1/auth/verify`, { phone, code }));
  }

  async login(email: string, password: string) {
    return this.auth.signIn(await this.anonymous.post<SessionAnswer>(`${this.ingest}/v1/auth/login`, { email, password }));
  }

  async logout() {
    const session = this.auth.current();
    try {
      if (session) await this.http.post<void>(`${this.ingest}/v1/auth/logout`, { refreshToken: session.refreshToken });
    } finally {
      this.auth.signOut();
    }
  }

  // --- writes (ingest API) ---
  async uploadMedia(file: Blob, name = 'photo'): Promise<{ mediaId: string; contentType: string; size: number }> {
    const form = new FormData();
    form.append('file', file, name);
    return this.http.json(`${this.ingest}/v1/media`, { method: 'POST', body: form });
  }

  createRequest(request: NewRequest, idempotencyKey: string) {
    return this.http.post<Accepted & { requestId: string }>(`${this.ingest}/v1/requests`, request, idempotencyKey);
  }

  postMessage(requestId: string, text: string, mediaIds: string[] = [], idempotencyKey?: string) {
    return this.http.post<Accepted>(`${this.ingest}/v1/requests/${encodeURIComponent(requestId)}/messages`,
      { text, mediaIds }, idempotencyKey);
  }

  command<N extends keyof Commands>(requestId: string, name: N, body: Commands[N], idempotencyKey?: string) {
    return this.http.post<Accepted>(
      `${this.ingest}/v1/requests/${encodeURIComponent(requestId)}/commands/${name}`, body, idempotencyKey);
  }

  /** A read receipt: the caller's side has read this message and every earlier one of the other side. */
  markRead(requestId: string, upToMessageId: string) {
    // one key per message: a repeat (another tab, a retry) is answered with the first receipt
    return this.http.post<Accepted>(`${this.ingest}/v1/requests/${encodeURIComponent(requestId)}/read`,
      { upToMessageId }, `read-${upToMessageId}`);
  }

  typing(requestId: string) {
    return this.http.post<void>(`${this.ingest}/v1/requests/${encodeURIComponent(requestId)}/typing`, {});
  }

  // --- the customer's own profile (ingest API writes, projections reads) ---
  updateProfile(profile: { name?: string; email?: string }) {
    return this.http.put<Accepted>(`${this.ingest}/v1/customers/me/profile`, profile);
  }

  saveAddress(saved: { addressId?: string; label: string; address: Address; makeDefault?: boolean }, idempotencyKey: string) {
    return this.http.post<Accepted>(`${this.ingest}/v1/customers/me/addresses`, saved, idempotencyKey);
  }

  updateNotificationPreferences(preferences: NotificationPreferences) {
    return this.http.put<Accepted>(`${this.ingest}/v1/customers/me/notification-preferences`, preferences);
  }

  /**
   * An uploaded image's bytes (the API needs the token, so an <img src> cannot fetch it). Lists and chat
   * bubbles take the 320 px `thumb`, an opened photo the 1280 px `screen`; the API serves the original
   * until a variant is made.
   */
  async media(mediaId: string, variant: 'thumb' | 'screen' | 'original' = 'thumb'): Promise<Blob> {
    const query = variant === 'original' ? '' : `?variant=${variant}`;
    return (await this.http.send(`${this.ingest}/v1/media/${encodeURIComponent(mediaId)}${query}`)).blob();
  }

  // --- reads (projections) ---
  listRequests(query: ListQuery = {}) {
    const params = new URLSearchParams();
    query.status?.forEach((s) => params.append('status', s));
    for (const key of ['agentId', 'category', 'storeId', 'createdFrom', 'createdTo', 'sla', 'q', 'cursor'] as const) {
      const value = query[key];
      if (value) params.set(key, value);
    }
    if (query.limit) params.set('limit', String(query.limit));
    const suffix = params.toString() ? `?${params}` : '';
    return this.http.json<RequestList>(`${this.projections}/v1/requests${suffix}`);
  }

  request(requestId: string) {
    return this.http.json<RequestDetail>(`${this.projections}/v1/requests/${encodeURIComponent(requestId)}`);
  }

  /** GET a projections path (e.g. `/v1/agents?online=true`) as JSON; for the typed calls in api/admin.ts. */
  read<T>(path: string) {
    return this.http.json<T>(`${this.projections}${path}`);
  }

  /** A file from projections (e.g. a daily report) as a Blob: it needs the token, so a plain link cannot fetch it. */
  async download(path: string, accept: string): Promise<Blob> {
    return (await this.http.send(`${this.projections}${path}`, { headers: { Accept: accept } })).blob();
  }

  /** A JSON write to an ingest API path (POST or PUT), with an Idempotency-Key; for api/admin.ts. */
  write<T>(path: string, body: unknown, idempotencyKey: string, method: 'POST' | 'PUT' = 'POST') {
    return this.http.json<T>(`${this.ingest}${path}`, {
      method, body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    });
  }

  /** The signed-in customer's profile (404 until the read model has it, and for staff). */
  me() {
    return this.http.json<CustomerProfile>(`${this.projections}/v1/customers/me`);
  }

  /** Payment facts; a customer sees only their own requests'. */
  transactions(query: { requestId?: string; type?: string; limit?: number } = {}) {
    const params = new URLSearchParams();
    if (query.requestId) params.set('requestId', query.requestId);
    if (query.type) params.set('type', query.type);
    if (query.limit) params.set('limit', String(query.limit));
    return this.http.json<{ items: Transaction[]; nextCursor: string | null }>(
      `${this.projections}/v1/transactions${params.toString() ? `?${params}` : ''}`);
  }

  streamUrl() {
    return `${this.projections}/v1/stream`;
  }
}

/** A fresh Idempotency-Key for one user action (a retried click of the same action reuses it). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
