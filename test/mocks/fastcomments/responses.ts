import type { MockResponse } from '../shared';

/** FastComments' error shape; many failures come with HTTP 200, which clients must still treat as errors. */
export function failed(code: string, reason: string, status = 200): MockResponse {
	return { status, body: { status: 'failed', code, reason } };
}

export function success(fields: Record<string, unknown> = {}): MockResponse {
	return { status: 200, body: { status: 'success', ...fields } };
}

export function first(values: string[] | undefined): string | undefined {
	return values?.[0];
}

export function numberParam(values: string[] | undefined): number | undefined {
	const raw = values?.[0];
	if (raw === undefined || raw === '') return undefined;
	const value = Number(raw);
	return Number.isFinite(value) ? value : Number.NaN;
}
