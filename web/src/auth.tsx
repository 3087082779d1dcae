import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, api, onSessionEnded, setCsrfToken } from "./api.ts";
import type { Me, User } from "./api-types.ts";

export type { Role, User } from "./api-types.ts";

interface AuthState {
  readonly user: User | null | undefined; // undefined while we ask the server
  /** The session ended while the user worked (the API answered 401): the login page says so. */
  readonly expired: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

export function AuthProvider({ children }: { readonly children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);

  const accept = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setExpired(false);
    setUser(me.user);
  }, []);

  useEffect(() => {
    api.GET("/api/me").then(accept, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setUser(null);
      else throw error;
    });
  }, [accept]);

  useEffect(() => {
    onSessionEnded(() => {
      setCsrfToken(undefined);
      setExpired(true);
      setUser(null);
    });
    return () => onSessionEnded(undefined);
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      user,
      expired,
      login: async (username, password) =>
        accept(await api.POST("/api/login", { body: { username, password } })),
      logout: async () => {
        await api.POST("/api/logout");
        setCsrfToken(undefined);
        setExpired(false);
        setUser(null);
      },
    }),
    [user, expired, accept],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (state === undefined) throw new Error("useAuth outside AuthProvider");
  return state;
}
