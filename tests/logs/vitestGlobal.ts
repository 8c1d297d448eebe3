/** Vitest's global setup: an empty log folder for the run, searched for personnummer at the end. */
import { failOnIdentityNumbers, resetLogDir } from './scan';
import { VITEST_LOG_DIR } from './dirs';

export function setup(): () => void {
  resetLogDir(VITEST_LOG_DIR);
  return () => {
    try {
      failOnIdentityNumbers(VITEST_LOG_DIR);
    } catch (error) {
      // Vitest reports an error thrown here but still exits 0: set the code ourselves.
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    }
  };
}
