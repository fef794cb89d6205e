import type { MockServer } from '../shared';
import { MOCK_API } from './constants';
import type { TokenAuthority } from './tokenAuthority';

export interface ReceivedUpload {
	bytes: number;
	body: unknown;
}

const record = (n: number) => ({ id: n, naam: `Relatie ${n}`, plaats: n % 2 ? 'Utrecht' : 'Zwolle' });

/** Test resources to page through and upload to; they stand in for whatever paths a customer's reference names. */
export function registerMockApiRoutes(server: MockServer, tokens: TokenAuthority, uploads: ReceivedUpload[], total = 250): void {
	server.route('GET', `${MOCK_API}/records`, (req) => {
		const page = Number(req.query.page?.[0] ?? 1);
		const size = Number(req.query.pageSize?.[0] ?? 25);
		if (!Number.isInteger(page) || page < 1 || !Number.isInteger(size) || size < 1 || size > 100) {
			return { status: 400, body: { error: 'page must be 1 or more and pageSize 1 to 100' } };
		}
		const ids = Array.from({ length: total }, (_, i) => i + 1).slice((page - 1) * size, page * size);
		return { status: 200, body: { data: ids.map(record), meta: { page, pageSize: size, pageCount: Math.ceil(total / size) } } };
	});

	server.route('GET', `${MOCK_API}/linked-records`, (req) => {
		const from = Number(req.query.from?.[0] ?? 1);
		const ids = Array.from({ length: 40 }, (_, i) => from + i).filter((id) => id <= total);
		const nextFrom = from + 40;
		const next = nextFrom <= total ? `${MOCK_API}/linked-records?from=${nextFrom}` : null;
		return { status: 200, body: { data: ids.map(record), links: { next } } };
	});

	server.route('GET', `${MOCK_API}/whoami`, (req) => {
		const bearer = String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
		return { status: 200, body: tokens.holder(bearer) ?? {} };
	});

	server.route('POST', `${MOCK_API}/documents`, (req) => {
		if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) return { status: 415, body: { error: 'JSON expected' } };
		uploads.push({ bytes: Buffer.byteLength(req.rawBody), body: req.body });
		return { status: 201, body: { id: uploads.length, receivedBytes: Buffer.byteLength(req.rawBody) } };
	});
}
