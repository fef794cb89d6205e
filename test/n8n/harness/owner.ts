import { randomBytes } from 'node:crypto';
import { rawRequest, parseJson } from './rest';

export interface Owner {
	email: string;
	password: string;
}

/** A fresh n8n has no user; the first POST /rest/owner/setup creates the owner. Then log in as a browser would. */
export async function setupOwnerAndLogin(baseUrl: string): Promise<{ owner: Owner; cookie: string }> {
	// Random per run: the password only has to meet n8n's rules (8-64 chars, a digit, an upper-case letter).
	const owner = { email: 'owner@example.com', password: `Harness9${randomBytes(8).toString('hex')}` };
	const setup = await rawRequest(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		body: { ...owner, firstName: 'Harness', lastName: 'Owner' },
	});
	if (setup.status !== 200) throw new Error(`POST /rest/owner/setup answered ${setup.status}: ${setup.text.slice(0, 300)}`);
	return { owner, cookie: await login(baseUrl, owner) };
}

export async function login(baseUrl: string, owner: Owner): Promise<string> {
	const response = await rawRequest(`${baseUrl}/rest/login`, {
		method: 'POST',
		body: { emailOrLdapLoginId: owner.email, password: owner.password },
	});
	if (response.status !== 200) {
		const message = (parseJson(response.text) as { message?: string } | undefined)?.message ?? response.text;
		throw new Error(`POST /rest/login answered ${response.status}: ${message}`);
	}
	const authCookie = response.setCookies.find((cookie) => cookie.startsWith('n8n-auth='));
	if (!authCookie) throw new Error('POST /rest/login set no n8n-auth cookie');
	return authCookie.split(';')[0];
}
