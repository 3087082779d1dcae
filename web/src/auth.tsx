import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, api, setCsrfToken } from "./api.ts";
import type { Me, User } from "./api-types.ts";

export type { Role, User } from "./api-types.ts";

interface AuthState {
  readonly user: User | null | undefined; // undefined while we ask the server
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

export function AuthProvider({ children }: { readonly children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  const accept = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setUser(me.user);
  }, []);

  useEffect(() => {
    api.GET("/api/me").then(accept, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setUser(null);
      else throw error;
    });
  }, [accept]);

  const value = useMemo<AuthState>(
    () => ({
      user,
      login: async (username, password) =>
        accept(await api.POST("/api/login", { body: { username, password } })),
      logout: async () => {
        await api.POST("/api/logout");
        setCsrfToken(undefined);
        setUser(null);
      },
    }),
    [user, accept],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (state === undefined) throw new Error("useAuth outside AuthProvider");
  return state;
}
