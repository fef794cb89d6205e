'use strict';
/**
 * `node --expose-gc bench/floorReader.cjs '<json>'`: the least any JavaScript client can do with a paged list, as a
 * floor for the memory cases. It reads `url` with `skip` going up by `pageSize` until a short page, parses each page
 * and keeps every row as an n8n-style item, nothing else. Prints one JSON line: rows kept, peak RSS growth over the
 * RSS after a first page, and the live heap those rows take after a full garbage collection.
 */
const http = require('node:http');
const { readFileSync, writeFileSync } = require('node:fs');

const { url, headers, itemsField, pageSize } = JSON.parse(process.argv[2]);
const agent = new http.Agent({ keepAlive: true });

function statusBytes(field) {
	const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((candidate) => candidate.startsWith(`${field}:`));
	return Number(/(\d+)\s*kB/.exec(line)[1]) * 1024;
}

function page(skip) {
	return new Promise((resolve, reject) => {
		const request = http.get(`${url}&skip=${skip}&limit=${pageSize}`, { agent, headers }, (response) => {
			const chunks = [];
			response.on('data', (chunk) => chunks.push(chunk));
			response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))[itemsField]));
			response.on('error', reject);
		});
		request.on('error', reject);
	});
}

async function main() {
	await page(0);
	global.gc();
	const rssBefore = statusBytes('VmRSS');
	const heapBefore = process.memoryUsage().heapUsed;
	writeFileSync('/proc/self/clear_refs', '5');
	const items = [];
	for (let skip = 0; ; skip += pageSize) {
		const rows = await page(skip);
		for (const json of rows) items.push({ json });
		if (rows.length < pageSize) break;
	}
	const growthBytes = statusBytes('VmHWM') - rssBefore;
	global.gc();
	const liveBytes = process.memoryUsage().heapUsed - heapBefore;
	process.stdout.write(`${JSON.stringify({ rows: items.length, lastId: items.at(-1)?.json.id, growthBytes, liveBytes })}\n`);
	agent.destroy();
}

main().catch((error) => {
	process.stderr.write(`${error.stack ?? error}\n`);
	process.exit(1);
});
