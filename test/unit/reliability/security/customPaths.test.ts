import fc from 'fast-check';
import { recordReliability } from '../../../reliability/ledger';
import { anyPath } from './ids';
import { NODES_UNDER_TEST, operationsOf, parametersFor, type NodeUnderTest, type OperationUnderTest } from './nodesUnderTest';
import { runAgainst, takesPath } from './pathParameters';
import { startRecordingServer, type RecordingServer } from './recordingServer';

/**
 * Operations that take a whole path (every Custom API Call, Faster Forward's API Request and Document Upload),
 * given generated paths with "..", "%2e", backslashes, "//host", full URLs and "@": a request is either refused
 * before it is sent, or goes to the credential's host below the base URL's path.
 */
const RUNS_PER_OPERATION = 150;

let server: RecordingServer;
beforeAll(async () => (server = await startRecordingServer()));
afterAll(async () => await server.close());

const below = (basePath: string, pathname: string) => basePath === '' || pathname === basePath || pathname.startsWith(`${basePath}/`);

interface Tally {
	runs: number;
	refused: number;
	offHost: number;
	escaped: number;
}

async function tryPath(subject: NodeUnderTest, operation: OperationUnderTest, path: string, tally: Tally): Promise<string | undefined> {
	tally.runs += 1;
	const parameters = { ...parametersFor(subject, operation, () => 'value'), path };
	const { sentUrls, arrived } = await runAgainst(subject, server, parameters);
	if (arrived.length === 0) tally.refused += 1;
	const offHost = sentUrls.filter((url) => new URL(url).origin !== server.url);
	// What axios does with the URL (WHATWG parsing resolves dot segments) and what the server saw must both stay below the base path.
	const escaped = [...sentUrls.map((url) => new URL(url).pathname), ...arrived.map((target) => new URL(`${server.url}${target}`).pathname)].filter((pathname) => !below(subject.basePath, pathname));
	tally.offHost += offHost.length;
	tally.escaped += escaped.length;
	if (offHost.length > 0) return `${JSON.stringify(path)} went to ${offHost.join(' ')}`;
	if (escaped.length > 0) return `${JSON.stringify(path)} left ${subject.basePath}: ${escaped.join(' ')}`;
	return undefined;
}

describe.each(NODES_UNDER_TEST.map((subject) => [subject.service, subject] as const))('%s: paths of custom calls', (service, subject) => {
	const operations = operationsOf(subject.node).filter(takesPath);

	test.each(operations.map((operation) => [`${operation.resource}: ${operation.operation}`, operation] as const))('%s keeps the host and the base path', async (label, operation) => {
		const tally: Tally = { runs: 0, refused: 0, offHost: 0, escaped: 0 };
		// An ordinary path is sent, so a refusal below means the path was refused, not the operation.
		expect(await tryPath(subject, operation, '/records', tally)).toBeUndefined();
		expect(tally.refused).toBe(0);
		await fc.assert(
			fc.asyncProperty(anyPath, async (path) => {
				const problem = await tryPath(subject, operation, path, tally);
				if (problem) throw new Error(problem);
			}),
			{ numRuns: RUNS_PER_OPERATION, endOnFailure: true },
		);
		recordReliability({
			table: 'requests',
			service,
			subject: `${label} path`,
			trial: `${tally.runs} generated paths`,
			expected: 'same host, below base path, or refused',
			observed: `${tally.runs - tally.refused} sent, ${tally.refused} refused, ${tally.offHost + tally.escaped} astray`,
			tried: tally.runs,
			lost: 0,
			duplicated: 0,
			doubleSent: 0,
			leaked: tally.offHost + tally.escaped,
			runtime: 'in-process',
		});
		expect({ offHost: tally.offHost, escaped: tally.escaped }).toEqual({ offHost: 0, escaped: 0 });
	}, 300_000);
});
