import { serviceMessage } from '../../../../nodes/shared/errors/serviceMessage';

describe('serviceMessage: the words of the service itself', () => {
	it('joins Hive errors[]: {"success":false,"errors":["a","b"]}', () => {
		expect(serviceMessage({ success: false, errors: ['Name is missing', 'SKU is taken'] })).toBe('Name is missing; SKU is taken');
	});

	it('reads errors[] of objects by their message, detail or title', () => {
		expect(serviceMessage({ errors: [{ message: 'first' }, { detail: 'second' }, { title: 'third' }, { code: 1 }] })).toBe('first; second; third');
	});

	it('reads {error: "..."} and {error: {message}}', () => {
		expect(serviceMessage({ error: 'Not allowed' })).toBe('Not allowed');
		expect(serviceMessage({ error: { message: 'Token expired' } })).toBe('Token expired');
	});

	it('reads FastComments {status:"failed", code, reason} and adds the code', () => {
		expect(serviceMessage({ status: 'failed', code: 'invalid-tenant', reason: 'Tenant not found' })).toBe('Tenant not found (code invalid-tenant)');
	});

	it('does not repeat a code the message already names', () => {
		expect(serviceMessage({ code: 'E42', message: 'E42: quota spent' })).toBe('E42: quota spent');
	});

	it('reads {message}, {error_description} and {detail}', () => {
		expect(serviceMessage({ message: 'Record not found' })).toBe('Record not found');
		expect(serviceMessage({ error_description: 'Bad client' })).toBe('Bad client');
		expect(serviceMessage({ detail: 'Out of range' })).toBe('Out of range');
	});

	it('prefers errors[] over error, reason and message', () => {
		expect(serviceMessage({ errors: ['from errors'], error: 'from error', reason: 'from reason', message: 'from message' })).toBe('from errors');
	});

	it('names an HTML page by its title instead of quoting the page', () => {
		const page = '<!DOCTYPE html><html><head><title> 502 Bad Gateway </title></head><body><h1>nginx internal detail</h1></body></html>';
		const message = serviceMessage(page);
		expect(message).toBe('an HTML page ("502 Bad Gateway") instead of JSON');
		expect(message).not.toContain('nginx internal detail');
	});

	it('names an HTML page without a title', () => {
		expect(serviceMessage('<html><body>Oops</body></html>')).toBe('an HTML page instead of JSON');
	});

	it('quotes plain text, trimmed', () => {
		expect(serviceMessage('  Service temporarily down \n')).toBe('Service temporarily down');
	});

	it('cuts a long text at 500 characters with an ellipsis', () => {
		const message = serviceMessage('x'.repeat(2_000)) as string;
		expect(message).toHaveLength(501);
		expect(message.endsWith('…')).toBe(true);
	});

	it.each([undefined, null, '', '   ', {}, [], ['a'], 42, { errors: [] }, { success: false }])('gives undefined when there is nothing to quote: %p', (body) => {
		expect(serviceMessage(body)).toBeUndefined();
	});
});
