'use strict';
/**
 * What the peak RSS of an n8n process is made of: `NODE_OPTIONS=--require <this file>` with
 * BENCH_MEMORY_SAMPLES=<file> samples the main thread every 20 ms and writes the sample with the highest RSS since
 * the last reset to <file> (a reset: the bench creates <file>.reset). When the bench creates <file>.collect, it runs
 * a full garbage collection and writes the heap still in use to <file>.collected: what the process holds, without
 * the garbage. Without the variable it does nothing.
 */
const file = process.env.BENCH_MEMORY_SAMPLES;
const { isMainThread } = require('node:worker_threads');

if (file && isMainThread) {
	const { existsSync, renameSync, unlinkSync, writeFileSync } = require('node:fs');
	let highest = 0;
	let collectGarbage;
	const sample = () => {
		const usage = process.memoryUsage();
		return { rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external };
	};
	const write = (target, value) => {
		writeFileSync(`${target}.tmp`, JSON.stringify(value));
		renameSync(`${target}.tmp`, target);
	};
	const collect = () => {
		if (!collectGarbage) {
			// NODE_OPTIONS may not carry --expose-gc; setting the flag at run time and reading `gc` from a fresh context does the same.
			require('node:v8').setFlagsFromString('--expose-gc');
			collectGarbage = require('node:vm').runInNewContext('gc');
		}
		collectGarbage();
		write(`${file}.collected`, sample());
	};
	const timer = setInterval(() => {
		if (existsSync(`${file}.collect`)) {
			collect();
			unlinkSync(`${file}.collect`);
		}
		const reset = existsSync(`${file}.reset`);
		if (reset) highest = 0;
		const now = sample();
		if (now.rss > highest) {
			highest = now.rss;
			write(file, now);
		}
		// Only once the first sample after the reset is written: the bench reads it as its baseline.
		if (reset) unlinkSync(`${file}.reset`);
	}, 20);
	timer.unref();
}
