import { HIVE_PAGE_SIZE } from '../../test/mocks/hive/constants';
import { FASTER_FORWARD_INTERVAL_MS, FASTER_FORWARD_RECORDS, FASTER_FORWARD_WINDOWS, fasterForwardRecords } from '../sources/fasterForward';
import { FORSTA_INTERVAL_MS, FORSTA_WINDOWS, forstaResponses } from '../sources/forsta';
import { HIVE_INTERVAL_MS, HIVE_WINDOWS, hiveSkus } from '../sources/hive';
import { minimumMs } from '../stats';
import type { LimitCase } from './limitReads';
import type { SharedCredentialCase } from './sharedCredential';

/** Enough time for a slow HTTP Request node set-up, on a busy machine. */
const timeoutFor = (minimum: number) => 2 * minimum + 120_000;
const FORSTA_PAGE = 10;

/** Hive runs start 10 s apart: each run's burst of 100 requests then meets no other. */
export const HIVE_STAGGER_MS = 10_000;

export function hiveCase(pages: number): LimitCase {
	return {
		scenario: `Hive: ${pages} pages at 100/min`,
		ourLabel: 'Hive node (this pack)',
		pages,
		rows: pages * HIVE_PAGE_SIZE,
		windows: HIVE_WINDOWS,
		open: (n8n) => hiveSkus(n8n, pages),
		http: [{ label: `HTTP Request node, pagination + ${HIVE_INTERVAL_MS} ms interval`, intervalMs: HIVE_INTERVAL_MS }],
		timeoutMs: timeoutFor(minimumMs(pages, HIVE_WINDOWS)),
		staggerMs: HIVE_STAGGER_MS,
	};
}

export function fasterForwardCase(pages: number): LimitCase {
	return {
		scenario: `Faster Forward: ${pages} pages at 5/s`,
		ourLabel: 'Faster Forward node (this pack)',
		pages,
		rows: FASTER_FORWARD_RECORDS,
		windows: FASTER_FORWARD_WINDOWS,
		open: (n8n) => fasterForwardRecords(n8n, pages),
		http: [{ label: `HTTP Request node, pagination + ${FASTER_FORWARD_INTERVAL_MS} ms interval`, intervalMs: FASTER_FORWARD_INTERVAL_MS }],
		timeoutMs: timeoutFor(minimumMs(pages, FASTER_FORWARD_WINDOWS)),
		runsInTurn: true,
	};
}

export function forstaCase(pages: number): LimitCase {
	return {
		scenario: `Forsta: ${pages} pages at 20/s`,
		ourLabel: 'Forsta node (this pack)',
		pages,
		rows: pages * FORSTA_PAGE,
		windows: FORSTA_WINDOWS,
		open: (n8n) => forstaResponses(n8n, { records: pages * FORSTA_PAGE, pageSize: FORSTA_PAGE }),
		http: [{ label: `HTTP Request node, pagination + ${FORSTA_INTERVAL_MS} ms interval`, intervalMs: FORSTA_INTERVAL_MS }],
		timeoutMs: timeoutFor(minimumMs(pages, FORSTA_WINDOWS)),
		runsInTurn: true,
	};
}

export function hiveSharedCredentialCase(pagesEach: number): SharedCredentialCase {
	const windows = HIVE_WINDOWS;
	return {
		scenario: `Hive: 2 workflows × ${pagesEach} pages, one credential`,
		ourLabel: 'Hive node (this pack), 2 workflows',
		httpLabel: `HTTP Request node, ${HIVE_INTERVAL_MS} ms interval, 2 workflows`,
		intervalMs: HIVE_INTERVAL_MS,
		pagesEach,
		rowsEach: pagesEach * HIVE_PAGE_SIZE,
		windows,
		open: (n8n) => hiveSkus(n8n, pagesEach),
		timeoutMs: timeoutFor(minimumMs(2 * pagesEach, windows)),
	};
}

export function fasterForwardSharedCredentialCase(pagesEach: number): SharedCredentialCase {
	const windows = FASTER_FORWARD_WINDOWS;
	return {
		scenario: `Faster Forward: 2 workflows × ${pagesEach} pages, one credential`,
		ourLabel: 'Faster Forward node (this pack), 2 workflows',
		httpLabel: `HTTP Request node, ${FASTER_FORWARD_INTERVAL_MS} ms interval, 2 workflows`,
		intervalMs: FASTER_FORWARD_INTERVAL_MS,
		pagesEach,
		rowsEach: FASTER_FORWARD_RECORDS,
		windows,
		open: (n8n) => fasterForwardRecords(n8n, pagesEach),
		timeoutMs: timeoutFor(minimumMs(2 * pagesEach, windows)),
	};
}
