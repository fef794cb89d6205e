import fc from 'fast-check';
import { recordReliability } from '../../../reliability/ledger';
import { anyId, unrepresentable } from './ids';
import { offShape } from './idShapes';
import { NODES_UNDER_TEST, type NodeUnderTest } from './nodesUnderTest';
import { discoverPathParameters, pathOf, queryOf, runAgainst, withValue, type PathParameter } from './pathParameters';
import { startRecordingServer, type RecordingServer } from './recordingServer';

/**
 * Every id or path parameter of every node (found by running each operation with marker texts), filled with
 * generated ids full of `#`, `/`, `?`, `%`, `..`, `@`, backslashes, full URLs and unicode: the request never leaves
 * the credential's host, and the id arrives as exactly one path segment that decodes back to what was entered
 * (trimmed, as every id field is), with the rest of the path unchanged. Only "." and ".." cannot be one segment
 * (URL parsing resolves them away); those must be refused before anything is sent.
 */
const RUNS_PER_PARAMETER = 20;

/** What the service must receive for a value: ids are trimmed; Flowbox's product keys are a comma-separated list. */
function expectedSegment(parameter: PathParameter, value: string): string {
	if (parameter.name === 'productKeys') {
		return value
			.split(',')
			.map((key) => key.trim())
			.filter(Boolean)
			.join(',');
	}
	return value.trim();
}

const decoded = (segment: string) => {
	try {
		return decodeURIComponent(segment);
	} catch {
		return undefined;
	}
};

/**
 * Whether one request arrived like the marker run's, with the value in the marker's place: in the path, the same
 * segments with the value as exactly one of them; in the query, the same path and the value under the same key.
 */
function arrivedAsEntered(parameter: PathParameter, baseline: string, target: string, wanted: string): boolean {
	const expected = pathOf(baseline).split('/');
	const got = pathOf(target).split('/');
	if (parameter.where.in === 'query') {
		const key = parameter.where.key;
		return pathOf(target) === pathOf(baseline) && (queryOf(baseline).get(key) !== parameter.marker || queryOf(target).get(key) === wanted);
	}
	return got.length === expected.length && expected.every((segment, at) => (segment === parameter.marker ? decoded(got[at]) === wanted : got[at] === segment));
}

type Outcome = 'exact' | 'refused' | 'offHost' | 'wrong' | 'refusedWrongly';

/** Counts per outcome: `refused` is "." or ".." refused before sending, as it must be; the last three are faults. */
type Tally = Record<Outcome, number> & { runs: number };

let server: RecordingServer;
beforeAll(async () => (server = await startRecordingServer()));
afterAll(async () => await server.close());

/** One generated value in one parameter, judged by what was handed to the transport and what arrived. */
async function judge(subject: NodeUnderTest, parameter: PathParameter, value: string): Promise<{ outcome: Outcome; detail?: string }> {
	const { sentUrls, arrived } = await runAgainst(subject, server, withValue(parameter.parameters, parameter.name, value));
	const offHost = sentUrls.filter((url) => new URL(url).origin !== server.url);
	if (offHost.length > 0) return { outcome: 'offHost', detail: `sent to ${offHost.join(' ')}` };
	const wanted = expectedSegment(parameter, value);
	const mustRefuse = (parameter.where.in === 'path' && unrepresentable(wanted)) || offShape(parameter.operation.properties, parameter.name, wanted);
	if (arrived.length === 0) return mustRefuse ? { outcome: 'refused' } : { outcome: 'refusedWrongly', detail: 'refused, though it can be sent' };
	if (mustRefuse || arrived.length !== parameter.baseline.length) return { outcome: 'wrong', detail: `sent ${arrived.join(' ')}` };
	const misplaced = parameter.baseline.findIndex((target, index) => !arrivedAsEntered(parameter, target, arrived[index], wanted));
	return misplaced === -1 ? { outcome: 'exact' } : { outcome: 'wrong', detail: `arrived as ${arrived[misplaced]}` };
}

describe.each(NODES_UNDER_TEST.map((subject) => [subject.service, subject] as const))('%s: ids in request paths', (service, subject) => {
	test('every id field keeps the host and arrives as one exact segment', async () => {
		const { found, sentNothing } = await discoverPathParameters(subject, server);
		// An operation whose sample sends nothing could hide an id field: only those known to take none may.
		expect(sentNothing).toEqual(subject.sampleSendsNothing ?? []);
		const tally: Tally = { runs: 0, exact: 0, refused: 0, offHost: 0, wrong: 0, refusedWrongly: 0 };
		for (const parameter of found) {
			await fc.assert(
				fc.asyncProperty(anyId, async (value) => {
					const { outcome, detail } = await judge(subject, parameter, value);
					tally.runs += 1;
					tally[outcome] += 1;
					if (detail) throw new Error(`${parameter.operation.resource}.${parameter.operation.operation} ${parameter.name} (${parameter.where.in}) = ${JSON.stringify(value)}: ${detail}`);
				}),
				{ numRuns: RUNS_PER_PARAMETER, endOnFailure: true },
			);
		}
		// Faster Forward has no id fields (its paths come from the customer's API reference: see customPaths.test.ts).
		if (service === 'Faster Forward') return expect(found).toEqual([]);
		const operations = new Set(found.map((parameter) => `${parameter.operation.resource}.${parameter.operation.operation}`)).size;
		const inQuery = found.filter((parameter) => parameter.where.in === 'query').length;
		recordReliability({
			table: 'requests',
			service,
			subject: `${found.length - inQuery} path${inQuery ? ` + ${inQuery} query` : ''} id fields, ${operations} operations`,
			trial: `${tally.runs} generated ids`,
			expected: 'same host, one exact segment',
			observed: `${tally.exact} exact, ${tally.refused} unsendable refused, ${tally.offHost} off host`,
			tried: tally.runs,
			lost: tally.wrong + tally.refusedWrongly,
			duplicated: 0,
			doubleSent: 0,
			leaked: tally.offHost,
			runtime: 'in-process',
		});
		expect(found.length).toBeGreaterThan(0);
		expect({ offHost: tally.offHost, wrong: tally.wrong, refusedWrongly: tally.refusedWrongly }).toEqual({ offHost: 0, wrong: 0, refusedWrongly: 0 });
	}, 300_000);
});
