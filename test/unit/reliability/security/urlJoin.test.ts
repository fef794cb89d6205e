import fc from 'fast-check';
import { encodePath, joinUrl } from '../../../../nodes/shared/transport/url';
import { recordReliability } from '../../../reliability/ledger';
import { anyId, anyPath, unrepresentable } from './ids';

/**
 * The shared URL join every request goes through (nodes/shared/transport/url.ts), read the way axios reads its
 * result (WHATWG URL parsing): a path never changes the origin or climbs above the base path, and an id put in a
 * path with encodePath is one segment that decodes back exactly.
 */
const RUNS = 2_000;
const baseUrl = fc.record({
	host: fc.constantFrom('127.0.0.1:8080', 'app.hive.example', 'eu.fastcomments.example:8443'),
	scheme: fc.constantFrom('http', 'https'),
	basePath: fc.constantFrom('', '/merchant_api/v1', '/api/', '/a/b/c'),
});

const attempt = <T>(work: () => T): T | Error => {
	try {
		return work();
	} catch (error) {
		return error as Error;
	}
};

test('a joined path keeps the origin and stays below the base path, or is refused', () => {
	let joined = 0;
	let astray = 0;
	fc.assert(
		fc.property(baseUrl, anyPath, ({ host, scheme, basePath }, path) => {
			const base = `${scheme}://${host}${basePath}`;
			const result = attempt(() => joinUrl(base, path));
			if (result instanceof Error) return;
			joined += 1;
			const url = new URL(result);
			const root = new URL(base).pathname.replace(/\/+$/, '');
			const fits = url.origin === new URL(base).origin && (url.pathname === root || url.pathname.startsWith(`${root}/`));
			if (!fits) astray += 1;
			return fits;
		}),
		{ numRuns: RUNS },
	);
	recordReliability({
		table: 'requests',
		service: 'All',
		subject: 'URL join (shared)',
		trial: `${RUNS} generated paths`,
		expected: 'same origin, below base path, or refused',
		observed: `${joined} joined, ${RUNS - joined} refused, ${astray} astray`,
		tried: RUNS,
		lost: 0,
		duplicated: 0,
		doubleSent: 0,
		leaked: astray,
		runtime: 'in-process',
	});
	expect(joined).toBeGreaterThan(RUNS / 10);
	expect(astray).toBe(0);
});

test('an id placed with encodePath is one segment that decodes back exactly; only "." and ".." are refused', () => {
	let exact = 0;
	let refused = 0;
	fc.assert(
		fc.property(baseUrl, anyId, ({ host, scheme, basePath }, id) => {
			const base = `${scheme}://${host}${basePath}`;
			const result = attempt(() => joinUrl(base, encodePath`/orders/${id}/lines`));
			if (result instanceof Error) {
				refused += 1;
				return unrepresentable(id);
			}
			const segments = new URL(result).pathname.split('/');
			const fits = segments.length >= 3 && segments[segments.length - 3] === 'orders' && segments[segments.length - 1] === 'lines' && decodeURIComponent(segments[segments.length - 2]) === id;
			if (fits) exact += 1;
			return fits && new URL(result).origin === new URL(base).origin;
		}),
		{ numRuns: RUNS },
	);
	recordReliability({
		table: 'requests',
		service: 'All',
		subject: 'encodePath + URL join (shared)',
		trial: `${RUNS} generated ids`,
		expected: 'one exact segment, same origin',
		observed: `${exact} exact, ${refused} "."/".." refused`,
		tried: RUNS,
		lost: RUNS - exact - refused,
		duplicated: 0,
		doubleSent: 0,
		leaked: 0,
		runtime: 'in-process',
	});
	expect(exact + refused).toBe(RUNS);
});
