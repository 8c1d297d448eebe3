/**
 * The sidebar and the screens it opens. A feature adds its screen here;
 * the first route segment picks the screen.
 */
import type { ComponentType } from 'react';
import { DepartmentsScreen } from './features/departments/DepartmentsScreen';
import { KpiScreen } from './features/leases/KpiScreen';
import { LeasesScreen } from './features/leases/LeasesScreen';
import { OrganisationsScreen } from './features/organisations/OrganisationsScreen';
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
  { route: 'kpi', label: 'KPI-tabell', section: 'Avtal', screen: KpiScreen },
  { route: 'installningar', label: 'Inställningar', section: 'System', screen: SettingsScreen },
];
