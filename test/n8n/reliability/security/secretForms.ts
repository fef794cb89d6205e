/** Forms shorter than this would match by chance in megabytes of log. */
const MIN_FORM_LENGTH = 8;

/**
 * The part of base64(text) that is the same whatever stands around the secret, when the secret starts `offset`
 * bytes into a group of three (as in `Basic base64(id:secret)`): the characters that hold its bits only.
 */
function base64Core(secret: Buffer, offset: number): string {
	const encoded = Buffer.concat([Buffer.alloc(offset), secret]).toString('base64');
	const first = Math.ceil((8 * offset) / 6);
	const last = Math.floor((8 * (offset + secret.length)) / 6);
	return encoded.slice(first, last);
}

/**
 * Every way a secret can be written into an execution, a log line or an answer: as is, URL-encoded (a query string
 * or form body), JSON-escaped, and base64 or base64url at any byte offset inside a longer encoded text.
 */
export function writtenForms(secret: string): Map<string, string> {
	const bytes = Buffer.from(secret, 'utf8');
	const forms = new Map<string, string>([
		['as is', secret],
		['URL-encoded', encodeURIComponent(secret)],
		['form-encoded', new URLSearchParams({ s: secret }).toString().slice(2)],
		['JSON-escaped', JSON.stringify(secret).slice(1, -1)],
	]);
	for (const offset of [0, 1, 2]) {
		const core = base64Core(bytes, offset);
		forms.set(`base64 (offset ${offset})`, core);
		forms.set(`base64url (offset ${offset})`, core.replace(/\+/g, '-').replace(/\//g, '_'));
	}
	// One entry per distinct text, long enough to mean something.
	const distinct = new Map<string, string>();
	for (const [name, text] of forms) if (text.length >= MIN_FORM_LENGTH && ![...distinct.values()].includes(text)) distinct.set(name, text);
	return distinct;
}
