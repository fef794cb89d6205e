/** Waits shorter than this in total are not worth a note on the node. */
export const NOTEWORTHY_WAIT_MS = 5_000;

/** What a wait was for, as the user reads it: "the limit of 5 requests per second", "Retry-After from the service". */
export type WaitReason = string;

export const FAULT_WAIT: WaitReason = 'the service to come back after faults';

/** A pause another process of this n8n was told to take (queue mode): what its answer said is not known here. */
export const OTHER_PROCESS_PAUSE: WaitReason = "a rate-limit answer to another of this n8n's processes";

/**
 * What a pause after a rate-limit answer (a 429, or Forsta's 403) is shown as: Retry-After only when the header
 * came, the service's own words when its body named the wait, else the bare answer. Fixed phrases and a status.
 */
export function rateLimitReason(status: number, named: 'header' | 'body' | 'none'): WaitReason {
	if (named === 'header') return `Retry-After from the service (HTTP ${status})`;
	if (named === 'body') return `the wait the service named in its answer (HTTP ${status})`;
	return `a rate-limit answer from the service (HTTP ${status})`;
}

/** A duration as the user reads it: tenths of a second below 10 s, whole seconds above. */
export function seconds(ms: number): string {
	const value = ms < 10_000 ? Math.round(ms / 100) / 10 : Math.round(ms / 1000);
	return `${value.toLocaleString('en-US')} s`;
}

/**
 * The time one API client (one execution of a node) spent waiting, per reason, and how many requests it repeated.
 * Reasons are the documented window labels and fixed phrases, never request data, so the summary holds no secret.
 */
export class WaitLog {
	private readonly waits = new Map<WaitReason, number>();
	private repeats = 0;

	add(reason: WaitReason, ms: number): void {
		if (ms > 0) this.waits.set(reason, (this.waits.get(reason) ?? 0) + ms);
	}

	/** A request is about to be sent again (after a fault or a 429). */
	retried(): void {
		this.repeats++;
	}

	get retries(): number {
		return this.repeats;
	}

	totalMs(): number {
		let total = 0;
		for (const ms of this.waits.values()) total += ms;
		return total;
	}

	/**
	 * One paragraph for the node's execution hint, or undefined when nothing is worth telling: no request was
	 * repeated (a repeat after a fault or a rate-limit answer always is) and the waits were short.
	 */
	summary(minimumMs = NOTEWORTHY_WAIT_MS): string | undefined {
		const total = this.totalMs();
		if (total < minimumMs && this.repeats === 0) return undefined;
		const parts = [...this.waits.entries()].sort((a, b) => b[1] - a[1]).map(([reason, ms]) => `${seconds(ms)} for ${reason}`);
		const repeated = this.repeats === 1 ? '1 request was repeated' : `${this.repeats.toLocaleString('en-US')} requests were repeated`;
		return total > 0 ? `This node waited ${seconds(total)} in total: ${parts.join(', ')}. ${repeated}.` : `${repeated}, without waiting.`;
	}
}
