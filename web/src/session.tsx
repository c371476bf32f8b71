import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { accessOf, type Access } from './access.ts';
import { ApiError, setUnauthenticatedHandler } from './api/client.ts';
import { authApi } from './api/endpoints.ts';
import type { User } from './api/types.ts';

interface SessionState {
  /** undefined while the session probe (GET /auth/me) is in flight; null when nobody is logged in. */
  user: User | null | undefined;
  login(username: string, password: string): Promise<User>;
  logout(): Promise<void>;
  /** The user as the server answered after a change (a new password). */
  replaceUser(user: User): void;
}

const SessionContext = createContext<SessionState | null>(null);

/** Who is logged in. Lives inside the router so a 401 from any call can route to /login. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    let cancelled = false;
    // Opened with no connection (the app shell from the service worker, issue 19): the login page
    // for now, and the probe again when the connection returns — the session may well be alive.
    let unreachable = false;
    const probe = () =>
      authApi.me().then(
        (res) => {
          unreachable = false;
          if (!cancelled) setUser(res.user);
        },
        (err: unknown) => {
          if (cancelled) return;
          unreachable = !(err instanceof ApiError && err.status < 500);
          if (!(err instanceof ApiError && err.status === 401)) console.warn('session probe failed', err);
          setUser(null);
        },
      );
    void probe();
    const online = () => {
      if (unreachable) void probe();
    };
    window.addEventListener('online', online);
    return () => {
      cancelled = true;
      window.removeEventListener('online', online);
    };
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setUser(null);
      if (location.pathname !== '/login') navigate('/login', { replace: true, state: { from: location.pathname } });
    });
  }, [navigate, location]);

  const login = useCallback(async (username: string, password: string) => {
    const res = await authApi.login(username, password);
    setUser(res.user);
    return res.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setUser(null);
      navigate('/login', { replace: true });
    }
  }, [navigate]);

  const value = useMemo(() => ({ user, login, logout, replaceUser: setUser }), [user, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session as the login page and the route guards see it: maybe nobody yet. */
export function useSessionState(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionState outside <SessionProvider>');
  return value;
}

/** The logged-in user and what they may do — for pages behind <RequireLogin>. */
export function useSession(): { user: User; access: Access; logout(): Promise<void> } {
  const { user, logout } = useSessionState();
  if (!user) throw new Error('useSession outside <RequireLogin>');
  return { user, access: accessOf(user), logout };
}
