import type { LogEntry } from '../../../mocks/shared/requestLog';
import { isTokenRequest as isFasterForwardToken, readRecords, RECORD_ROWS } from '../../../reliability/faults/fasterForwardFaults';
import { fasterForwardFaultWorld } from '../../../reliability/faults/fasterForwardN8nFaults';
import { plural, type CaseRun, type ReadCheck } from '../../../reliability/faults/forstaFasterForwardCase';
import { isTokenRequest as isForstaToken, readResponses } from '../../../reliability/faults/forstaFaults';
import { forstaFaultWorld } from '../../../reliability/faults/forstaN8nFaults';
import { arrivedAt } from '../../../reliability/faults/hiveFaults';
import { seconds, WAIT_HINT, waitHintIn } from '../../../reliability/faults/outage';

/**
 * The services with tokens, their token endpoint down as a read starts (the mock serves the token and the API, so
 * the whole mock is down; the read's first request is the token's). Token requests follow the reads' rule: they
 * are repeated within the Retry Budget.
 */
const OUTAGE_MS = 10_000;

interface TokenRead {
	subject: string;
	mock: { outage(ms: number): Promise<void> };
	isTokenRequest(entry: LogEntry): boolean;
	read(): Promise<{ run: CaseRun; rows: ReadCheck }>;
	settle(words: { subject: string; trial: string; expected: string }, run: CaseRun, did: string, read: ReadCheck): void;
	close(): Promise<void>;
}

const TOKEN_READS: Record<'Forsta' | 'Faster Forward', () => Promise<TokenRead>> = {
	Forsta: async () => {
		const world = await forstaFaultWorld();
		const read = async () => {
			const run = await world.run(readResponses());
			return { run, rows: run.rows };
		};
		return { ...world, subject: 'Response: Get Data (pages)', isTokenRequest: isForstaToken, read };
	},
	'Faster Forward': async () => {
		const world = await fasterForwardFaultWorld();
		return { ...world, subject: 'API Request: GET, paged', isTokenRequest: isFasterForwardToken, read: async () => ({ run: await world.run(readRecords()), rows: RECORD_ROWS }) };
	},
};

describe('A token endpoint outage as a read starts', () => {
	test.each(Object.keys(TOKEN_READS) as Array<keyof typeof TOKEN_READS>)('%s: the read waits it out; every row once; one token grant; the node says it waited', async (service) => {
		const subject = await TOKEN_READS[service]();
		const began = Date.now();
		const outage = subject.mock.outage(OUTAGE_MS);
		try {
			const { run, rows } = await subject.read();
			const [first] = run.log;
			const grants = run.log.filter((entry) => subject.isTokenRequest(entry) && entry.status === 200).length;
			const firstAfterMs = first ? arrivedAt(first) - began : 0;
			expect(run.outcome.error).toBeUndefined();
			// The token request was tried during the outage and repeated until the service was back.
			expect(first && subject.isTokenRequest(first)).toBe(true);
			expect(firstAfterMs).toBeGreaterThanOrEqual(OUTAGE_MS);
			expect(run.log.filter(subject.isTokenRequest)).toHaveLength(1);
			expect(grants).toBe(1);
			expect(waitHintIn(run.outcome.texts)).toMatch(WAIT_HINT);
			subject.settle(
				{ subject: subject.subject, trial: `token endpoint down for ${seconds(OUTAGE_MS)} as the read starts`, expected: 'wait it out, every row once, one token grant' },
				{ ...run, tried: 1 },
				`first token request reached the mock ${Math.round(firstAfterMs / 1000)} s after the outage began; ${plural(grants, 'token grant')}; wait hint on the node`,
				rows,
			);
		} finally {
			await outage;
			await subject.close();
		}
	});
});
