/**
 * "an order", "a shipment", "a user": the article for a lower-case noun, by the sound it starts with. Nouns that
 * start with "u" said as "you" take "a".
 */
export function withIndefiniteArticle(noun: string): string {
	const vowelSound = /^[aeio]/i.test(noun) || /^u(?!ni|s|ti|re)/i.test(noun);
	return `${vowelSound ? 'an' : 'a'} ${noun}`;
}
