import type { MockServer } from './mockServer';
import type { MockRequest, MockResponse, Next } from './types';

/** What goes wrong with one request. */
export type Fault =
	/** An answer with this status (429 storms, 5xx flaps), optionally with a body and headers. */
	| { kind: 'status'; status: number; body?: unknown; rawBody?: string; headers?: Record<string, string> }
	/** The connection drops without an answer. */
	| { kind: 'reset' }
	/** Status and headers arrive, then the connection drops half-way through the body. */
	| { kind: 'resetMidBody' }
	/** No answer for `ms`, then the connection drops (a client timeout should fire first). */
	| { kind: 'hang'; ms: number }
	/** The real answer, cut in half but sent as complete (malformed JSON with a matching Content-Length). */
	| { kind: 'truncate' }
	/** Another body in place of the real one: an HTML error page with 200, garbage, … */
	| { kind: 'replace'; status?: number; rawBody: string; contentType: string }
	/** The real answer, changed (e.g. FastComments' `status: "failed"` with HTTP 200). */
	| { kind: 'alter'; change: (response: MockResponse) => MockResponse }
	/** Not a fault in the answer: runs before the request is handled (data that changes between pages). */
	| { kind: 'before'; run: (req: MockRequest) => void | Promise<void> };

export interface FaultRule {
	method?: string;
	/** Matches the request path (without query). */
	path?: RegExp;
	when?: (req: MockRequest) => boolean;
	/** Let this many matching requests through before the fault starts. */
	skip?: number;
	/** How many matching requests get the fault; default 1, Infinity for all. */
	times?: number;
	fault: Fault;
	/**
	 * Let the service act on the request first, then answer with the fault: the case where a client cannot know
	 * whether a write happened (a 502 or a reset after the record was created).
	 */
	afterHandling?: boolean;
}

export interface InjectedFault {
	method: string;
	path: string;
	kind: Fault['kind'];
	status?: number;
}

export interface FaultHandle {
	/** Matching requests seen so far (faulted or let through). */
	readonly matched: number;
	/** Requests this rule faulted. */
	readonly injected: number;
}

export interface FaultLayer {
	add(rule: FaultRule): FaultHandle;
	/** Removes every rule and ends pending hangs. */
	clear(): void;
	/** Every fault injected since the layer was added or last cleared, in order. */
	readonly injected: readonly InjectedFault[];
}

interface ActiveRule {
	rule: FaultRule;
	matched: number;
	injected: number;
}

function matches(rule: FaultRule, req: MockRequest): boolean {
	if (rule.method && rule.method.toUpperCase() !== req.method) return false;
	if (rule.path && !rule.path.test(req.path)) return false;
	return rule.when ? rule.when(req) : true;
}

function payloadOf(response: MockResponse): string {
	if (response.rawBody !== undefined) return response.rawBody.toString();
	return response.body === undefined ? '' : JSON.stringify(response.body);
}

/** Waits `ms` (or until the layer is cleared); the timer never keeps a test process alive. */
function pause(ms: number, pending: Set<() => void>): Promise<void> {
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			pending.delete(done);
			resolve();
		};
		const timer = setTimeout(done, ms);
		timer.unref();
		pending.add(done);
	});
}

/**
 * A fault-injection layer in front of a mock's own middleware (auth, rate limits) and routes. Rules are checked in
 * the order added; the first one whose turn it is applies. Control routes are never faulted.
 */
export function addFaultLayer(server: MockServer): FaultLayer {
	const rules: ActiveRule[] = [];
	const injected: InjectedFault[] = [];
	const hangs = new Set<() => void>();

	async function answer(fault: Fault, req: MockRequest, next: Next, afterHandling: boolean): Promise<MockResponse> {
		if (fault.kind === 'before') {
			await fault.run(req);
			return next();
		}
		const handled = afterHandling || ['resetMidBody', 'truncate', 'alter'].includes(fault.kind) ? await next() : undefined;
		switch (fault.kind) {
			case 'status':
				return { status: fault.status, body: fault.body, rawBody: fault.rawBody, headers: fault.headers };
			case 'reset':
				return { status: 0, abort: true };
			case 'resetMidBody': {
				const real = handled!;
				return { ...real, abortAfterBytes: Math.floor(Buffer.byteLength(payloadOf(real)) / 2) };
			}
			case 'hang':
				await pause(fault.ms, hangs);
				return { status: 0, abort: true };
			case 'truncate': {
				const real = handled!;
				const text = payloadOf(real);
				return { status: real.status, headers: { ...real.headers, 'content-type': 'application/json' }, rawBody: text.slice(0, Math.floor(text.length / 2)) };
			}
			case 'replace':
				return { status: fault.status ?? 200, headers: { 'content-type': fault.contentType }, rawBody: fault.rawBody };
			case 'alter':
				return fault.change(handled!);
		}
	}

	server.use(
		async (req, next) => {
			const active = rules.find((entry) => {
				if (!matches(entry.rule, req) || entry.injected >= (entry.rule.times ?? 1)) return false;
				return entry.matched++ >= (entry.rule.skip ?? 0);
			});
			if (!active) return next();
			active.injected += 1;
			const { fault } = active.rule;
			const status = fault.kind === 'status' ? fault.status : undefined;
			injected.push({ method: req.method, path: req.path, kind: fault.kind, ...(status ? { status } : {}) });
			return answer(fault, req, next, active.rule.afterHandling ?? false);
		},
		{ first: true },
	);

	return {
		add(rule) {
			const entry: ActiveRule = { rule, matched: 0, injected: 0 };
			rules.push(entry);
			return {
				get matched() {
					return entry.matched;
				},
				get injected() {
					return entry.injected;
				},
			};
		},
		clear() {
			rules.length = 0;
			injected.length = 0;
			for (const end of [...hangs]) end();
		},
		injected,
	};
}

export type RetryAfterStyle = 'seconds' | 'decimal' | 'date' | 'none';

/** A 429 whose Retry-After says `seconds` in one of the forms services use (Hive sends decimals). */
export function tooManyRequests(style: RetryAfterStyle, seconds: number, body: unknown, now = Date.now()): Fault {
	const headers: Record<string, string> = {};
	if (style === 'seconds') headers['retry-after'] = String(Math.ceil(seconds));
	if (style === 'decimal') headers['retry-after'] = seconds.toFixed(1);
	if (style === 'date') headers['retry-after'] = new Date(now + seconds * 1000).toUTCString();
	return { kind: 'status', status: 429, body, headers };
}
