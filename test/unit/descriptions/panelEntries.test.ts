import type { INodeTypeDescription } from 'n8n-workflow';
import { packNodeDescriptions } from './packTypes';

/**
 * The node panel shows one entry per app: a trigger whose type name is the app's name plus "Trigger" joins the
 * app's entry when the app has actions, and the entry then carries the trigger's description (n8n's rule, read in
 * its editor's actions generator). That description is the header above the app's action list.
 */
function panelDescriptions(nodes: INodeTypeDescription[]): Map<string, string> {
	const entries = new Map<string, string>();
	const apps = nodes.filter((node) => !node.group.includes('trigger'));
	for (const app of apps) entries.set(app.name, app.description);
	for (const trigger of nodes.filter((node) => node.group.includes('trigger'))) {
		const appName = trigger.name.replace('Trigger', '');
		if (apps.some((app) => app.name === appName)) entries.set(appName, trigger.description);
		else entries.set(trigger.name, trigger.description);
	}
	return entries;
}

describe('node panel entries', () => {
	const nodes = packNodeDescriptions();
	const entries = panelDescriptions(nodes);

	it.each(nodes.filter((node) => !node.group.includes('trigger')).map((app) => [app.displayName, app] as const))(
		'%s: the header above its actions first says what its actions do',
		(_name, app) => {
			expect(entries.get(app.name)?.slice(0, app.description.length)).toBe(app.description);
		},
	);

	it('pairs every trigger named after an app with that app (so the rule above applies to them)', () => {
		const paired = nodes.filter((node) => node.group.includes('trigger') && !entries.has(node.name)).map((node) => node.displayName);
		expect(paired.sort()).toEqual(['FastComments Trigger', 'Flowbox Trigger', 'Forsta Surveys Trigger', 'Hive Trigger']);
	});
});
