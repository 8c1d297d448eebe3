/** The settings feature's calls; screens use these, not the client. */
import type { Api } from '../../../shared/api';
import type { InputOf } from '../../../shared/core/procedure';
import { api } from '../../api/client';

export const settingsApi = {
  organisation: () => api.call('settings.organisation', {}),
  setOrganisation: (input: InputOf<Api['settings.setOrganisation']>) => api.call('settings.setOrganisation', input),
  contractTexts: () => api.call('settings.contractTexts', {}),
  setContractTexts: (input: InputOf<Api['settings.setContractTexts']>) => api.call('settings.setContractTexts', input),
  infoMaterial: () => api.call('settings.infoMaterial', {}),
  setInfoMaterial: (input: InputOf<Api['settings.setInfoMaterial']>) => api.call('settings.setInfoMaterial', input),
  onward: () => api.call('settings.onward', {}),
  setOnward: (input: InputOf<Api['settings.setOnward']>) => api.call('settings.setOnward', input),
  followup: () => api.call('settings.followup', {}),
  setFollowup: (input: InputOf<Api['settings.setFollowup']>) => api.call('settings.setFollowup', input),
  backups: () => api.call('settings.backups', {}),
  setBackups: (input: InputOf<Api['settings.setBackups']>) => api.call('settings.setBackups', input),
  retention: () => api.call('settings.retention', {}),
  setRetention: (input: InputOf<Api['settings.setRetention']>) => api.call('settings.setRetention', input),
  letterTexts: () => api.call('settings.letterTexts', {}),
  setLetterTexts: (input: InputOf<Api['settings.setLetterTexts']>) => api.call('settings.setLetterTexts', input),
  objectNumbers: () => api.call('settings.objectNumbers', {}),
  setObjectNumbers: (input: InputOf<Api['settings.setObjectNumbers']>) => api.call('settings.setObjectNumbers', input),
  setDisplayName: (displayName: string) => api.call('users.setDisplayName', { displayName }),
};
