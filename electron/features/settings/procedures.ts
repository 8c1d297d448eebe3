import type { settingsProcedures } from '../../../shared/settings/schema';
import type { Handlers } from '../../core/handlerTypes';
import { getSettings, setSettings } from './service';

export const settingsHandlers: Handlers<typeof settingsProcedures> = {
  'settings.organisation': (ctx) => getSettings(ctx, 'organisation'),
  'settings.setOrganisation': (ctx, { value, version }) => setSettings(ctx, 'organisation', value, version),
  'settings.contractTexts': (ctx) => getSettings(ctx, 'contractTexts'),
  'settings.setContractTexts': (ctx, { value, version }) => setSettings(ctx, 'contractTexts', value, version),
  'settings.infoMaterial': (ctx) => getSettings(ctx, 'infoMaterial'),
  'settings.setInfoMaterial': (ctx, { value, version }) => setSettings(ctx, 'infoMaterial', value, version),
  'settings.onward': (ctx) => getSettings(ctx, 'onward'),
  'settings.setOnward': (ctx, { value, version }) => setSettings(ctx, 'onward', value, version),
  'settings.letterTexts': (ctx) => getSettings(ctx, 'letterTexts'),
  'settings.setLetterTexts': (ctx, { value, version }) => setSettings(ctx, 'letterTexts', value, version),
  'settings.retention': (ctx) => getSettings(ctx, 'retention'),
  'settings.setRetention': (ctx, { value, version }) => setSettings(ctx, 'retention', value, version),
  'settings.backups': (ctx) => getSettings(ctx, 'backups'),
  'settings.setBackups': (ctx, { value, version }) => setSettings(ctx, 'backups', value, version),
  'settings.followup': (ctx) => getSettings(ctx, 'followup'),
  'settings.setFollowup': (ctx, { value, version }) => setSettings(ctx, 'followup', value, version),
  'settings.objectNumbers': (ctx) => getSettings(ctx, 'objectNumbers'),
  'settings.setObjectNumbers': (ctx, { value, version }) => setSettings(ctx, 'objectNumbers', value, version),
};
