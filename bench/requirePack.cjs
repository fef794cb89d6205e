'use strict';
/**
 * `node bench/requirePack.cjs`: in a fresh process, the time to require every node and credential file the pack
 * lists in package.json and construct each class (what n8n does when it loads the pack). n8n-workflow is loaded
 * first and not counted: n8n has it loaded already. Prints one JSON line.
 */
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');

const root = join(__dirname, '..');
const manifest = require(join(root, 'package.json'));
require('n8n-workflow');

const files = [...manifest.n8n.nodes, ...manifest.n8n.credentials];
const started = performance.now();
let classes = 0;
for (const file of files) {
	for (const exported of Object.values(require(join(root, file)))) {
		if (typeof exported !== 'function') continue;
		new exported();
		classes++;
	}
}
process.stdout.write(`${JSON.stringify({ ms: performance.now() - started, files: files.length, classes })}\n`);
