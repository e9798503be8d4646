/** Hides a citizen ID but its last three digits: 056123456789 → *********789. */
export function maskCitizenId(citizenId: string): string {
  const visible = 3;
  if (citizenId.length <= visible) return citizenId;
  return '*'.repeat(citizenId.length - visible) + citizenId.slice(-visible);
}

/** Accepts only an in-app path as a post-sign-in target (no other origin, no protocol-relative URL). */
export function safeRedirect(target: string | null, fallback: string): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  return target;
}
