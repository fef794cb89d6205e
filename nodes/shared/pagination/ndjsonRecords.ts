import type { IDataObject } from 'n8n-workflow';

/** A line longer than this is a broken stream, not a record: fail rather than hold it all in memory. */
const MAX_LINE_CHARS = 16 * 1024 * 1024;

function toRecord(line: string, lineNumber: number): IDataObject {
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch (error) {
		throw new Error(`line ${lineNumber} of the NDJSON stream is not valid JSON (${(error as Error).message})`);
	}
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
		if (pending.length > MAX_LINE_CHARS) throw new Error(`line ${lineNumber + 1} of the NDJSON stream is longer than ${MAX_LINE_CHARS} characters`);
	}
	const last = (pending + decoder.decode()).trim();
	if (last !== '') yield toRecord(last, lineNumber + 1);
}
