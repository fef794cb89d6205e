import { redactHeaders, redactJson, redactQuery } from './redact';
import type { ParsedQuery } from './queryString';
import type { MockRequest } from './types';

/** What a mock received and how it answered. Secrets are redacted before anything is stored. */
export interface LogEntry {
	/** Increases by one per entry and is never reused (not even after `clear()`), for "what came since N". */
	seq: number;
	time: string;
	method: string;
	path: string;
	query: ParsedQuery;
	status: number;
	headers: Record<string, string | string[]>;
	/** Parsed JSON body, if any. */
	body?: unknown;
	/** Size of the body as it arrived, so a test can tell `{}` from no body at all. */
	bodyBytes: number;
	durationMs: number;
}

/** A bounded request log: the oldest entries drop out once `limit` is reached (benchmarks send many). */
export class RequestLog {
	private items: LogEntry[] = [];
	private nextSeq = 1;

	constructor(private readonly limit = 10_000) {}

	get entries(): readonly LogEntry[] {
		return this.items;
	}

	/** Entries with `seq` greater than the one given. */
	since(seq: number): LogEntry[] {
		return this.items.filter((entry) => entry.seq > seq);
	}

	/** The highest `seq` handed out so far (0 when none). */
	get lastSeq(): number {
		return this.nextSeq - 1;
	}

	record(req: MockRequest, status: number, startedAt: number): LogEntry {
		const entry: LogEntry = {
			seq: this.nextSeq++,
			time: new Date().toISOString(),
			method: req.method,
			path: req.path,
			query: redactQuery(req.query),
			status,
			headers: redactHeaders(req.headers),
			bodyBytes: Buffer.byteLength(req.rawBody),
			durationMs: Date.now() - startedAt,
		};
		if (req.body !== undefined) entry.body = redactJson(req.body);
		this.items.push(entry);
		if (this.items.length > this.limit) this.items.splice(0, this.items.length - this.limit);
		return entry;
	}

	clear(): void {
		this.items = [];
	}
}
