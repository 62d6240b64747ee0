import type { BulkItem, BulkResult } from '../api/admin';

export interface BulkLine { requestId: string; accepted: boolean; reason: string | null }
export interface BulkSummary { headline: string; lines: BulkLine[]; allAccepted: boolean }

/** Why one request was refused: the field errors the server named, else its detail, else its title or status. */
export function reasonOf(item: BulkItem): string | null {
  if (item.status >= 200 && item.status < 300) return null;
  const problem = item.problem;
  const fields = problem?.errors?.map((e) => `${e.field}: ${e.message}`) ?? [];
  if (fields.length > 0) return fields.join('; ');
  return problem?.detail || problem?.title || `HTTP ${item.status}`;
}

/**
 * A bulk answer as a person reads it: one headline and a line per request, refused ones first (those
 * are what needs attention), each in the order they were sent.
 */
export function summarizeBulk(result: BulkResult, verb: string): BulkSummary {
  const lines = result.items.map((item) => ({ requestId: item.requestId, accepted: item.status >= 200 && item.status < 300, reason: reasonOf(item) }));
  const refused = lines.filter((l) => !l.accepted);
  const accepted = lines.filter((l) => l.accepted);
  const headline = refused.length === 0
    ? `${verb}: all ${accepted.length} accepted`
    : `${verb}: ${accepted.length} accepted, ${refused.length} rejected`;
  return { headline, lines: [...refused, ...accepted], allAccepted: refused.length === 0 };
}
