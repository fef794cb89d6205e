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
