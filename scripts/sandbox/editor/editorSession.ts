import type { Browser, Page } from 'playwright-core';

/** Long enough for n8n's editor bundle on a busy two-core machine; the first load parses several MB of script. */
export const EDITOR_TIMEOUT_MS = 60_000;

export interface EditorSession {
	page: Page;
	baseUrl: string;
	/** Opens an editor route and waits until n8n's app has rendered it. */
	open(route: string, readySelector: string): Promise<void>;
	close(): Promise<void>;
}

/** A headless Chromium signed in through n8n's own sign-in form, as a user would be. */
export async function signIn(executablePath: string, baseUrl: string, login: { email: string; password: string }): Promise<EditorSession> {
	const { chromium } = await import('playwright-core');
	// As root (CI), Chromium refuses to start with its sandbox on; the pages it opens are our own local n8n. A closed
	// network refuses Chromium's own background connections, so those are turned off too.
	const browser: Browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
		page.setDefaultTimeout(EDITOR_TIMEOUT_MS);
		await page.goto(`${baseUrl}/signin`, { waitUntil: 'domcontentloaded' });
		await page.fill('input[type=email]', login.email);
		await page.fill('input[type=password]', login.password);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
		return {
			page,
			baseUrl,
			async open(route, readySelector) {
				await page.goto(`${baseUrl}${route}`, { waitUntil: 'domcontentloaded' });
				await page.waitForSelector(readySelector);
			},
			close: async () => await browser.close(),
		};
	} catch (error) {
		await browser.close();
		throw error;
	}
}
