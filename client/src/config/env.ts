/**
 * Runtime configuration read from Vite's import.meta.env.
 * The API is served on the same origin as the SPA, so the base URL defaults to ''.
 */
export const env = {
  API_URL: import.meta.env.VITE_API_URL ?? '',
} as const;
