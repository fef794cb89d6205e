import { redactText, redactValue } from '../../../../nodes/shared/errors/redact';

const KEY = 'hv_live_7Qm2Xr9Lk4Pz8Ws1Ty6Vb3Nd';
const MASK = '[redacted]';

describe('redactText', () => {
	it('masks every occurrence of a secret value', () => {
		const out = redactText(`key ${KEY} was refused; retry with ${KEY}?`, [KEY]);
		expect(out).not.toContain(KEY);
		expect(out).toBe(`key ${MASK} was refused; retry with ${MASK}?`);
	});

	it('masks Bearer and Basic values even when the secret is not known', () => {
		const out = redactText('Authorization: Bearer abc.DEF-123_x/y+z= and Basic dXNlcjpwYXNzd29yZA==', []);
		expect(out).toBe(`Authorization: Bearer ${MASK} and Basic ${MASK}`);
	});

	it('masks a secret written URL-encoded, JSON-escaped or in base64', () => {
		const secret = 'cs/7+Q "x"=&y';
		const forms = [encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('base64url')];
		const out = redactText(forms.map((form) => `<${form}>`).join(' '), [secret]);
		expect(out).toBe(forms.map(() => `<${MASK}>`).join(' '));
	});

	it('leaves very short "secrets" alone so ordinary words stay readable', () => {
		expect(redactText('the id is abc', ['abc'])).toBe('the id is abc');
		expect(redactText('nothing to hide', [''])).toBe('nothing to hide');
	});

	it('masks secrets with characters that mean something in a regular expression', () => {
		const secret = 'a.b*c+(d)?$';
		expect(redactText(`x ${secret} y`, [secret])).toBe(`x ${MASK} y`);
	});
});

describe('redactValue', () => {
	it('masks a secret value anywhere in a nested body, in strings of arrays and objects', () => {
		const body = { errors: [`Invalid key ${KEY}`], meta: { echo: { request: { query: `api_key=${KEY}&page=2` } } }, list: [[{ note: KEY }]] };
		const out = redactValue(body, [KEY]);
		expect(JSON.stringify(out)).not.toContain(KEY);
		expect(out.meta.echo.request.query).toBe(`api_key=${MASK}&page=2`);
		expect(out.list[0][0].note).toBe(MASK);
	});

	it.each(['authorization', 'Authorization', 'x-api-key', 'apiKey', 'api-key', 'api_key', 'access_token', 'refreshToken', 'client_secret', 'password', 'cookie', 'set-cookie', 'X-Signature'])(
		'masks the value of a secret-named key (%s) whatever it holds',
		(key) => {
			const out = redactValue({ [key]: 'something-unknown-123', other: 'kept' }, []) as Record<string, unknown>;
			expect(out[key]).toBe(MASK);
			expect(out.other).toBe('kept');
		},
	);

	it('masks a secret-named key holding an object or number too', () => {
		const out = redactValue({ token: { value: 'x' }, secret: 12345 }, []) as Record<string, unknown>;
		expect(out).toEqual({ token: MASK, secret: MASK });
	});

	it('keeps empty and null values under secret-named keys as they are', () => {
		expect(redactValue({ password: '', token: null }, [])).toEqual({ password: '', token: null });
	});

	it('leaves ordinary keys, numbers and booleans alone', () => {
		const body = { id: 42, name: 'Blue mug', active: true, tags: ['a', 'b'], price: null };
		expect(redactValue(body, [KEY])).toEqual(body);
	});

	it('returns a copy and never changes the original', () => {
		const body = { message: `bad ${KEY}`, headers: { authorization: `Bearer ${KEY}` } };
		const before = JSON.stringify(body);
		redactValue(body, [KEY]);
		expect(JSON.stringify(body)).toBe(before);
	});

	it('leaks no secret from a body nested deeper than it walks', () => {
		let deep: Record<string, unknown> = { message: `key ${KEY}` };
		for (let i = 0; i < 40; i++) deep = { inner: deep };
		expect(JSON.stringify(redactValue(deep, [KEY]))).not.toContain(KEY);
	});
});
