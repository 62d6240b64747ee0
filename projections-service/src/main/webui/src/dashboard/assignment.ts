import type { Agent } from '../api/admin';
import type { RequestStatus, Session } from '../api/types';

/** States a request can still be (re)assigned in: the processor takes AssignAgent in any open state. */
const CLOSED: RequestStatus[] = ['DELIVERED', 'CANCELLED', 'REFUNDED', 'UNAVAILABLE'];

/**
 * What the detail page offers for assigning a request by hand: an admin picks any online agent; an agent
 * may take a request nobody has (the ingest API lets agents assign anyone, but handing work to a colleague
 * is an admin's call); nothing once the request is closed.
 */
export type AssignOffer = { kind: 'pick' } | { kind: 'take'; agentId: string } | { kind: 'none' };

export function assignOffer(session: Pick<Session, 'role' | 'subject'>, status: RequestStatus,
  assignedTo: string | null | undefined): AssignOffer {
  if (CLOSED.includes(status)) return { kind: 'none' };
  if (session.role === 'admin') return { kind: 'pick' };
  if (session.role === 'agent' && !assignedTo) return { kind: 'take', agentId: session.subject };
  return { kind: 'none' };
}

/** The admin's choices: online agents by name, without the one who has the request already. */
export function assignableAgents(online: Agent[], assignedTo: string | null | undefined): Agent[] {
  return online.filter((a) => a.online && a.agentId !== assignedTo).sort((a, b) => a.name.localeCompare(b.name));
}
