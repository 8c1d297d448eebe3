/**
 * The sidebar and the screens it opens. A feature adds its screen here;
 * the first route segment picks the screen.
 */
import type { ComponentType } from 'react';
import { ContractsScreen } from './features/contracts/ContractsScreen';
import { DischargesScreen } from './features/discharges/DischargesScreen';
import { EvictionRisksScreen } from './features/evictionRisks/EvictionRisksScreen';
import { FollowupScreen } from './features/followup/FollowupScreen';
import { DepartmentsScreen } from './features/departments/DepartmentsScreen';
import { GuaranteesScreen } from './features/guarantees/GuaranteesScreen';
import { HouseholdsScreen } from './features/households/HouseholdsScreen';
import { LandAgreementsScreen } from './features/landAgreements/LandAgreementsScreen';
import { KpiScreen } from './features/leases/KpiScreen';
import { LeasesScreen } from './features/leases/LeasesScreen';
import { MoveOnScreen } from './features/moveOns/MoveOnScreen';
import { NewcomersScreen } from './features/newcomers/NewcomersScreen';
import { OrganisationsScreen } from './features/organisations/OrganisationsScreen';
import { QuotasScreen } from './features/quotas/QuotasScreen';
import { ReportsScreen } from './features/reports/ReportsScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { StartScreen } from './features/start/StartScreen';
import { UnitsScreen } from './features/units/UnitsScreen';
import { WatchScreen } from './features/watch/WatchScreen';

export interface NavItem {
  route: string;
  label: string;
  section: string;
  screen: ComponentType;
}

export const navItems: NavItem[] = [
  { route: 'start', label: 'Översikt', section: '', screen: StartScreen },
  { route: 'bevakning', label: 'Bevakning', section: '', screen: WatchScreen },
  { route: 'bostader', label: 'Bostäder', section: 'Bestånd', screen: UnitsScreen },
  { route: 'organisationer', label: 'Hyresvärdar och byggaktörer', section: 'Bestånd', screen: OrganisationsScreen },
  { route: 'forvaltningar', label: 'Förvaltningar', section: 'Bestånd', screen: DepartmentsScreen },
  { route: 'hyresavtal', label: 'Hyresavtal', section: 'Avtal', screen: LeasesScreen },
  { route: 'markanvisningar', label: 'Markanvisningar', section: 'Avtal', screen: LandAgreementsScreen },
  { route: 'kpi', label: 'KPI-tabell', section: 'Avtal', screen: KpiScreen },
  { route: 'hushall', label: 'Hushåll', section: 'Boende', screen: HouseholdsScreen },
  { route: 'kontrakt', label: 'Kommunala kontrakt', section: 'Boende', screen: ContractsScreen },
  { route: 'utslussning', label: 'Utslussning', section: 'Boende', screen: MoveOnScreen },
  { route: 'garantier', label: 'Hyresgarantier', section: 'Boende', screen: GuaranteesScreen },
  { route: 'kvoter', label: 'Kvoter', section: 'Boende', screen: QuotasScreen },
  { route: 'nyanlanda', label: 'Nyanlända', section: 'Boende', screen: NewcomersScreen },
  { route: 'utskrivningar', label: 'Utskrivningar', section: 'Boende', screen: DischargesScreen },
  { route: 'vrakningsrisker', label: 'Vräkningsrisker', section: 'Boende', screen: EvictionRisksScreen },
  { route: 'uppfoljning', label: 'Uppföljning', section: 'Uppföljning', screen: FollowupScreen },
  { route: 'rapporter', label: 'Utskrifter och export', section: 'Uppföljning', screen: ReportsScreen },
  { route: 'installningar', label: 'Inställningar', section: 'System', screen: SettingsScreen },
];
