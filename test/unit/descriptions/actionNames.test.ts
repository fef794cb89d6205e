import type { INodePropertyOptions } from 'n8n-workflow';
import { articleMistakes, caseMistakes, properNamesOf } from '../../helpers/actionGrammar';
import { packNodeDescriptions } from './packTypes';

describe('action names (the lines of the node panel and the Operation list)', () => {
	const nodes = packNodeDescriptions();
	const properNames = properNamesOf(nodes.map((node) => node.displayName));
	const actions = nodes.flatMap((node) =>
		node.properties.flatMap((property) =>
			((property.options ?? []) as INodePropertyOptions[])
				.filter((option) => typeof option.action === 'string')
				.map((option) => [node.displayName, option.action as string] as const),
		),
	);

	it('finds the actions of every node that has operations', () => {
		expect(new Set(actions.map(([node]) => node)).size).toBeGreaterThanOrEqual(5);
	});

	it('uses "a" before a consonant sound and "an" before a vowel sound', () => {
		const wrong = actions.flatMap(([node, action]) => articleMistakes(action).map((mistake) => `${node}: "${action}" has ${mistake}`));
		expect(wrong).toEqual([]);
	});

	it('writes every action in sentence case', () => {
		const wrong = actions.flatMap(([node, action]) => caseMistakes(action, properNames).map((mistake) => `${node}: "${action}": ${mistake}`));
		expect(wrong).toEqual([]);
	});

	it('catches the mistakes it is meant to catch', () => {
		expect(articleMistakes('Get a order')).toEqual(['"a order"']);
		expect(articleMistakes('Create a SSO user')).toEqual(['"a SSO"']);
		expect(articleMistakes('Get an user')).toEqual(['"an user"']);
		expect(articleMistakes('Create a SKU')).toEqual([]);
		expect(caseMistakes('Get Many Comments', properNames)).toHaveLength(2);
		expect(caseMistakes('Make a custom API call to Hive', properNames)).toEqual([]);
	});
});
