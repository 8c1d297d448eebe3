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
  setDisplayName: (displayName: string) => api.call('users.setDisplayName', { displayName }),
};
