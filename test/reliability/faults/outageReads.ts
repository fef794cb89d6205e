import type { INodeParameters } from 'n8n-workflow';
import { FEED_PAGE_SIZE } from '../../../nodes/Flowbox/flowboxPaging';
import type { Fault, FaultRule } from '../../mocks/shared/faults';
import type { LogEntry } from '../../mocks/shared/requestLog';
import { connectN8n } from '../../n8n/harness/client';
import type { ServiceName } from '../ledger';
import type { ReadTally } from '../tally';
import { emittedAgainst, secretsIn, type WorkflowOutcome } from './faultCase';
import { fastCommentsFaultWorld, onCommentsAt, readAllComments } from './fastcommentsFaults';
import { fasterForwardFacts, isPageRequest as isRecordsPage, onPage as onRecordsPage, PAGE_SIZE as RECORDS_PAGE_SIZE, readRecords, RECORD_ROWS, RECORDS_PATH } from './fasterForwardFaults';
import { fasterForwardFaultWorld } from './fasterForwardN8nFaults';
import { flowboxFaultWorld, onCursorPage, readAllPosts } from './flowboxFaults';
import { countOf, type CaseRun, type ReadCheck } from './forstaFasterForwardCase';
import { DATA_PATH, forstaFacts, isPageRequest as isResponsesPage, onPage as onResponsesPage, PAGE_SIZE as RESPONSES_PAGE_SIZE, readResponses } from './forstaFaults';
import { forstaFaultWorld } from './forstaN8nFaults';
import { HIVE_FAULT_PAGE_SIZE, hiveFaultWorld, onSkuPage, readAllSkus } from './hiveFaults';
import { outagesOf, withOpen, type Outage, type OutageWorld } from './outage';

/**
 * One list read per service, all in the same shape, for the outage cases: an outage that starts as the second page
 * is asked for, a Return All, and what the read emitted against what the service held.
 */

export interface ListRead {
	outcome: WorkflowOutcome;
	tally: ReadTally;
	/** Rows the read had to emit. */
	listed: number;
	leaked: number;
	/** Requests for the second page (the one the outage hits) that reached the mock. */
	secondPage: number;
}

export interface ListSubject {
	service: ServiceName;
	/** The operation, in the ledger's words. */
	subject: string;
	/** What the rows are, e.g. "SKUs". */
	noun: string;
	/** How an error names the request for the second page and its position, e.g. "GET /x, page 2 (skip=99)". */
	secondPageRequest: RegExp;
	/** Items on the first page: what an error at the second one says was read. */
	firstPageItems: number;
	/** An outage of `ms` that starts as the second page is asked for. */
	outageAtPage2(ms: number): Outage;
	/** Return All, with other node parameters (e.g. the Retry Budget). */
	read(extra?: INodeParameters): Promise<ListRead>;
	close(): Promise<void>;
}

/** What each service's read is built from: the words and figures of ListSubject, its world, and its page-2 rule. */
interface ListParts extends Omit<ListSubject, 'outageAtPage2'>, OutageWorld {
	/** A rule that puts the fault on the request for the second page. */
	atPage2(fault: Fault): FaultRule;
}

/** The requests in `pages` that asked for the same position as the first one `isSecond` picks. */
function sameAsFirst(pages: LogEntry[], isSecond: (entry: LogEntry) => boolean, position: (entry: LogEntry) => unknown): number {
	const second = pages.find(isSecond);
	return second ? pages.filter((entry) => position(entry) === position(second)).length : 0;
}

const firstValue = (name: string) => (entry: LogEntry) => entry.query[name]?.[0];

async function hive(): Promise<ListParts> {
	const world = await hiveFaultWorld();
	return {
		...world,
		service: 'Hive',
		subject: 'SKU: Get Many',
		noun: 'SKUs',
		secondPageRequest: /GET \/skus, page 2/,
		firstPageItems: HIVE_FAULT_PAGE_SIZE,
		atPage2: (fault) => onSkuPage(2, { fault }),
		read: async (extra) => {
			const { outcome, tally, listed, leaked, page } = await readAllSkus(world, extra);
			return { outcome, tally, listed, leaked, secondPage: page(2).length };
		},
		close: async () => await world.mock.close(),
	};
}

/** FastComments pages by `skip` (each page starts with the last comment of the one before). */
async function fastComments(): Promise<ListParts> {
	const world = await fastCommentsFaultWorld(connectN8n());
	const skip = firstValue('skip');
	return {
		...world,
		mock: world.mock.server,
		service: 'FastComments',
		subject: 'Comment: Get Many',
		noun: 'comments',
		secondPageRequest: /GET \/api\/v1\/comments, page 2 \(skip=99\)/,
		// The node asks for comments 100 at a time.
		firstPageItems: 100,
		atPage2: (fault) => onCommentsAt('skip', (value) => value > 0, { fault }),
		read: async (extra) => {
			const { outcome, tally, listed, leaked, pages } = await readAllComments(world, 'flexible', {}, extra);
			return { outcome, tally, listed, leaked, secondPage: sameAsFirst(pages, (entry) => Number(skip(entry)) > 0, skip) };
		},
	};
}

/** The Flowbox feed (gateway, Developer API v1) follows a JSON cursor built from the last post read. */
async function flowbox(): Promise<ListParts> {
	const world = await flowboxFaultWorld(connectN8n());
	const cursor = firstValue('cursor');
	return {
		...world,
		service: 'Flowbox',
		subject: 'Feed: Get Posts',
		noun: 'posts',
		secondPageRequest: /GET \/public\/feed\/[^,]+, page 2 \(cursor=.+\)/,
		firstPageItems: FEED_PAGE_SIZE,
		atPage2: (fault) => onCursorPage('feed', 1, { fault }),
		read: async (extra) => {
			const { outcome, tally, listed, leaked, pages } = await readAllPosts(world, 'feed', extra);
			return { outcome, tally, listed, leaked, secondPage: sameAsFirst(pages, (entry) => cursor(entry) !== undefined, cursor) };
		},
	};
}

/** A Forsta or Faster Forward run measured against its rows; both scan for the client secret and every token. */
function caseRead(run: CaseRun, rows: ReadCheck, secrets: string[], secondPage: (entry: LogEntry) => boolean): ListRead {
	const { outcome } = run;
	return {
		outcome,
		tally: emittedAgainst(outcome, rows.mustAppear, rows.mayAppear, rows.keyOf),
		listed: rows.mustAppear.length,
		leaked: secretsIn(outcome.texts, secrets),
		secondPage: countOf(run.log, secondPage),
	};
}

async function forsta(): Promise<ListParts> {
	const world = await forstaFaultWorld();
	return {
		...world,
		service: 'Forsta',
		subject: 'Response: Get Data (pages)',
		noun: 'rows',
		secondPageRequest: /GET \/v1\/surveys\/p1000001\/responses\/data, page 2/,
		firstPageItems: RESPONSES_PAGE_SIZE,
		atPage2: (fault) => ({ path: DATA_PATH, when: onResponsesPage(2), fault }),
		read: async (extra) => {
			const run = await world.run(readResponses(extra));
			return caseRead(run, run.rows, forstaFacts(world.mock, 'real n8n').secrets(), isResponsesPage(2));
		},
	};
}

async function fasterForward(): Promise<ListParts> {
	const world = await fasterForwardFaultWorld();
	return {
		...world,
		service: 'Faster Forward',
		subject: 'API Request: GET, paged',
		noun: 'rows',
		secondPageRequest: /GET \/mock-api\/records, page 2/,
		firstPageItems: RECORDS_PAGE_SIZE,
		atPage2: (fault) => ({ path: RECORDS_PATH, when: onRecordsPage(2), fault }),
		read: async (extra) => caseRead(await world.run(readRecords(extra)), RECORD_ROWS, fasterForwardFacts(world.mock, 'real n8n').secrets(), isRecordsPage(2)),
	};
}

const OPENERS = { Hive: hive, FastComments: fastComments, Flowbox: flowbox, Forsta: forsta, 'Faster Forward': fasterForward };
export type ListService = keyof typeof OPENERS;
export const LIST_SERVICES = Object.keys(OPENERS) as ListService[];

/** The service's list read with a mock of its own (own credential, token and throttle in n8n). */
export async function openList(service: ListService): Promise<ListSubject> {
	const { service: name, subject, noun, secondPageRequest, firstPageItems, read, ...parts } = await OPENERS[service]();
	const outages = outagesOf(parts);
	return { service: name, subject, noun, secondPageRequest, firstPageItems, read, outageAtPage2: (ms) => outages.at(ms, parts.atPage2), close: outages.close };
}

/** Runs `body` with the services' list reads open, and closes them however it ends. */
export async function withLists<T>(services: readonly ListService[], body: (lists: ListSubject[]) => Promise<T>): Promise<T> {
	return await withOpen(services.map((service) => async () => await openList(service)), body);
}
