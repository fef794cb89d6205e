import { articleMistakes, caseMistakes } from '../../../test/helpers/actionGrammar';
import { waitFor } from '../../../test/n8n/harness/wait';
import { actionNames, type ServedNodeType } from '../servedTypes';
import type { EditorSession } from './editorSession';

const CREATOR = '[data-test-id="node-creator"]';
const ITEM_NAME = '[data-test-id="node-creator-item-name"]';

export interface PanelView {
	/** The panel's text above the action list: the node's title, the header description, "Actions (n)". */
	header: string;
	actions: string[];
}

/** In the open workflow, opens the node panel, searches for the node by its name and opens its entry, as a user adds a step. */
export async function openNodeEntry(editor: EditorSession, node: ServedNodeType): Promise<PanelView> {
	const { page } = editor;
	await page.locator('[data-test-id="node-creator-plus-button"]').click();
	await page.waitForSelector(CREATOR);
	await page.keyboard.type(node.displayName);
	const exactName = page.locator(`${ITEM_NAME}:text-is(${JSON.stringify(node.displayName)})`);
	const entry = page.locator(`${CREATOR} [data-test-id="item-iterator-item"]`).filter({ has: exactName });
	await entry.first().click();
	// The search results list the node itself; its opened entry lists only actions, a long list over a few frames.
	// So wait until the node's name is gone and as many lines as it has actions are there (or, on time out, compare
	// what is shown).
	const names = page.locator(`${CREATOR} ${ITEM_NAME}`);
	const readNames = async () => (await names.allInnerTexts()).map((name) => name.trim());
	const expectedCount = actionNames(node).length;
	const actions = await waitFor(
		`the actions of ${node.displayName}`,
		async () => {
			const shown = await readNames();
			return shown.length >= expectedCount && !shown.includes(node.displayName) ? shown : undefined;
		},
		{ timeoutMs: 15_000, intervalMs: 100 },
	).catch(readNames);
	const text = await page.locator(CREATOR).innerText();
	await closeNodePanel(editor);
	return { header: text.slice(0, Math.max(0, text.indexOf(actions[0]))), actions };
}

/** What is wrong with the panel a user sees for this node: the header and the action list, against what n8n was served. */
export function panelProblems(view: PanelView, node: ServedNodeType, properNames: Set<string>): string[] {
	const problems: string[] = [];
	const header = view.header.replace(/\s+/g, ' ');
	if (!header.includes(node.description)) problems.push(`the header does not show "${node.description}": ${header.slice(0, 300)}`);
	const expected = actionNames(node);
	const missing = expected.filter((action) => !view.actions.includes(action));
	const extra = view.actions.filter((action) => !expected.includes(action));
	if (missing.length > 0) problems.push(`actions missing: ${missing.join('; ')}`);
	if (extra.length > 0) problems.push(`actions not in the node: ${extra.join('; ')}`);
	for (const action of view.actions) {
		for (const mistake of [...articleMistakes(action), ...caseMistakes(action, properNames)]) problems.push(`"${action}": ${mistake}`);
	}
	return problems;
}

async function closeNodePanel({ page }: EditorSession): Promise<void> {
	await page.keyboard.press('Escape');
	await page.locator(CREATOR).waitFor({ state: 'hidden' });
}
