/**
 * Server-Sent Events read with fetch. EventSource cannot send an Authorization header and
 * projections-service's GET /v1/stream authenticates with the bearer token only, so the stream is
 * a fetch whose body is parsed here (the WHATWG event-stream format).
 */
export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

/** Incremental parser: feed it text as it arrives, get the events completed by that text. */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private id: string | undefined;

  push(chunk: string): SseEvent[] {
    this.buffer += chunk;
    const events: SseEvent[] = [];
    // a line ends at CRLF, LF or CR; a CR at the very end may be half of a CRLF still coming
    let match: RegExpExecArray | null;
    const lineEnd = /\r\n|\n|\r(?!$)/g;
    let start = 0;
    while ((match = lineEnd.exec(this.buffer)) !== null) {
      const line = this.buffer.slice(start, match.index);
      start = match.index + match[0].length;
      const completed = this.line(line);
      if (completed) events.push(completed);
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }

  private line(line: string): SseEvent | null {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return null; // a comment, e.g. a keep-alive
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
    return null;
  }

  private dispatch(): SseEvent | null {
    if (this.data.length === 0) {
      this.event = '';
      return null;
    }
    const event: SseEvent = { event: this.event || 'message', data: this.data.join('\n'), id: this.id };
    this.data = [];
    this.event = '';
    return event;
  }
}
