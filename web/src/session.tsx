// The signed-in person, restored from the session cookie on load. Permissions are computed
// with the server's own policy module so the interface hides what the server would refuse;
// the server still decides on every request.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { can, canSomewhere, type Action, type Principal, type Target } from '../../src/policy/policy.ts';
import { api, ApiError, setCsrfToken, whenUnauthenticated, type LoginInput, type Me } from './api.ts';

export interface Session {
  me: Me;
  principal: Principal;
  can(action: Action, target?: Target): boolean;
  canSomewhere(action: Action): boolean;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

/** Why the sign-in page shows: the session ended under our feet (expired, or closed elsewhere). */
export type SignedOutReason = 'ended';

type State =
  | { status: 'loading' }
  | { status: 'signedOut'; reason?: SignedOutReason }
  | { status: 'error'; error: Error }
  | { status: 'signedIn'; me: Me };

interface SessionValue {
  state: State;
  signIn(input: LoginInput): Promise<void>;
  session: Session | null;
  retry(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

function principalOf(me: Me): Principal {
  return {
    personId: me.id,
    email: me.email,
    name: me.name,
    via: me.via,
    grants: me.roles.map((r) => ({ role: r.role, scopeType: r.scopeType, scopeId: r.scopeId })),
  };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = useCallback(async () => {
    try {
      const me = await api.me();
      setCsrfToken(me.csrfToken);
      setState({ status: 'signedIn', me });
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) setState({ status: 'signedOut' });
      else setState({ status: 'error', error: err as Error });
    }
  }, []);

  useEffect(() => {
    whenUnauthenticated(() => {
      setCsrfToken(null);
      setState((s) => (s.status === 'signedIn' ? { status: 'signedOut', reason: 'ended' } : s));
    });
    void load();
  }, [load]);

  const value = useMemo<SessionValue>(() => {
    const session: Session | null =
      state.status === 'signedIn'
        ? (() => {
            const principal = principalOf(state.me);
            return {
              me: state.me,
              principal,
              can: (action, target) => can(principal, action, target),
              canSomewhere: (action) => canSomewhere(principal, action),
              refresh: load,
              signOut: async () => {
                try {
                  await api.logout();
                } finally {
                  setCsrfToken(null);
                  setState({ status: 'signedOut' });
                }
              },
            };
          })()
        : null;
    return {
      state,
      session,
      signIn: async (input) => {
        const { csrfToken } = await api.login(input);
        setCsrfToken(csrfToken);
        await load();
      },
      retry: () => {
        setState({ status: 'loading' });
        void load();
      },
    };
  }, [state, load]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSessionState outside SessionProvider');
  return v;
}

/** The session of a signed-in page; pages only render once someone is signed in. */
export function useSession(): Session {
  const s = useSessionState().session;
  if (!s) throw new Error('useSession on a page shown without a session');
  return s;
}
