/** An RFC 7807 problem answered by either service, with its field-level errors. */
export interface FieldError { field: string; message: string }

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldError[],
  ) {
    super(detail ?? title);
    this.name = 'ApiProblem';
  }

  /** The message for one form field, when the server named it. */
  forField(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }
}

/** Reads a failed answer: problem+json when the server sent one, else the status line. */
export async function problemFrom(response: Response): Promise<ApiProblem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = await response.json();
      return new ApiProblem(response.status, body.title ?? response.statusText, body.detail,
        Array.isArray(body.errors) ? body.errors : []);
    } catch {
      // fall through: a body that says it is JSON but is not still gets an answer below
    }
  }
  return new ApiProblem(response.status, response.statusText || `HTTP ${response.status}`, undefined, []);
}
