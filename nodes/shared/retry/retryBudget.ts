import { backoffMs } from './backoff';

/** How long a safe request is repeated through faults unless the node's option says otherwise: a deploy's length. */
export const DEFAULT_RETRY_BUDGET_SECONDS = 60;
export const DEFAULT_RETRY_BUDGET_MS = DEFAULT_RETRY_BUDGET_SECONDS * 1000;

/** Backoff after faults: from half a second, doubling, never more than 8 s, so a service that is back is seen soon. */
const FAULT_BACKOFF_BASE_MS = 500;
const FAULT_BACKOFF_CAP_MS = 8_000;

/** How a budget ended, for the error that follows: its size, the time spent, and an asked-for wait that did not fit. */
export interface BudgetReport {
	budgetMs: number;
	spentMs: number;
	/** The service asked to wait longer than was left, so the retries ended at once. */
	tooLongWait?: { askedMs: number; leftMs: number };
}

/**
 * The time one request may spend being repeated after transient faults (network faults, 408/5xx), counted from its
 * first fault. Once that much time has passed, the next fault ends it; so it stops within the budget plus one backoff.
 */
export class RetryBudget {
	private firstFaultAt: number | undefined;
	private faults = 0;
	private tooLongWait: BudgetReport['tooLongWait'];

	constructor(
		readonly budgetMs: number,
		private readonly now: () => number,
		private readonly random: () => number = Math.random,
	) {}

	/** A fault happened: the wait before the next attempt (the service's own when it named one), or undefined to give up. */
	nextWait(askedMs?: number): number | undefined {
		const now = this.now();
		this.firstFaultAt ??= now;
		this.faults++;
		const spent = now - this.firstFaultAt;
		if (spent >= this.budgetMs) return undefined;
		// A Retry-After that ends past the budget plus one backoff step would break the budget's promise: give up now.
		if (askedMs !== undefined && spent + askedMs > this.budgetMs + FAULT_BACKOFF_CAP_MS) {
			this.tooLongWait = { askedMs, leftMs: this.budgetMs - spent };
			return undefined;
		}
		return askedMs ?? backoffMs(this.faults, FAULT_BACKOFF_BASE_MS, FAULT_BACKOFF_CAP_MS, this.random);
	}

	/** Milliseconds since the first fault; 0 before any. */
	spentMs(): number {
		return this.firstFaultAt === undefined ? 0 : this.now() - this.firstFaultAt;
	}

	report(): BudgetReport {
		return { budgetMs: this.budgetMs, spentMs: this.spentMs(), tooLongWait: this.tooLongWait };
	}
}

/** Seconds as the node option gives them (a number, maybe fractional) to milliseconds; negative or missing is the default. */
export function retryBudgetMs(seconds: unknown): number {
	return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : DEFAULT_RETRY_BUDGET_MS;
}
