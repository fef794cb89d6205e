import { createHash } from 'node:crypto';
import type { MockRequest, MockResponse } from '../shared';

/** A JSON answer with an ETag; 304 without a body when the client's If-None-Match names the current one. */
export function withEtag(req: MockRequest, body: unknown): MockResponse {
	const etag = `"${createHash('sha1').update(JSON.stringify(body)).digest('hex').slice(0, 16)}"`;
	const wanted = String(req.headers['if-none-match'] ?? '')
		.split(',')
		.map((tag) => tag.trim())
		.filter(Boolean);
	if (wanted.includes(etag) || wanted.includes('*')) return { status: 304, headers: { etag } };
	return { status: 200, body, headers: { etag } };
}
