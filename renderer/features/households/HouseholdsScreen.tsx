/** Hushåll: the households referred for kommunala kontrakt, as a grid with a form beside it. */
import { RegisterScreen } from '../../components/RegisterScreen';
import { householdColumns } from './householdColumns';
import { HouseholdForm } from './HouseholdForm';
import { householdsApi, useHousehold } from './householdsApi';

export function HouseholdsScreen() {
  return (
    <RegisterScreen
      route="hushall"
      gridId="households"
      title="Hushåll"
      countNoun={['hushåll', 'hushåll']}
      searchLabel="Sök hushåll (namn, födelsedatum eller hela personnumret)"
      newLabel="Nytt hushåll"
      importInto="households"
      columns={householdColumns}
      list={householdsApi.list}
      useRecord={useHousehold}
      exportSource="households"
      newDrawer={{ title: 'Nytt hushåll' }}
      recordDrawer={{
        title: (h) => `Hushåll ${h.holderName}`,
        untitled: 'Hushåll',
        subtitle: (h) =>
          `${h.holderIdentityMasked} · ${h.householdSize} pers., ${h.childrenCount} barn · ${h.referringDepartmentCode}`,
      }}
      renderForm={({ record, onClose, onSaved }) => (
        <HouseholdForm household={record} onClose={onClose} onSaved={onSaved} />
      )}
    />
  );
}
