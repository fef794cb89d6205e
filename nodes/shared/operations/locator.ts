import type { INodeProperties, INodePropertyRegexValidation } from 'n8n-workflow';

/** The documented form of a service's ids: the editor checks it as the user types, the run checks it before sending. */
export interface IdShape {
	/** A regular expression the whole id matches, e.g. "^\\d+$". */
	pattern: string;
	/** The form in words, completing "must be …", e.g. "a whole number, e.g. 5001". */
	words: string;
}

/** The editor shows this under a wrong id; the run-time check reads the shape back from it, so both say the same. */
const SHAPE_MESSAGE_PREFIX = 'Must be ';

/** An id field the user can pick from a searchable list or type in, checked against `idShape` in the editor. */
export function idLocator(options: {
	name: string;
	displayName: string;
	searchMethod: string;
	idShape?: IdShape;
	idPlaceholder?: string;
	description?: string;
}): INodeProperties {
	const { idShape } = options;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.idPlaceholder ?? 'e.g. 42',
				validation: idShape
					? [{ type: 'regex', properties: { regex: idShape.pattern, errorMessage: `${SHAPE_MESSAGE_PREFIX}${idShape.words}` } }]
					: undefined,
			},
		],
	};
}

function isRegexRule(rule: unknown): rule is INodePropertyRegexValidation {
	return typeof rule === 'object' && rule !== null && (rule as INodePropertyRegexValidation).type === 'regex';
}

/** The id shape a locator's "By ID" mode checks in the editor, for the same check at run time; none for free-form ids. */
export function idShapeOf(locator: INodeProperties): IdShape | undefined {
	const rule = locator.modes?.find((mode) => mode.name === 'id')?.validation?.find(isRegexRule);
	if (!rule) return undefined;
	return { pattern: rule.properties.regex, words: rule.properties.errorMessage.slice(SHAPE_MESSAGE_PREFIX.length) };
}

/** Shapes the services document, worded once. */
export const WHOLE_NUMBER_ID = (example: string): IdShape => ({ pattern: '^\\d+$', words: `a whole number, e.g. ${example}` });
