import type { OfferedTool } from './chatWire';

/** Words that say nothing about which tool fits ("show me the …", "get many …"). */
const STOP_WORDS = new Set(
	'the and are was were which what who show tell give get many all list any for with about from into this that there how does can you please our your its has have'.split(' '),
);

/** The words of a text that can match a tool: lower case, camelCase and snake_case split, a plural "s" dropped. */
export function keywords(text: string): Set<string> {
	const words = text
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z]+/)
		.filter((word) => word.length >= 3 && !STOP_WORDS.has(word));
	return new Set(words.map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)));
}

function overlap(a: Set<string>, b: Set<string>): number {
	return [...a].filter((word) => b.has(word)).length;
}

/** The offered tool whose name (counted thrice) and description share the most words with the question; none if no word matches. */
export function pickTool(question: string, tools: OfferedTool[]): OfferedTool | undefined {
	const asked = keywords(question);
	const scored = tools.map((tool) => ({
		tool,
		score: 3 * overlap(asked, keywords(tool.function.name)) + overlap(asked, keywords(tool.function.description ?? '')),
	}));
	const best = scored.reduce<(typeof scored)[number] | undefined>((top, entry) => (entry.score > (top?.score ?? 0) ? entry : top), undefined);
	return best?.tool;
}

interface ParameterSchema {
	properties?: Record<string, { type?: string; description?: string; enum?: unknown[] }>;
	required?: string[];
}

/**
 * Arguments for the tool's schema: the first number in the question goes to the first id or number parameter;
 * another required parameter gets its first enum value or an empty value (the tool then says what is missing);
 * optional ones are left out, so the tool's defaults apply.
 */
export function argumentsFor(question: string, tool: OfferedTool): Record<string, unknown> {
	const schema = (tool.function.parameters ?? {}) as ParameterSchema;
	const required = new Set(schema.required ?? []);
	let number = question.match(/\d+/)?.[0];
	const args: Record<string, unknown> = {};
	for (const [name, property] of Object.entries(schema.properties ?? {})) {
		const numeric = property.type === 'number' || property.type === 'integer';
		const idLike = /(^id|Id|_id)$/.test(name) || /\b(id|number)\b/i.test(property.description ?? '');
		if (number !== undefined && (numeric || idLike)) {
			args[name] = numeric ? Number(number) : number;
			number = undefined;
		} else if (required.has(name)) {
			args[name] = property.enum?.[0] ?? (numeric ? 0 : property.type === 'boolean' ? false : '');
		}
	}
	return args;
}
