// The compiler settings shared by every build of decloud's Solidity: contracts/compile.js
// and examples/dapp/compile.js (outputSelection is each script's own).
module.exports = {
  viaIR: true,
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'osaka',
  metadata: { bytecodeHash: 'none' },
};
