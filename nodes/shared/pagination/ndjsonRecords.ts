import type { IDataObject } from 'n8n-workflow';
import type { ApiClient } from '../transport/apiClient';
import { isByteStream } from '../transport/responseBody';
import type { ApiRequest } from '../transport/types';
import { RepeatedStrings } from './repeatedStrings';

/** A stream whose text is not NDJSON. */
export class NdjsonError extends Error {}

/** A line longer than this is a broken stream, not a record: fail rather than hold it all in memory. */
const MAX_LINE_CHARS = 16 * 1024 * 1024;

function toRecord(line: string, lineNumber: number): IDataObject {
	let value: unknown;
	let problem: string | undefined;
	try {
		value = JSON.parse(line);
	} catch (error) {
		problem = (error as Error).message;
	}
	if (problem !== undefined) throw new NdjsonError(`line ${lineNumber} of the NDJSON stream is not valid JSON (${problem})`);
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : { value: value as IDataObject[keyof IDataObject] };
}

/**
 * Records of an NDJSON (newline-delimited JSON) byte stream, parsed as the bytes arrive. Only the current,
 * unfinished line is held as text, so a stream of any length never becomes one string. Stopping early (a
 * `break` in the caller's loop) closes the stream.
 */
export async function* ndjsonRecords(stream: AsyncIterable<unknown>): AsyncGenerator<IDataObject> {
	const decoder = new TextDecoder('utf-8');
	let pending = '';
	let lineNumber = 0;
	for await (const chunk of stream) {
		pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
		let start = 0;
		for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
			lineNumber++;
			const line = pending.slice(start, end).trim();
			start = end + 1;
			if (line !== '') yield toRecord(line, lineNumber);
		}
		pending = pending.slice(start);
		if (pending.length > MAX_LINE_CHARS) throw new NdjsonError(`line ${lineNumber + 1} of the NDJSON stream is longer than ${MAX_LINE_CHARS} characters`);
	}
	const last = (pending + decoder.decode()).trim();
	if (last !== '') yield toRecord(last, lineNumber + 1);
}

/** The records of one streamed request, read as they arrive; the stream is closed when the caller stops. */
export async function* streamRecords(client: ApiClient, request: ApiRequest, itemIndex?: number): AsyncGenerator<IDataObject> {
	const response = await client.send({ ...request, streamResponse: true }, itemIndex);
	if (!isByteStream(response.body)) throw client.problem(request, 'the service did not answer with a stream', itemIndex);
	try {
		yield* ndjsonRecords(response.body);
	} catch (error) {
		if (error instanceof NdjsonError) throw client.problem(request, `the stream could not be read: ${error.message}`, itemIndex);
		// A stream cut off midway cannot be resumed without repeating records, so it is not retried.
		throw client.problem(request, `the stream broke off before its end (${(error as Error).message})`, itemIndex);
	}
}

/** All records of a streamed NDJSON request, or the first `limit`; the stream is closed as soon as enough are read. */
export async function readNdjson(client: ApiClient, request: ApiRequest, options: { limit?: number; itemIndex?: number } = {}): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	if (options.limit !== undefined && options.limit <= 0) return records;
	const repeated = new RepeatedStrings();
	for await (const record of streamRecords(client, request, options.itemIndex)) {
		repeated.shareItem(record);
		records.push(record);
		if (options.limit !== undefined && records.length >= options.limit) break;
	}
	return records;
}
