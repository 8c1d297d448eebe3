// Stylesheets are imported for their side effect; Vite bundles them.
declare module '*.css';

interface ImportMetaEnv {
  readonly DEV: boolean;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
  /** Vite: the files matching a pattern, read at build time. */
  glob<T>(pattern: string, options: { query: '?raw'; import: 'default'; eager: true }): Record<string, T>;
}
