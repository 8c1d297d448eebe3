/** Settings groups: read with defaults, written as versioned, audited records. */
import type { z } from 'zod';
import { SETTINGS_DEFAULTS } from '../../../shared/settings/defaults';
import { settingsGroups, type SettingsKey, type SettingsValue } from '../../../shared/settings/schema';
import type { ServiceContext } from '../../core/context';
import { createRecord, updateRecord, type EntityInfo } from '../../core/records';
import { AppError } from '../../../shared/core/result';

export const SETTINGS: EntityInfo<'settings'> = { table: 'settings', entity: 'settings', label: 'Inställningen' };

export interface StoredSettings<K extends SettingsKey> {
  value: SettingsValue<K>;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export async function getSettings<K extends SettingsKey>(ctx: ServiceContext, key: K): Promise<StoredSettings<K>> {
  const row = await ctx.db('settings').where({ key }).first();
  if (!row) return { value: SETTINGS_DEFAULTS[key] as SettingsValue<K>, version: 0, updatedAt: null, updatedBy: null };
  // Stored values went through the schema when saved; parsing again keeps
  // an old row readable if a field is added later (defaults fill it in).
  const schema = settingsGroups[key] as unknown as z.ZodType<SettingsValue<K>>;
  const parsed = schema.safeParse({ ...SETTINGS_DEFAULTS[key], ...(JSON.parse(row.value) as object) });
  return {
    value: parsed.success ? parsed.data : (SETTINGS_DEFAULTS[key] as SettingsValue<K>),
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

export async function setSettings<K extends SettingsKey>(
  ctx: ServiceContext,
  key: K,
  value: SettingsValue<K>,
  version: number,
): Promise<StoredSettings<K>> {
  const row = await ctx.db('settings').where({ key }).first('id', 'version');
  if (!row) {
    if (version !== 0) throw new AppError('NOT_FOUND', 'Inställningen finns inte längre; ladda om sidan.');
    await createRecord(ctx, SETTINGS, { key, value: JSON.stringify(value) });
  } else {
    // version 0 against a stored row: someone saved first; updateRecord reports who.
    await updateRecord(ctx, SETTINGS, { id: row.id, version }, { value: JSON.stringify(value) });
  }
  return getSettings(ctx, key);
}
