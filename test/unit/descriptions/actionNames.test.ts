import type { INodePropertyOptions } from 'n8n-workflow';
import { packNodeDescriptions } from './packTypes';

/** Acronyms said as a word rather than letter by letter ("a SKU", like "a skew"). */
const SPOKEN_ACRONYMS = new Set(['SKU']);
/** Letters whose names start with a vowel sound: "an SSO user", "an ID". */
const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX';

function startsWithVowelSound(word: string): boolean {
	const acronym = /^[A-Z]{2,}s?$/.test(word);
	if (acronym && !SPOKEN_ACRONYMS.has(word.replace(/s$/, ''))) return VOWEL_SOUND_LETTERS.includes(word[0]);
	const lower = word.toLowerCase();
	if (/^(hour|honest|honou?r)/.test(lower)) return true;
	// "a user", "a unique id", "a one-off": vowel letters that sound like "y" or "w".
	if (/^(uni|use|usu|uti|ure|one|once|eu)/.test(lower)) return false;
	return /^[aeiou]/.test(lower);
}

/** Each "a"/"an" that does not fit the sound of the word after it. */
function articleMistakes(action: string): string[] {
	const words = action.split(/\s+/);
	return words.flatMap((word, index) => {
		const next = words[index + 1];
		if (!next || !/^an?$/i.test(word)) return [];
		const wantsAn = startsWithVowelSound(next);
		return (word.toLowerCase() === 'an') === wantsAn ? [] : [`"${word} ${next}"`];
	});
}

/** Sentence case: a capital first word, then lower case except acronyms and the services' own names. */
function caseMistakes(action: string, properNames: Set<string>): string[] {
	const [first, ...rest] = action.split(/\s+/);
	const mistakes = /^[A-Z]/.test(first) ? [] : [`"${first}" should start with a capital`];
	for (const word of rest) {
		const acronym = /^[A-Z]{2,}s?$/.test(word);
		if (/^[A-Z]/.test(word) && !acronym && !properNames.has(word)) mistakes.push(`"${word}" should be lower case`);
	}
	return mistakes;
}

describe('action names (the lines of the node panel and the Operation list)', () => {
	const nodes = packNodeDescriptions();
	const properNames = new Set(nodes.flatMap((node) => node.displayName.split(/\s+/)).filter((word) => word !== 'Trigger'));
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
