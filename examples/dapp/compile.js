// Compiles the example dapp's contracts (*.sol here) with the compiler that contracts/ pins
// (install it with `npm ci` in contracts/) and the shared settings (contracts/solc-settings.js), and
// writes build/combined.json in the shape of `solc --combined-json abi,bin,bin-runtime`, which
// go-ethereum's abigen reads. Source names are relative to the repository root, so that the
// contracts can import the hub's interfaces from contracts/src. Run through
// `go generate ./examples/dapp`.
'use strict';
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '..', '..');
const solc = require(path.join(root, 'contracts', 'node_modules', 'solc'));

const here = path.relative(root, __dirname).split(path.sep).join('/');
const own = fs.readdirSync(__dirname).filter((f) => f.endsWith('.sol')).sort().map((f) => `${here}/${f}`);
const sources = {};
for (const name of own) {
  sources[name] = { content: fs.readFileSync(path.join(root, name), 'utf8') };
}

const selection = {};
for (const name of own) {
  selection[name] = { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] };
}
const input = {
  language: 'Solidity',
  sources,
  settings: { ...require(path.join(root, 'contracts', 'solc-settings.js')), outputSelection: selection },
};

// Every file the compiler read, imports included, for the hash below.
const read = {};
function findImports(p) {
  const full = path.join(root, p);
  if (!path.relative(root, full).startsWith('..') && fs.existsSync(full)) {
    read[p] = fs.readFileSync(full, 'utf8');
    return { contents: read[p] };
  }
  return { error: `not found: ${p}` };
}

const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

// sources and sourcesHash let a Go test notice a source (or an imported one) edited without
// recompiling: the hash covers every file the compiler read, by name.
for (const name of own) read[name] = sources[name].content;
const names = Object.keys(read).sort();
const hash = require('crypto').createHash('sha256');
for (const name of names) {
  hash.update(name + '\n' + read[name] + '\n');
}
const combined = { contracts: {}, version: solc.version(), sources: names, sourcesHash: hash.digest('hex') };
for (const file of own) {
  for (const name of Object.keys(out.contracts[file] || {}).sort()) {
    const c = out.contracts[file][name];
    combined.contracts[`${file}:${name}`] = {
      abi: c.abi,
      bin: c.evm.bytecode.object,
      'bin-runtime': c.evm.deployedBytecode.object,
    };
  }
}
fs.mkdirSync(path.join(__dirname, 'build'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'build', 'combined.json'), JSON.stringify(combined, null, 1) + '\n');
process.stdout.write(`compiled ${Object.keys(combined.contracts).length} contracts with solc ${solc.version()}\n`);
