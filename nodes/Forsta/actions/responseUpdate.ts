import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { asNodeError } from '../../shared/errors/asNodeError';
import { ItemParameters } from '../../shared/input/itemParameters';
import { errorItem } from '../../shared/operations/errorItem';
import type { BatchRun, Operation } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { surveyLocator } from '../locators';

type Scalar = string | number | boolean | null;

interface Entry {
	surveyId: string;
	keys: string[];
	record: Record<string, Scalar>;
	itemIndex: number;
}

const names = (text: string) =>
	text
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);

/** One input item as a data record: its key variables and the variables to update, checked before anything is sent. */
function toEntry(params: ItemParameters, json: IDataObject): Entry {
	const surveyId = params.locatorId(surveyLocator);
	const keys = names(params.string('keyVariables', 'Key Variables'));
	if (keys.length === 0) throw params.fail('Key Variables', 'is empty; name the key variable(s), e.g. responseid');
	const chosen = names(params.string('variables', 'Variables to Update'));
	const variables = chosen.length ? chosen : Object.keys(json).filter((name) => !keys.includes(name));
	if (variables.length === 0) throw params.fail('Variables to Update', `finds nothing to update in input item ${params.itemIndex + 1} besides its keys`);
	const record: Record<string, Scalar> = {};
	for (const name of [...keys, ...variables]) {
		const value = json[name];
		if (value === undefined) {
			if (keys.includes(name)) throw params.fail('Key Variables', `names "${name}", which input item ${params.itemIndex + 1} does not have`);
			continue;
		}
		if (value !== null && typeof value === 'object') throw params.fail('Variables to Update', `names "${name}", whose value in input item ${params.itemIndex + 1} is not a single value`);
		record[name] = value as Scalar;
	}
	return { surveyId, keys, record, itemIndex: params.itemIndex };
}

/** Consecutive entries of the same survey and keys, at most `size` per request. */
function batches(entries: Entry[], size: number): Entry[][] {
	const groups = new Map<string, Entry[]>();
	for (const entry of entries) {
		const group = `${entry.surveyId}|${entry.keys.join(',')}`;
		groups.set(group, [...(groups.get(group) ?? []), entry]);
	}
	return [...groups.values()].flatMap((group) => Array.from({ length: Math.ceil(group.length / size) }, (_, i) => group.slice(i * size, (i + 1) * size)));
}

async function run({ ctx, client, items }: BatchRun): Promise<INodeExecutionData[]> {
	const output: INodeExecutionData[] = [];
	const entries: Entry[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			entries.push(toEntry(new ItemParameters(ctx, itemIndex), items[itemIndex].json));
		} catch (error) {
			if (!ctx.continueOnFail()) throw asNodeError(ctx.getNode(), error, itemIndex);
			output.push(errorItem(error, itemIndex, client.secrets));
		}
	}
	const size = new ItemParameters(ctx, 0).number('batchSize', 'Batch Size', { min: 1, max: 10_000, integer: true });
	for (const batch of batches(entries, size)) {
		const variables = [...new Set(batch.flatMap((entry) => Object.keys(entry.record).filter((name) => !entry.keys.includes(name))))];
		const body = { dataSchema: { keys: batch[0].keys, variables }, data: batch.map((entry) => entry.record) };
		try {
			await client.send({ method: 'PATCH', path: encodePath`/v1/surveys/${batch[0].surveyId}/responses/data`, body }, batch[0].itemIndex);
			for (const entry of batch) output.push({ json: { surveyId: entry.surveyId, ...entry.record }, pairedItem: { item: entry.itemIndex } });
		} catch (error) {
			if (!ctx.continueOnFail()) throw asNodeError(ctx.getNode(), error, batch[0].itemIndex);
			for (const entry of batch) output.push(errorItem(error, entry.itemIndex, client.secrets));
		}
	}
	return output.sort((a, b) => (a.pairedItem as { item: number }).item - (b.pairedItem as { item: number }).item);
}

export const updateData: Operation = {
	value: 'updateData',
	name: 'Update Data',
	action: 'Update response data',
	description: 'Change variables of existing responses, one input item per response, in batched PATCH requests',
	returns: 'one item per response written: surveyId and the record sent',
	properties: [
		surveyLocator,
		{
			displayName: 'Key Variables',
			name: 'keyVariables',
			type: 'string',
			default: 'responseid',
			required: true,
			description: 'The variables that identify a response (the keys of the response data schema), separated by commas',
		},
		{
			displayName: 'Variables to Update',
			name: 'variables',
			type: 'string',
			default: '',
			placeholder: 'q1, status',
			description: 'Variables to write, separated by commas; when empty, every other field of the input item',
		},
		{
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10_000 },
			default: 1000,
			description: 'Records per PATCH request',
		},
	],
	runAll: run,
};
