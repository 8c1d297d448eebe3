// Stands in for `got` inside Electronegativity (see scripts/electronegativity.cjs):
// every request fails at once, as it would offline, so the tool falls back to
// the texts it ships instead of waiting on the network.
function offline() {
  return Promise.reject(new Error('offline: Electronegativity runs without network in the tests'));
}
offline.head = offline;
offline.get = offline;
module.exports = offline;
module.exports.default = offline;
