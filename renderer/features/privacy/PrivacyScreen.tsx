/**
 * Dataskydd: registerutdrag for anyone who works in the registers; the
 * report of visade personnummer and gallring for administratörer.
 */
import { useProcedure } from '../../api/hooks';
import { IdentityReadsSection } from './IdentityReadsSection';
import { RegisterExtractSection } from './RegisterExtractSection';
import { RetentionSection } from './RetentionSection';

export function PrivacyScreen() {
  const role = useProcedure('users.me', {}).data?.role;
  return (
    <div className="screen privacy">
      <header className="list-toolbar">
        <h1>Dataskydd</h1>
      </header>
      {role === 'lasbehorig' ? (
        <div className="banner info">
          Din roll är läsbehörig: registerutdrag och gallring görs av handläggare och administratörer.
        </div>
      ) : null}
      {role && role !== 'lasbehorig' ? <RegisterExtractSection /> : null}
      {role === 'administrator' ? <IdentityReadsSection /> : null}
      {role === 'administrator' ? <RetentionSection /> : null}
    </div>
  );
}
