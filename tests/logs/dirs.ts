/** Where each test runner's processes log (kept under test-results/, which git ignores). */
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const VITEST_LOG_DIR = path.join(ROOT, 'test-results', 'logs', 'vitest');
export const E2E_LOG_DIR = path.join(ROOT, 'test-results', 'logs', 'e2e');
