// Every call of the console goes to the gateway on the same origin: the session cookie authenticates it (the gateway
// relays the access token), and every unsafe call carries the CSRF token from the XSRF-TOKEN cookie.
import { NETWORK_PROBLEM, translateProblem, type Problem, type ShownProblem } from './problems';

export class ApiError extends Error {
  constructor(readonly shown: ShownProblem, readonly problem?: Problem, readonly location?: string | null) {
    super(shown.summary);
  }
  get status(): number {
    return this.shown.status;
  }
}

export interface Answer<T> { data: T; etag: string | null; status: number; location: string | null }

/** Fired when the gateway says the sign-in is gone: the page offers to sign in again, keeping what was typed. */
export const SESSION_EXPIRED = 'ldld:session-expired';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function csrfToken(): string | null {
  const match = document.cookie.split('; ').find((cookie) => cookie.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.slice('XSRF-TOKEN='.length)) : null;
}

interface Options { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal }

export async function request<T>(method: string, path: string, options: Options = {}, retried = false): Promise<Answer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE.has(method)) {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin', signal: options.signal,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(NETWORK_PROBLEM);
  }
  const etag = response.headers.get('ETag');
  const location = response.headers.get('Location');
  if (response.ok) {
    const text = await response.text();
    return { data: (text ? JSON.parse(text) : undefined) as T, etag, status: response.status, location };
  }
  const problem = await readProblem(response);
  if (response.status === 403 && !retried && UNSAFE.has(method) && /CSRF token/.test(problem.detail ?? '')) {
    // no token cookie yet (or a stale one): /session writes it, then try once more
    await fetch('/session', { credentials: 'same-origin' });
    return request<T>(method, path, options, true);
  }
  if (response.status === 401) {
    window.dispatchEvent(new CustomEvent(SESSION_EXPIRED));
  }
  throw new ApiError(translateProblem(problem), problem, location);
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body = await response.json();
    return { ...body, status: response.status };
  } catch {
    return { status: response.status };
  }
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, { signal }).then((answer) => answer.data),
  getWithTag: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', path, { body, headers }),
  put: <T>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('PUT', path, { body, headers }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** Query string from the defined values only. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}
