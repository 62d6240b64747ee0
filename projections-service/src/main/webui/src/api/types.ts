// The shapes the ingest API and projections-service answer with (see their READMEs). Field names
// follow the JSON exactly; times are RFC 3339 strings.

export type RequestStatus =
  | 'NEW' | 'ENRICHING' | 'NEEDS_INFO' | 'SOURCING' | 'QUOTED' | 'AWAITING_PAYMENT' | 'PAID'
  | 'FULFILLING' | 'DELIVERED' | 'CANCELLED' | 'REFUND_PENDING' | 'REFUNDED' | 'UNAVAILABLE';

export const REQUEST_STATUSES: RequestStatus[] = [
  'NEW', 'ENRICHING', 'NEEDS_INFO', 'SOURCING', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'FULFILLING',
  'DELIVERED', 'CANCELLED', 'REFUND_PENDING', 'REFUNDED', 'UNAVAILABLE',
];

export interface Money { amountMinor: number; currency: string }
export interface GeoPoint { lat: number; lon: number }
export interface Address {
  line1: string;
  line2?: string | null;
  locality?: string | null;
  city: string;
  pincode: string;
  location?: GeoPoint | null;
}

export interface Quote {
  quoteId: string;
  storeId: string;
  itemPrice: Money;
  deliveryFee: Money;
  total: Money;
  expiresAt?: string | null;
  accepted: boolean;
}

export interface RunningDeadline { kind: string; sla?: string | null; dueAt: string }

export interface RequestSnapshot {
  requestId: string;
  version: number;
  status: RequestStatus;
  customerId: string;
  text?: string | null;
  mediaIds: string[];
  deliveryAddress: Address;
  categoryHint?: string | null;
  agentId?: string | null;
  enrichment?: { category: string; summary?: string | null; specs: Record<string, string>; priceHint?: Money | null } | null;
  openQuestions: string[];
  outreach: { storeId: string; replyCode: string; round: number; contactedAt: string }[];
  storeQuotes: { storeId: string; available: boolean; price?: Money | null; rawText?: string | null; receivedAt: string }[];
  quote?: Quote | null;
  paymentLink?: { linkId: string; url: string; amount: Money; expiresAt?: string | null } | null;
  payment?: { paymentId: string; amount: Money; capturedAt: string; refundId?: string | null } | null;
  fulfilment?: { stage: string; riderName?: string | null; riderPhone?: string | null; eta?: string | null; updatedAt: string } | null;
  rating?: { stars: number; comment?: string | null } | null;
  flags: string[];
  transitions: { status: RequestStatus; at: string }[];
  createdAt: string;
  updatedAt: string;
  deadlines?: RunningDeadline[];
}

export interface ChatMessage {
  eventId: string;
  messageId: string;
  requestId?: string;
  author: 'CUSTOMER' | 'AGENT' | 'STORE' | 'BOT';
  authorId?: string | null;
  channel?: string | null;
  text?: string | null;
  attachments: { mediaId?: string | null; url?: string | null; contentType?: string | null }[];
  postedAt: string;
  /** when the customer / staff first read this message (a read receipt covering it), else null */
  readByCustomerAt?: string | null;
  readByStaffAt?: string | null;
}

/** The data of a `read` change on the stream: one side read up to a message. */
export interface ReadSignal {
  reader: 'CUSTOMER' | 'AGENT';
  upToMessageId: string;
  readAt: string;
}

export interface TimelineEntry {
  eventId: string;
  type: string;
  time: string;
  actorId?: string | null;
  actorRole?: string | null;
  data: Record<string, unknown>;
}

export interface RequestList {
  items: RequestSnapshot[];
  nextCursor: string | null;
  counts: Partial<Record<RequestStatus, number>>;
}

export interface RequestDetail {
  request: RequestSnapshot;
  timeline: TimelineEntry[];
  messages: ChatMessage[];
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** epoch milliseconds when the access token expires */
  expiresAt: number;
  subject: string;
  role: string;
}

/** What POST /v1/auth/verify, /login and /refresh answer. */
export interface SessionAnswer {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  refreshToken: string;
  subject: string;
  role: string;
}

export interface Accepted { eventId?: string; requestId?: string }

export type NotificationChannel = 'WHATSAPP' | 'SMS' | 'EMAIL' | 'PUSH' | 'IN_APP';

export interface QuietHours { start: string; end: string; timeZone: string }

export interface NotificationPreferences {
  channels: NotificationChannel[];
  marketingOptIn: boolean;
  language?: string | null;
  quietHours?: QuietHours | null;
}

export interface SavedAddress { addressId: string; label: string; address: Address; defaultAddress: boolean }

/** GET /v1/customers/me: the signed-in customer's own profile, decrypted. */
export interface CustomerProfile {
  customerId: string;
  erased: boolean;
  phone?: string | null;
  name?: string | null;
  email?: string | null;
  addresses: SavedAddress[];
  preferences?: NotificationPreferences | null;
  requestCount?: number;
}

/** One fact of payments.events as GET /v1/transactions lists it (only the fields the pages read). */
export interface Transaction {
  eventId: string;
  type: string;
  requestId: string;
  occurredAt: string;
  paymentId?: string | null;
  amountMinor?: number | null;
  currency?: string | null;
  receiptUrl?: string | null;
}

/** A typing signal relayed on the stream: who (the token's subject and role) typed on which request. */
export interface TypingSignal { requestId: string; userId: string; role: string; at: string }
