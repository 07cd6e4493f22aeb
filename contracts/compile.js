// Compiles contracts/src and contracts/test with the pinned solc (package.json) and writes
// build/combined.json in the shape of `solc --combined-json abi,bin,bin-runtime`, which
// go-ethereum's abigen reads. Run through `go generate ./contracts`.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
const sources = {};
for (const dir of ['src', 'test']) {
  for (const f of fs.readdirSync(path.join(root, dir)).sort()) {
    if (f.endsWith('.sol')) {
      sources[`${dir}/${f}`] = { content: fs.readFileSync(path.join(root, dir, f), 'utf8') };
    }
  }
}

const input = {
  language: 'Solidity',
  sources,
  settings: { ...require('./solc-settings.js'), outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } } },
};

function findImports(p) {
  const full = path.join(root, p);
  if (fs.existsSync(full)) return { contents: fs.readFileSync(full, 'utf8') };
  return { error: `not found: ${p}` };
}

const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

// sourcesHash lets a Go test notice a source edited without recompiling.
const hash = require('crypto').createHash('sha256');
for (const name of Object.keys(sources).sort()) {
  hash.update(name + '\n' + sources[name].content + '\n');
}
const combined = { contracts: {}, version: solc.version(), sourcesHash: hash.digest('hex') };
for (const file of Object.keys(out.contracts).sort()) {
  for (const name of Object.keys(out.contracts[file]).sort()) {
    const c = out.contracts[file][name];
    combined.contracts[`${file}:${name}`] = {
      abi: c.abi,
      bin: c.evm.bytecode.object,
      'bin-runtime': c.evm.deployedBytecode.object,
    };
  }
}
fs.mkdirSync(path.join(root, 'build'), { recursive: true });
fs.writeFileSync(path.join(root, 'build', 'combined.json'), JSON.stringify(combined, null, 1) + '\n');
process.stdout.write(`compiled ${Object.keys(combined.contracts).length} contracts with solc ${solc.version()}\n`);
