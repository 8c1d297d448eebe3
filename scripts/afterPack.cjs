// electron-builder's afterPack hook: flips the fuses (scripts/fuses.cjs) in
// the packed Electron binary. It runs before signing, as fuses must: flipping
// them changes the binary.
const { fuseConfig } = require('./fuses.cjs');

/** @param {import('app-builder-lib').AfterPackContext} context */
exports.default = async function afterPack(context) {
  await context.packager.addElectronFuses(context, fuseConfig);
};
