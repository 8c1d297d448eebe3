// Stylesheets are imported for their side effect; Vite bundles them.
declare module '*.css';

interface ImportMetaEnv {
  readonly DEV: boolean;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
