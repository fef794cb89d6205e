import { login } from '../../test/n8n/harness/owner';
import { rawRequest, rest, type Session } from '../../test/n8n/harness/rest';

export interface Owner {
	email: string;
	password: string;
	firstName: string;
	lastName: string;
}

/**
 * The harness's owner setup picks a random password per run; the sandbox keeps one fixed login instead, so it is
 * created only on the first start (n8n says so in its settings) and every later start just logs in.
 */
export async function ownerSession(baseUrl: string, owner: Owner): Promise<{ session: Session; created: boolean }> {
	const settings = await rest<{ userManagement?: { showSetupOnFirstLoad?: boolean } }>({ baseUrl }, 'GET', '/settings');
	const created = settings?.userManagement?.showSetupOnFirstLoad === true;
	if (created) {
		const setup = await rawRequest(`${baseUrl}/rest/owner/setup`, { method: 'POST', body: owner });
		if (setup.status !== 200) throw new Error(`POST /rest/owner/setup answered ${setup.status}: ${setup.text.slice(0, 300)}`);
	}
	try {
		return { session: { baseUrl, cookie: await login(baseUrl, owner) }, created };
	} catch (error) {
		throw new Error(
			`${(error as Error).message}\nThe sandbox logs in as ${owner.email}. If you changed that account in n8n, ` +
				'set SANDBOX_EMAIL and SANDBOX_PASSWORD to match, or delete the sandbox folder to start over.',
		);
	}
}
