import { HIVE_PAGE_SIZE } from '../../test/mocks/hive/constants';
import { FASTER_FORWARD_RECORDS, FASTER_FORWARD_WINDOWS, fasterForwardRecords } from '../sources/fasterForward';
import { FORSTA_WINDOWS, forstaResponses } from '../sources/forsta';
import { HIVE_WINDOWS, hiveSkus } from '../sources/hive';
import { minimumMs } from '../stats';
import type { QueueReadCase } from './queueReads';

const FORSTA_PAGE = 10;
const timeoutFor = (minimum: number) => 2 * minimum + 120_000;

/** Targets of the queue-mode issue: within 3% of the minimum with three workers; 1% for Forsta's 15-minute case. */
const THREE_WORKERS_TARGET = 1.03;
const LONG_FORSTA_TARGET = 1.01;

export function hiveQueueCase(readers: number, pagesEach: number): QueueReadCase {
	return {
		scenario: `Hive: ${readers} × ${pagesEach} pages at 100/min`,
		readers,
		pagesEach,
		rowsEach: pagesEach * HIVE_PAGE_SIZE,
		windows: HIVE_WINDOWS,
		open: (n8n) => hiveSkus(n8n, pagesEach),
		timeoutMs: timeoutFor(minimumMs(readers * pagesEach, HIVE_WINDOWS)),
		targetRatio: THREE_WORKERS_TARGET,
	};
}

export function forstaQueueCase(readers: number, pagesEach: number): QueueReadCase {
	const longRead = readers * pagesEach > 1_000;
	return {
		scenario: `Forsta: ${readers} × ${pagesEach} pages at 20/s${longRead ? ' and 1,000/15 min' : ''}`,
		readers,
		pagesEach,
		rowsEach: pagesEach * FORSTA_PAGE,
		windows: FORSTA_WINDOWS,
		open: (n8n) => forstaResponses(n8n, { records: pagesEach * FORSTA_PAGE, pageSize: FORSTA_PAGE }),
		timeoutMs: timeoutFor(minimumMs(readers * pagesEach, FORSTA_WINDOWS)),
		targetRatio: longRead ? LONG_FORSTA_TARGET : THREE_WORKERS_TARGET,
	};
}

export function fasterForwardQueueCase(readers: number, pagesEach: number): QueueReadCase {
	return {
		scenario: `Faster Forward: ${readers} × ${pagesEach} pages at 5/s`,
		readers,
		pagesEach,
		rowsEach: FASTER_FORWARD_RECORDS,
		windows: FASTER_FORWARD_WINDOWS,
		open: (n8n) => fasterForwardRecords(n8n, pagesEach),
		timeoutMs: timeoutFor(minimumMs(readers * pagesEach, FASTER_FORWARD_WINDOWS)),
		targetRatio: THREE_WORKERS_TARGET,
	};
}
