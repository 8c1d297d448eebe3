/**
 * Every migration, in order, known at build time so that the bundle, the
 * tests and the app run the same list. Names carry no file extension so
 * vitest (.ts) and the built app (.js) record the same names.
 */
import type { Knex } from 'knex';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_leases';
import * as m0003 from './0003_households_contracts';
import * as m0004 from './0004_onward';
import * as m0005 from './0005_land_agreements';
import * as m0006 from './0006_settings';
import * as m0007 from './0007_lease_links';
import * as m0008 from './0008_register_indexes';
import * as m0100 from './0100_imports';
import * as m0110 from './0110_swedish_sort_keys';
import * as m0115 from './0115_change_counters';
import * as m0116 from './0116_sessions';
import * as m0117 from './0117_daily_jobs';
import * as m0130 from './0130_audit_actor_name';
import * as m0140 from './0140_search';
import * as m0141 from './0141_attachments';
import * as m0142 from './0142_letters';
import * as m0150 from './0150_followup';
import * as m0155 from './0155_followup_indexes';
import * as m0156 from './0156_city_unit_management_events';
import * as m0157 from './0157_followup_valid_until';
import * as m0160 from './0160_roles';
import * as m0161 from './0161_gallring';

export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { name: '0001_foundation', ...m0001 },
  { name: '0002_leases', ...m0002 },
  { name: '0003_households_contracts', ...m0003 },
  { name: '0004_onward', ...m0004 },
  { name: '0005_land_agreements', ...m0005 },
  { name: '0006_settings', ...m0006 },
  { name: '0007_lease_links', ...m0007 },
  { name: '0008_register_indexes', ...m0008 },
  { name: '0100_imports', ...m0100 },
  { name: '0110_swedish_sort_keys', ...m0110 },
  { name: '0115_change_counters', ...m0115 },
  { name: '0116_sessions', ...m0116 },
  { name: '0117_daily_jobs', ...m0117 },
  { name: '0130_audit_actor_name', ...m0130 },
  { name: '0140_search', ...m0140 },
  { name: '0141_attachments', ...m0141 },
  { name: '0142_letters', ...m0142 },
  { name: '0150_followup', ...m0150 },
  { name: '0155_followup_indexes', ...m0155 },
  { name: '0156_city_unit_management_events', ...m0156 },
  { name: '0157_followup_valid_until', ...m0157 },
  { name: '0160_roles', ...m0160 },
  { name: '0161_gallring', ...m0161 },
];
