/**
 * The sidebar and the screens it opens. A feature adds its screen here;
 * the first route segment picks the screen. Each screen is its own chunk
 * (React.lazy): the window parses only the shell and the screen it opens,
 * not all sixteen, before the first rows show.
 */
import { lazy, type ComponentType } from 'react';

const BackupsScreen = lazy(() =>
  import('./features/backups/BackupsScreen').then((m) => ({ default: m.BackupsScreen })),
);
const ContractsScreen = lazy(() =>
  import('./features/contracts/ContractsScreen').then((m) => ({ default: m.ContractsScreen })),
);
const DischargesScreen = lazy(() =>
  import('./features/discharges/DischargesScreen').then((m) => ({ default: m.DischargesScreen })),
);
const EvictionRisksScreen = lazy(() =>
  import('./features/evictionRisks/EvictionRisksScreen').then((m) => ({ default: m.EvictionRisksScreen })),
);
const FollowupScreen = lazy(() =>
  import('./features/followup/FollowupScreen').then((m) => ({ default: m.FollowupScreen })),
);
const DepartmentsScreen = lazy(() =>
  import('./features/departments/DepartmentsScreen').then((m) => ({ default: m.DepartmentsScreen })),
);
const GuaranteesScreen = lazy(() =>
  import('./features/guarantees/GuaranteesScreen').then((m) => ({ default: m.GuaranteesScreen })),
);
const HouseholdsScreen = lazy(() =>
  import('./features/households/HouseholdsScreen').then((m) => ({ default: m.HouseholdsScreen })),
);
const LandAgreementsScreen = lazy(() =>
  import('./features/landAgreements/LandAgreementsScreen').then((m) => ({ default: m.LandAgreementsScreen })),
);
const ImportScreen = lazy(() => import('./features/imports/ImportScreen').then((m) => ({ default: m.ImportScreen })));
const KpiScreen = lazy(() => import('./features/leases/KpiScreen').then((m) => ({ default: m.KpiScreen })));
const LeasesScreen = lazy(() => import('./features/leases/LeasesScreen').then((m) => ({ default: m.LeasesScreen })));
const MoveOnScreen = lazy(() => import('./features/moveOns/MoveOnScreen').then((m) => ({ default: m.MoveOnScreen })));
const NewcomersScreen = lazy(() =>
  import('./features/newcomers/NewcomersScreen').then((m) => ({ default: m.NewcomersScreen })),
);
const OrganisationsScreen = lazy(() =>
  import('./features/organisations/OrganisationsScreen').then((m) => ({ default: m.OrganisationsScreen })),
);
const QuotasScreen = lazy(() => import('./features/quotas/QuotasScreen').then((m) => ({ default: m.QuotasScreen })));
const ReportsScreen = lazy(() =>
  import('./features/reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })),
);
const RolesScreen = lazy(() => import('./features/roles/RolesScreen').then((m) => ({ default: m.RolesScreen })));
const PrivacyScreen = lazy(() =>
  import('./features/privacy/PrivacyScreen').then((m) => ({ default: m.PrivacyScreen })),
);
const SettingsScreen = lazy(() =>
  import('./features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
const StartScreen = lazy(() => import('./features/start/StartScreen').then((m) => ({ default: m.StartScreen })));
const UnitsScreen = lazy(() => import('./features/units/UnitsScreen').then((m) => ({ default: m.UnitsScreen })));
const WatchScreen = lazy(() => import('./features/watch/WatchScreen').then((m) => ({ default: m.WatchScreen })));

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
  { route: 'inlasning', label: 'Läs in från Excel', section: 'System', screen: ImportScreen },
  { route: 'installningar', label: 'Inställningar', section: 'System', screen: SettingsScreen },
  { route: 'roller', label: 'Roller', section: 'System', screen: RolesScreen },
  { route: 'dataskydd', label: 'Dataskydd', section: 'System', screen: PrivacyScreen },
  { route: 'sakerhetskopior', label: 'Säkerhetskopior', section: 'System', screen: BackupsScreen },
];
