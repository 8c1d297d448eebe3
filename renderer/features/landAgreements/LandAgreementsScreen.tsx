/**
 * Markanvisningar: developers' 10 % commitments from land allocations, as a
 * grid with a form beside it, and the steering group's follow-up.
 */
import { RegisterScreen } from '../../components/RegisterScreen';
import { navigate, useRoute } from '../../router';
import { landAgreementColumns } from './landAgreementColumns';
import { LandAgreementForm } from './LandAgreementForm';
import { LandAgreementSummaryView } from './LandAgreementSummaryView';
import { landAgreementsApi, useLandAgreement } from './landAgreementsApi';

const ROUTE = 'markanvisningar';
const SUMMARY = 'uppfoljning';

function Tabs({ summary }: { summary: boolean }) {
  return (
    <div className="tabs" role="tablist" aria-label="Visa">
      <button
        type="button"
        role="tab"
        aria-selected={!summary}
        className={!summary ? 'active' : ''}
        onClick={() => navigate(ROUTE)}
      >
        Avtal
      </button>
      <button
        type="button"
        role="tab"
        aria-selected={summary}
        className={summary ? 'active' : ''}
        onClick={() => navigate(ROUTE, SUMMARY)}
      >
        Uppföljning för styrgruppen
      </button>
    </div>
  );
}

export function LandAgreementsScreen() {
  const [, param] = useRoute();
  if (param === SUMMARY) {
    return (
      <div className="screen">
        <header className="list-toolbar">
          <h1>Markanvisningar</h1>
        </header>
        <Tabs summary />
        <LandAgreementSummaryView />
      </div>
    );
  }
  return (
    <RegisterScreen
      route={ROUTE}
      gridId="landAgreements"
      title="Markanvisningar"
      countNoun={['avtal', 'avtal']}
      searchLabel="Sök markanvisning (projekt, fastighetsbeteckning, byggaktör)"
      newLabel="Ny markanvisning"
      importInto="landAgreements"
      columns={landAgreementColumns}
      list={landAgreementsApi.list}
      useRecord={useLandAgreement}
      exportSource="landAgreements"
      tabs={<Tabs summary={false} />}
      newDrawer={{ title: 'Ny markanvisning' }}
      recordDrawer={{
        title: (a) => a.projectName,
        untitled: 'Markanvisning',
        subtitle: (a) => `${a.developerName} · ${a.propertyDesignation}`,
      }}
      renderForm={({ record, onClose, onSaved, onChanged }) => (
        <LandAgreementForm agreement={record} onClose={onClose} onSaved={onSaved} onDeliveriesChanged={onChanged} />
      )}
    />
  );
}
