import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, SESSION_EXPIRED, request } from '../api/http';
import type { Role, SignedIn } from '../api/types';

const RETURN_TO = 'ldld.returnTo';

interface Session {
  user: SignedIn | null;
  loading: boolean;
  /** The gateway said the sign-in is gone while the page was open. */
  expired: boolean;
  signIn: () => void;
  signOut: () => Promise<void>;
  has: (...roles: Role[]) => boolean;
}

const SessionContext = createContext<Session | null>(null);

/** Sends the browser to sign in through the gateway, remembering the page to come back to. */
export function signIn(): void {
  sessionStorage.setItem(RETURN_TO, window.location.pathname + window.location.search);
  window.location.assign('/oauth2/authorization/campaign-web');
}

/** The page the browser was on before signing in (a path of this site only), until {@link forgetReturnTo}. */
export function returnTo(): string | null {
  const path = sessionStorage.getItem(RETURN_TO);
  return path && path.startsWith('/') && !path.startsWith('//') ? path : null;
}

/** Back on a page after signing in: the next visit to the start page goes to the user's own first page. */
export function forgetReturnTo(): void {
  sessionStorage.removeItem(RETURN_TO);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [expired, setExpired] = useState(false);
  const { data, isLoading } = useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        return (await request<SignedIn>('GET', '/session')).data;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
    retry: 1,
  });
  useEffect(() => {
    const onExpired = () => setExpired(true);
    window.addEventListener(SESSION_EXPIRED, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED, onExpired);
  }, []);
  const signOut = useCallback(async () => {
    const answer = await request<{ redirectUrl: string }>('POST', '/logout');
    client.clear();
    window.location.assign(answer.data?.redirectUrl ?? '/');
  }, [client]);
  const user = data ?? null;
  const has = useCallback((...roles: Role[]) => !!user && roles.some((role) => user.roles.includes(role)), [user]);
  return (
    <SessionContext.Provider value={{ user, loading: isLoading, expired: expired && !!user, signIn, signOut, has }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
