import { useSyncExternalStore } from 'react';

import { tokenStore } from '@/lib/auth/token-store';

export type Session = {
  /** True while there is a refresh token, i.e. the session can be used or renewed. */
  isSignedIn: boolean;
};

const getIsSignedIn = () => tokenStore.getSnapshot().refreshToken !== null;

export function useSession(): Session {
  const isSignedIn = useSyncExternalStore(tokenStore.subscribe, getIsSignedIn, getIsSignedIn);
  return { isSignedIn };
}
