import type { INodeProperties } from 'n8n-workflow';
import { binaryInput } from '../../shared/input/binaryInput';
import { RowWithFiles } from '../../shared/operations/outputItems';
import { responseRows } from '../../shared/operations/responseRows';
import type { Operation } from '../../shared/operations/types';
import { encodePath } from '../../shared/transport/url';
import { surveyLocator } from '../locators';

const ZIP = 'application/zip';

const binaryProperty = (description: string): INodeProperties => ({
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	description,
});

export const exportDefinition: Operation = {
	value: 'exportDefinition',
	name: 'Export Definition',
	action: 'Export a survey definition',
	description: 'Download the survey definition as a zipped XML file',
	returns: 'one item with surveyId, fileName and fileSize; the zip itself is in the binary field named by Put Output File in Field',
	properties: [surveyLocator, { ...binaryProperty('Name of the binary field to put the zip in'), displayName: 'Put Output File in Field' }],
	run: async ({ ctx, client, params, itemIndex }) => {
		const id = params.locatorId(surveyLocator);
		const field = params.string('binaryPropertyName', 'Put Output File in Field');
		if (!field) throw params.fail('Put Output File in Field', 'is empty; name the binary field for the zip');
		const response = await client.send({ method: 'GET', path: encodePath`/v1/surveys/${id}`, headers: { Accept: ZIP }, binaryResponse: true }, itemIndex);
		const bytes = Buffer.from(response.body as ArrayBuffer);
		const binary = await ctx.helpers.prepareBinaryData(bytes, `${id}.zip`, ZIP);
		return new RowWithFiles({ surveyId: id, fileName: `${id}.zip`, fileSize: bytes.length }, { [field]: binary });
	},
};

export const importDefinition: Operation = {
	value: 'importDefinition',
	name: 'Import Definition',
	action: 'Import a survey definition',
	description: 'Create a survey from a zipped XML definition',
	returns: "Forsta's answer about the new survey as one item",
	properties: [binaryProperty('Name of the binary field that holds the zipped survey definition')],
	run: async ({ ctx, client, params, itemIndex }) => {
		const field = params.string('binaryPropertyName', 'Input Binary Field');
		const { file, bytes } = await binaryInput(ctx, params, 'Input Binary Field', field);
		if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
			throw params.fail('Input Binary Field', `holds "${file.fileName ?? field}", which is not a zip file; Forsta imports zipped XML definitions only`);
		}
		// Sent once: the import creates a survey, so it is never repeated after a fault.
		return responseRows(await client.send({ method: 'POST', path: '/v1/surveys', body: bytes, headers: { 'Content-Type': ZIP } }, itemIndex));
	},
};
