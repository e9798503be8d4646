/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Absolute API origin; empty or unset means the same origin as the SPA. */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
