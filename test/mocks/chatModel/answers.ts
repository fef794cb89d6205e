import type { ToolResult } from './conversation';

/** "Low on stock" means fewer units than this, as in the Hive example's Low stock node. */
export const LOW_STOCK_THRESHOLD = 20;

const SHOWN_ITEMS = 5;
const LOW_STOCK_QUESTION = /\blow\b.*\bstock\b|\bstock\b.*\blow\b|running out/i;

type Item = Record<string, unknown>;

/** The tool result as a list of objects (n8n sends a tool's output items as a JSON array). */
function itemsOf(content: string): Item[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(content);
	} catch {
		return [];
	}
	return [parsed].flat().filter((item): item is Item => typeof item === 'object' && item !== null);
}

function text(value: unknown, max = 60): string | undefined {
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** "#5001 fulfilled", "HIVE-SKU-0004 Alpine Notebook #4", "#c1 Maria: Great post": an item in a few words. */
function label(item: Item): string {
	const id = text(item.merchant_sku_id) ?? (item.id === undefined ? undefined : `#${String(item.id)}`);
	const who = text(item.commenterName, 30);
	const what = text(item.name) ?? text(item.title) ?? text(item.comment) ?? text(item.text) ?? text(item.status);
	return [id, who && what ? `${who}: ${what}` : (who ?? what)].filter(Boolean).join(' ') || JSON.stringify(item).slice(0, 60);
}

function stockOf(item: Item): number | undefined {
	const stocked = (item.inventory as Item | undefined)?.stocked ?? item.stocked;
	return typeof stocked === 'number' ? stocked : undefined;
}

/** "order 999999" in the question → "Order 999999", the thing that was asked for. */
function askedFor(question: string): string {
	const match = question.match(/([a-z]+)\s+#?(\d+)/i);
	return match ? `${match[1][0].toUpperCase()}${match[1].slice(1).toLowerCase()} ${match[2]}` : 'It';
}

function failureAnswer(question: string, result: ToolResult, failure: Item): string {
	const said = `${result.tool} answered: ${String(failure.error)}`;
	if (String(failure.httpCode) === '404' || /\bHTTP 404\b/.test(String(failure.error))) {
		return `${askedFor(question)} does not exist. ${said}`;
	}
	const hint = text(failure.description, 300);
	return `I could not get that: ${said}${hint ? ` (${hint})` : ''}`;
}

function lowStockAnswer(result: ToolResult, items: Item[]): string {
	const stocked = items.filter((item) => stockOf(item) !== undefined);
	const low = stocked.filter((item) => stockOf(item)! < LOW_STOCK_THRESHOLD).sort((a, b) => stockOf(a)! - stockOf(b)!);
	if (low.length === 0) return `None of the ${stocked.length} SKUs ${result.tool} returned has fewer than ${LOW_STOCK_THRESHOLD} units in stock.`;
	const list = low.map((item) => `${label(item)} (${stockOf(item)} in stock)`).join('; ');
	return `${low.length} of the ${stocked.length} SKUs ${result.tool} returned have fewer than ${LOW_STOCK_THRESHOLD} units in stock: ${list}.`;
}

function listAnswer(result: ToolResult, items: Item[]): string {
	if (items.length === 0) return `${result.tool} found nothing.`;
	const shown = items.slice(0, SHOWN_ITEMS).map(label).join('; ');
	const more = items.length > SHOWN_ITEMS ? `; and ${items.length - SHOWN_ITEMS} more` : '';
	return `${result.tool} returned ${items.length} ${items.length === 1 ? 'item' : 'items'}: ${shown}${more}.`;
}

/** A tool that cut its answer to a budget says so in a last `{ note }` item; the answer passes that on. */
function withNote(answer: string, result: ToolResult, items: Item[]): string {
	const note = items.map((item) => text(item.note, 400)).find(Boolean);
	return note ? `${answer} ${result.tool} noted: ${note}` : answer;
}

/** The answer to the question, built only from what the tool returned. */
export function answerFrom(question: string, result: ToolResult): string {
	const all = itemsOf(result.content);
	const failure = all.find((item) => typeof item.error === 'string');
	if (failure) return failureAnswer(question, result, failure);
	const items = all.filter((item) => typeof item.note !== 'string');
	const answer = LOW_STOCK_QUESTION.test(question) ? lowStockAnswer(result, items) : listAnswer(result, items);
	return withNote(answer, result, all);
}
