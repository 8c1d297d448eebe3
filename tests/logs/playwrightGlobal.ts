/** Playwright's global setup: an empty log folder for the hosts of the run, searched for personnummer at the end. */
import { failOnIdentityNumbers, resetLogDir } from './scan';
import { E2E_LOG_DIR } from './dirs';

export default function globalSetup(): () => void {
  resetLogDir(E2E_LOG_DIR);
  return () => failOnIdentityNumbers(E2E_LOG_DIR);
}
