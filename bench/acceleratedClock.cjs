'use strict';
/**
 * Clock acceleration for one bench case: `NODE_OPTIONS=--require <this file>` with BENCH_CLOCK_FACTOR=K makes the
 * process see time pass K times faster. Date.now(), new Date(), performance.now() run K times faster from the
 * moment this file loads, and setTimeout/setInterval (global and node:timers) wait 1/K of the delay they are given.
 * Without the variable it changes nothing. The bench's mocks use the same factor, so both sides of the wire agree on time.
 */
const factor = Number(process.env.BENCH_CLOCK_FACTOR);

if (Number.isFinite(factor) && factor > 1) {
	const timers = require('node:timers');
	const { promisify } = require('node:util');
	const RealDate = Date;
	const realNow = RealDate.now;
	const origin = realNow();
	const virtualNow = () => origin + (realNow() - origin) * factor;

	function VirtualDate(...args) {
		if (!new.target) return new RealDate(virtualNow()).toString();
		return Reflect.construct(RealDate, args.length ? args : [virtualNow()], new.target);
	}
	Object.setPrototypeOf(VirtualDate, RealDate);
	VirtualDate.prototype = RealDate.prototype;
	VirtualDate.now = virtualNow;
	globalThis.Date = VirtualDate;

	const performance = globalThis.performance;
	const realPerformanceNow = performance.now.bind(performance);
	const performanceOrigin = realPerformanceNow();
	performance.now = () => performanceOrigin + (realPerformanceNow() - performanceOrigin) * factor;

	const shorten = (schedule) =>
		function scheduleSooner(callback, delay, ...args) {
			return schedule(callback, Math.max(0, Number(delay) || 0) / factor, ...args);
		};
	// timers/promises keeps real time: n8n times out its database ping with it (5 s), which must stay 5 real seconds.
	const setTimeoutSooner = shorten(globalThis.setTimeout);
	setTimeoutSooner[promisify.custom] = globalThis.setTimeout[promisify.custom];
	globalThis.setTimeout = timers.setTimeout = setTimeoutSooner;
	globalThis.setInterval = timers.setInterval = shorten(globalThis.setInterval);
}
