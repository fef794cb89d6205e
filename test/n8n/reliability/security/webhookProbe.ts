import { request } from 'node:http';
import { recordReliability } from '../../../reliability/ledger';
import type { N8nClient } from '../../harness/client';
import { UNFINISHED_STATUSES } from '../../harness/execution';
import { recordAnswer } from '../../harness/runRecords';
import { waitFor } from '../../harness/wait';

export interface RawCall {
	method?: string;
	/** Sent exactly as given: no Content-Type is added when none is named. */
	headers: Record<string, string | string[]>;
	body: string | Buffer;
}

export interface RawAnswer {
	status: number;
	text: string;
}

/** One HTTP call with exactly these headers and bytes (fetch would add a Content-Type); the answer is recorded for the leak scan. */
export function sendRaw(n8n: N8nClient, url: string, call: RawCall): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		const outgoing = request(url, { method: call.method ?? 'POST', headers: { ...call.headers, 'content-length': Buffer.byteLength(call.body) }, timeout: 30_000 }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				const answer = { status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') };
				recordAnswer(n8n.info.tempDir, { url, ...answer });
				resolve(answer);
			});
		});
		outgoing.on('timeout', () => outgoing.destroy(new Error(`${url}: no answer within 30 s`)));
		outgoing.on('error', reject);
		outgoing.end(call.body);
	});
}

/**
 * How many executions the calls started. After them a genuine call is sent: n8n starts a trigger's execution before
 * it answers, so by then every execution the calls started is listed. Counted by id, and only once all of them have
 * finished, so a run still going when the count began is neither missed nor counted twice.
 */
export async function executionsStartedBy(n8n: N8nClient, workflowId: string, calls: () => Promise<void>, genuine: () => Promise<RawAnswer>): Promise<number> {
	const before = new Set((await n8n.listExecutions(workflowId)).map((execution) => execution.id));
	await calls();
	const answer = await genuine();
	if (answer.status !== 200) throw new Error(`the genuine call after them was answered ${answer.status} ${answer.text}`);
	const started = await waitFor(
		`the executions started since the count began (workflow ${workflowId}) to finish`,
		async () => {
			const fresh = (await n8n.listExecutions(workflowId)).filter((execution) => !before.has(execution.id));
			return fresh.length > 0 && fresh.every((execution) => !UNFINISHED_STATUSES.includes(execution.status)) ? fresh : undefined;
		},
		{ timeoutMs: 15_000, intervalMs: 100 },
	);
	return started.length - 1;
}

/** One forged-call row of the webhooks table: what was sent, the answer expected, and what happened. */
export function recordForgery(service: 'Hive' | 'FastComments', trial: string, expected: string, status: number, started: number, leaked = 0): void {
	recordReliability({
		table: 'webhooks',
		service,
		subject: `${service} Trigger`,
		trial,
		expected,
		observed: `${status}, ${started} run${started === 1 ? '' : 's'}`,
		tried: 1,
		lost: 0,
		// A refused call that starts a run anyway is a run nobody asked for.
		duplicated: started,
		doubleSent: 0,
		leaked,
		runtime: 'real n8n',
	});
}
