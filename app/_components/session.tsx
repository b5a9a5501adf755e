'use client';
/** The signed-in user, for headers (name, sign out) and for what the UI offers (admin pages). */
import { createContext, useContext, type ReactNode } from 'react';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: string;
}

const SessionContext = createContext<SessionUser | null>(null);

export function SessionProvider({ user, children }: { user: SessionUser; children: ReactNode }) {
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

/** Null outside the signed-in pages (a shared link's viewer has no account). */
export function useSessionUser(): SessionUser | null {
  return useContext(SessionContext);
}
