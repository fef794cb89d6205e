/**
 * One memory measurement in a fresh process: `tsx bench/forstaMemoryWorker.ts <baseline|stream|pages|count|text> <mock url>`.
 * Reads every response of survey p1000001, keeps them (as n8n keeps items), and prints one JSON line with the
 * process's peak RSS and the highest heap seen.
 */
import axios from 'axios';
import { streamRecords } from '../nodes/shared/pagination/ndjsonRecords';
import { createApiClient } from '../nodes/shared/transport/apiClient';
import { forstaSurveysProfile } from '../nodes/Forsta/forstaProfiles';
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET } from '../test/mocks/forsta/constants';
import { forstaContext, runForstaNode, responseData } from './forstaContext';

async function readAsOneString(url: string): Promise<number> {
	// The naive way, for comparison: the whole NDJSON body as one string, then split.
	const token = await axios.post(
		`${url}/identity/connect/token`,
		new URLSearchParams({ grant_type: 'api-user', client_id: DEFAULT_CLIENT_ID, client_secret: DEFAULT_CLIENT_SECRET, scope: 'pub.surveys' }).toString(),
		{ headers: { 'content-type': 'application/x-www-form-urlencoded' } },
	);
	const answer = await axios.get<string>(`${url}/v1/surveys/p1000001/responses/data`, {
		headers: { authorization: `Bearer ${token.data.access_token}`, accept: 'application/x-ndjson' },
		responseType: 'text',
		transformResponse: (text: string) => text,
	});
	const records = answer.data.split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown);
	return records.length;
}

async function countStreamed(url: string): Promise<number> {
	// The engine's stream reader on its own: records parsed and dropped, to show what the parser itself holds.
	const { ctx } = forstaContext(url, {});
	const client = await createApiClient(ctx, forstaSurveysProfile);
	let count = 0;
	for await (const record of streamRecords(client, { method: 'GET', path: '/v1/surveys/p1000001/responses/data', headers: { Accept: 'application/x-ndjson' } })) {
		if (record.responseid !== undefined) count++;
	}
	return count;
}

async function main(): Promise<void> {
	const [mode, url] = process.argv.slice(2);
	let heapPeak = 0;
	const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
	const sampler = setInterval(sample, 5);
	const started = Date.now();
	let records: number;
	if (mode === 'baseline') records = 0;
	else if (mode === 'text') records = await readAsOneString(url);
	else if (mode === 'count') records = await countStreamed(url);
	else records = (await runForstaNode(url, responseData(mode === 'stream' ? { readMode: 'stream' } : { pageSize: 10_000 }))).length;
	sample();
	clearInterval(sampler);
	const result = { mode, records, elapsedMs: Date.now() - started, peakRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: heapPeak / 1024 / 1024 };
	process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: Error) => {
	process.stderr.write(`${error.stack ?? error.message}\n`);
	process.exit(1);
});
