import { properNamesOf } from '../../../test/helpers/actionGrammar';
import { rest, type Session } from '../../../test/n8n/harness/rest';
import type { CheckResult } from '../check';
import type { CredentialsByType } from '../credentials';
import type { ExampleWorkflow, ImportedExample } from '../examples';
import { actionNodes, servedCredentialTypes, servedPackNodes, type ServedNodeType } from '../servedTypes';
import { chromiumPath } from './chromiumPath';
import { CREDENTIAL_CARD, CREDENTIALS_ROUTE, testFromEditor } from './credentialTest';
import { signIn, type EditorSession } from './editorSession';
import { openNodeEntry, panelProblems } from './nodePanel';
import { parameterProblems, readParameterPanel, type PlacedNode } from './parameterPanel';

export interface EditorCheckInput {
	session: Session;
	login: { email: string; password: string };
	packageName: string;
	examples: ImportedExample[];
	credentials: CredentialsByType;
}

/** Where each action node can be looked at: the first example workflow that uses it. */
interface NodeInExample {
	type: ServedNodeType;
	workflowId: string;
	node: PlacedNode & { credentials?: Record<string, { name: string }> };
}

/**
 * --check in a real browser: for every action node of the pack, its node panel entry (header and action names),
 * the parameter panel of the example that uses it, and the Test of its sandbox credential, as a user sees them.
 */
export async function checkEditor(input: EditorCheckInput): Promise<CheckResult[]> {
	const browser = chromiumPath();
	if (!browser) {
		return [{ what: 'editor check in Chromium', ok: false, ms: 0, detail: 'no Chromium found: apt-get install chromium, or set CHROMIUM_PATH' }];
	}
	const nodes = await servedPackNodes(input.session, input.packageName);
	const placed = await nodesInExamples(input.session, input.examples, actionNodes(nodes));
	const credentialNames = new Map((await servedCredentialTypes(input.session)).map((type) => [type.name, type.displayName]));
	const properNames = properNamesOf(nodes.map((type) => type.displayName));
	const editor = await signIn(browser, input.session.baseUrl, input.login);
	const results: CheckResult[] = [];
	try {
		for (const found of placed) {
			await editor.open(`/workflow/${found.workflowId}`, '[data-test-id="canvas-node"]');
			results.push(
				await timed(`editor: the node panel's "${found.type.displayName}" entry`, async () => {
					const view = await openNodeEntry(editor, found.type);
					return { problems: panelProblems(view, found.type, properNames), detail: `header says what it does, ${view.actions.length} actions, all as described` };
				}),
				await timed(`editor: "${found.node.name}" opens its parameter panel`, async () => {
					const credential = Object.values(found.node.credentials ?? {})[0]?.name ?? '(none)';
					const shown = await readParameterPanel(editor, found.node);
					return { problems: parameterProblems(shown, found.node, found.type, credential), detail: Object.values(shown).join(' / ') };
				}),
			);
		}
		await editor.open(CREDENTIALS_ROUTE, CREDENTIAL_CARD);
		for (const [type, stored] of input.credentials) {
			const typeName = credentialNames.get(type);
			if (!typeName || !placed.some((found) => Object.keys(found.node.credentials ?? {}).includes(type))) continue;
			results.push(await timed(`editor: credential "${stored.name}" passes its Test`, async () => await credentialProblems(editor, stored.name, typeName)));
		}
	} finally {
		await editor.close();
	}
	return results;
}

async function credentialProblems(editor: EditorSession, name: string, typeName: string): Promise<{ problems: string[]; detail: string }> {
	const view = await testFromEditor(editor, name);
	const problems: string[] = [];
	if (view.status !== 'OK') problems.push(`n8n answered the Test with ${view.status}: ${view.message}`);
	if (!view.bannerShown) problems.push('the editor did not show "Connection tested successfully"');
	if (!view.text.includes(typeName)) problems.push(`the dialog does not name its type "${typeName}"`);
	return { problems, detail: `tested twice (on opening and Retry), shown as ${typeName}` };
}

async function nodesInExamples(session: Session, examples: ImportedExample[], actionTypes: ServedNodeType[]): Promise<NodeInExample[]> {
	const found = new Map<string, NodeInExample>();
	for (const example of examples) {
		const workflow = await rest<ExampleWorkflow & { nodes: Array<NodeInExample['node']> }>(session, 'GET', `/workflows/${example.id}`);
		for (const node of workflow.nodes) {
			const type = actionTypes.find((candidate) => candidate.name === node.type);
			if (type && !found.has(type.name)) found.set(type.name, { type, workflowId: example.id, node });
		}
	}
	const unused = actionTypes.filter((type) => !found.has(type.name)).map((type) => type.displayName);
	if (unused.length > 0) throw new Error(`no example workflow uses ${unused.join(', ')}, so the editor check cannot open it`);
	return [...found.values()];
}

async function timed(what: string, look: () => Promise<{ problems: string[]; detail: string }>): Promise<CheckResult> {
	const started = Date.now();
	try {
		const { problems, detail } = await look();
		return { what, ok: problems.length === 0, ms: Date.now() - started, detail: problems.length === 0 ? detail : problems.join('; ') };
	} catch (error) {
		return { what, ok: false, ms: Date.now() - started, detail: (error as Error).message.split('\n')[0] };
	}
}
