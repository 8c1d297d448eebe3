// The Electron fuses flipped in the packaged app (scripts/afterPack.cjs), one
// place for the settings and for the test that holds them to the checklist
// (tests/unit/packaging.test.ts). Fuses are bits in the Electron binary
// itself: they hold even when someone starts the .exe with their own flags.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** @type {import('@electron/fuses').FuseConfig} */
const fuseConfig = {
  version: FuseVersion.V1,
  // The .exe cannot be used as a plain Node.js (ELECTRON_RUN_AS_NODE).
  [FuseV1Options.RunAsNode]: false,
  // Cookies and local storage are encrypted with the OS key store (DPAPI on Windows).
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS cannot inject code or flags into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends cannot attach a debugger to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar is checked against the hash electron-builder embeds in the .exe.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only resources/app.asar is loaded, never a loose resources/app folder beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The app serves itself over app://, so file:// pages get no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

module.exports = { fuseConfig };
