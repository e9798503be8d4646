/** Where to land after an external sign-in: kept in this tab while the browser visits the identity provider. */
const TARGET_KEY = 'onestop.externalSignIn.redirectTo';

export function rememberExternalSignInTarget(redirectTo: string): void {
  try {
    window.sessionStorage.setItem(TARGET_KEY, redirectTo);
  } catch {
    // Without storage the sign-in still works; it lands on the profile.
  }
}

/** The remembered target, once: it is forgotten as it is read. */
export function takeExternalSignInTarget(): string | null {
  try {
    const target = window.sessionStorage.getItem(TARGET_KEY);
    window.sessionStorage.removeItem(TARGET_KEY);
    return target;
  } catch {
    return null;
  }
}

/** Leaves the SPA for the identity provider's page (a function of its own, so tests can stand in for the browser). */
export function leaveForProvider(authorizationUrl: string): void {
  window.location.assign(authorizationUrl);
}
