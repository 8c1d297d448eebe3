/** Electron's safeStorage as the SecretBox the database settings use (electron/db/desktopConnection.ts). */
import { safeStorage } from 'electron';
import type { SecretBox } from '../db/desktopConnection';

export const safeStorageBox: SecretBox = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
  decrypt: (base64) => safeStorage.decryptString(Buffer.from(base64, 'base64')),
};
