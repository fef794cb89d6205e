import type { EditorSession } from './editorSession';

const MODAL = '[data-test-id="editCredential-modal"]';
const TESTED = '[data-test-id="credentials-config-container-test-success"]';

export interface CredentialView {
	/** n8n's own answer to the Test the editor sent. */
	status: string;
	message: string;
	bannerShown: boolean;
	/** The modal's text, where the credential type's display name appears under the credential's name. */
	text: string;
}

export const CREDENTIALS_ROUTE = '/home/credentials';
export const CREDENTIAL_CARD = '[data-test-id="resources-list-item"]';

/**
 * On the Credentials list, opens a credential; n8n tests it on opening, then the check presses Retry, which tests
 * it again. The dialog is closed again, back on the list.
 */
export async function testFromEditor(editor: EditorSession, credentialName: string): Promise<CredentialView> {
	const { page } = editor;
	const tested = () => page.waitForResponse((response) => response.url().endsWith('/rest/credentials/test') && response.request().method() === 'POST');
	const onOpen = tested();
	await page.locator(CREDENTIAL_CARD, { hasText: credentialName }).first().click();
	await onOpen;
	const retried = tested();
	await page.locator(`${MODAL} button`, { hasText: 'Retry' }).first().click();
	const answer = (await (await retried).json()) as { data?: { status?: string; message?: string } };
	const bannerShown = await page
		.locator(`${MODAL} ${TESTED}`)
		.waitFor({ state: 'visible', timeout: 10_000 })
		.then(() => true, () => false);
	const text = await page.locator(MODAL).innerText();
	await page.keyboard.press('Escape');
	await page.locator(MODAL).waitFor({ state: 'hidden' });
	return { status: answer.data?.status ?? 'no status', message: answer.data?.message ?? '', bannerShown, text };
}
