// typescript-eslint, loaded from this workspace so that it finds the
// TypeScript 5 installed here rather than the project's TypeScript 7 (see
// package.json and eslint.config.js).
export { default as tseslint } from 'typescript-eslint';
