/**
 * n8n's convention for action names ("Get an order", "Create a SKU"): sentence case, and "a"/"an" by the sound of
 * the next word. Used on the node descriptions (unit test) and on what the editor shows (sandbox editor check).
 */

/** Acronyms said as a word rather than letter by letter ("a SKU", like "a skew"). */
const SPOKEN_ACRONYMS = new Set(['SKU']);
/** Letters whose names start with a vowel sound: "an SSO user", "an ID". */
const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX';

const isAcronym = (word: string) => /^[A-Z]{2,}s?$/.test(word);

function startsWithVowelSound(word: string): boolean {
	if (isAcronym(word) && !SPOKEN_ACRONYMS.has(word.replace(/s$/, ''))) return VOWEL_SOUND_LETTERS.includes(word[0]);
	const lower = word.toLowerCase();
	if (/^(hour|honest|honou?r)/.test(lower)) return true;
	// "a user", "a unique id", "a one-off": vowel letters that sound like "y" or "w".
	if (/^(uni|use|usu|uti|ure|one|once|eu)/.test(lower)) return false;
	return /^[aeiou]/.test(lower);
}

/** Each "a"/"an" that does not fit the sound of the word after it. */
export function articleMistakes(action: string): string[] {
	const words = action.split(/\s+/);
	return words.flatMap((word, index) => {
		const next = words[index + 1];
		if (!next || !/^an?$/i.test(word)) return [];
		const wantsAn = startsWithVowelSound(next);
		return (word.toLowerCase() === 'an') === wantsAn ? [] : [`"${word} ${next}"`];
	});
}

/** Sentence case: a capital first word, then lower case except acronyms and the services' own names. */
export function caseMistakes(action: string, properNames: Set<string>): string[] {
	const [first, ...rest] = action.split(/\s+/);
	const mistakes = /^[A-Z]/.test(first) ? [] : [`"${first}" should start with a capital`];
	for (const word of rest) {
		if (/^[A-Z]/.test(word) && !isAcronym(word) && !properNames.has(word)) mistakes.push(`"${word}" should be lower case`);
	}
	return mistakes;
}

/** The words of the nodes' display names ("Forsta", "Surveys"), which keep their capitals inside an action. */
export function properNamesOf(displayNames: string[]): Set<string> {
	return new Set(displayNames.flatMap((name) => name.split(/\s+/)).filter((word) => word !== 'Trigger'));
}
