const MAX_ERROR_BODY_BYTES = 64 * 1024;

interface ByteStream extends AsyncIterable<unknown> {
	destroy?(): void;
}

export function isByteStream(body: unknown): body is ByteStream {
	return typeof (body as ByteStream | undefined)?.[Symbol.asyncIterator] === 'function' && !Buffer.isBuffer(body);
}

function asJsonOrText(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/**
 * The body of a refused streamed or binary request as JSON (or text), so errors can quote the service. Reads at most
 * 64 KiB of a stream and then closes it, which also frees the connection before a retry.
 */
export async function readErrorBody(body: unknown): Promise<unknown> {
	if (Buffer.isBuffer(body)) return asJsonOrText(body.toString('utf8'));
	if (body instanceof ArrayBuffer) return asJsonOrText(Buffer.from(body).toString('utf8'));
	if (!isByteStream(body)) return body;
	const chunks: Buffer[] = [];
	let size = 0;
	try {
		for await (const chunk of body) {
			const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
			chunks.push(bytes);
			size += bytes.length;
			if (size >= MAX_ERROR_BODY_BYTES) break;
		}
	} finally {
		body.destroy?.();
	}
	return asJsonOrText(Buffer.concat(chunks).toString('utf8').slice(0, MAX_ERROR_BODY_BYTES));
}

/** A connection that failed while a body was read: the same kind of fault as one that failed before the answer. */
function bodyBrokeOff(cause: unknown): Error {
	const code = (cause as { code?: unknown } | undefined)?.code;
	const reason = cause instanceof Error ? cause.message : String(cause);
	return Object.assign(new Error(`the connection broke off while the answer was read (${reason})`, { cause }), {
		code: typeof code === 'string' && code !== '' ? code : 'ECONNRESET',
	});
}

/**
 * A JSON answer read from its byte stream: parsed when it is JSON, else its text ('' when empty), as n8n's own
 * helper does. Each chunk is decoded as it arrives, so no Buffer outlives it: n8n's buffered reading keeps every
 * body's Buffers until V8's next full collection, which during a long paged read adds as much memory as the data.
 */
export async function readJsonBody(body: unknown): Promise<unknown> {
	if (!isByteStream(body)) return body;
	const decoder = new TextDecoder();
	let text = '';
	try {
		for await (const chunk of body) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
	} catch (error) {
		throw bodyBrokeOff(error);
	}
	return asJsonOrText(text + decoder.decode());
}
