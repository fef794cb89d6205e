import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export const FORSTA_SITES = [
	{ name: 'Europe', value: 'euro' },
	{ name: 'United States', value: 'us' },
	{ name: 'Nordic', value: 'nordic' },
	{ name: 'Test Lab', value: 'testlab' },
	{ name: 'Custom Hosts', value: 'custom' },
] as const;

const KNOWN: Record<string, { api: string; idp: string }> = {
	euro: { api: 'https://ws.euro.confirmit.com', idp: 'https://idp.euro.confirmit.com' },
	us: { api: 'https://ws.us.confirmit.com', idp: 'https://idp.us.confirmit.com' },
	nordic: { api: 'https://ws.nordic.confirmit.com', idp: 'https://idp.nordic.confirmit.com' },
	testlab: { api: 'https://ws.testlab.firmglobal.net', idp: 'https://idp.testlab.firmglobal.net' },
};

function origin(value: unknown, label: string): string {
	const text = String(value ?? '').trim().replace(/\/+$/, '');
	if (!/^https?:\/\/[^/\s]+/i.test(text)) throw new Error(`The credential's ${label} must be a URL such as https://ws.example.com, not "${text}"`);
	return text;
}

/** The API host (`ws.…`) and token host (`idp.…`) of the credential's site. */
export function forstaHosts(credentials: ICredentialDataDecryptedObject): { api: string; idp: string } {
	const site = String(credentials.site ?? 'euro');
	if (site !== 'custom') {
		const known = KNOWN[site];
		if (!known) throw new Error(`Unknown Forsta site "${site}"`);
		return known;
	}
	return { api: origin(credentials.apiUrl, 'API URL'), idp: origin(credentials.identityUrl, 'Identity Server URL') };
}

/** Scopes as Forsta wants them: space separated, without repeats; `pub.surveys` when none are given. */
export function forstaScope(credentials: ICredentialDataDecryptedObject): string {
	const scopes = String(credentials.scope ?? '')
		.split(/[\s,]+/)
		.filter(Boolean);
	return [...new Set(scopes.length ? scopes : ['pub.surveys'])].join(' ');
}
