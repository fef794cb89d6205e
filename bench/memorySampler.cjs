'use strict';
/**
 * What the peak RSS of an n8n process is made of: `NODE_OPTIONS=--require <this file>` with
 * BENCH_MEMORY_SAMPLES=<file> samples the main thread every 20 ms and writes the sample with the highest RSS since
 * the last reset to <file> (a reset: the bench creates <file>.reset). Without the variable it does nothing.
 */
const file = process.env.BENCH_MEMORY_SAMPLES;
const { isMainThread } = require('node:worker_threads');

if (file && isMainThread) {
	const { existsSync, renameSync, unlinkSync, writeFileSync } = require('node:fs');
	let highest = 0;
	const sample = () => {
		const usage = process.memoryUsage();
		return { rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external };
	};
	const write = (value) => {
		writeFileSync(`${file}.tmp`, JSON.stringify(value));
		renameSync(`${file}.tmp`, file);
	};
	const timer = setInterval(() => {
		const reset = existsSync(`${file}.reset`);
		if (reset) highest = 0;
		const now = sample();
		if (now.rss > highest) {
			highest = now.rss;
			write(now);
		}
		// Only once the first sample after the reset is written: the bench reads it as its baseline.
		if (reset) unlinkSync(`${file}.reset`);
	}, 20);
	timer.unref();
}
