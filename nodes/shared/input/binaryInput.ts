import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';
import type { ItemParameters } from './itemParameters';

/**
 * The binary file an item holds under `property`, read for sending. A field that names no file fails with that
 * field named (n8n's own error does not say which field pointed at the missing file), before anything is sent.
 */
export async function binaryInput(ctx: IExecuteFunctions, params: ItemParameters, label: string, property: string): Promise<{ file: IBinaryData; bytes: Buffer }> {
	if (!property) throw params.fail(label, 'is empty; name the binary field that holds the file');
	let file: IBinaryData;
	try {
		file = ctx.helpers.assertBinaryData(params.itemIndex, property);
	} catch (error) {
		throw params.fail(label, `names no binary file of input item ${params.itemIndex + 1}: ${(error as Error).message}`);
	}
	return { file, bytes: await ctx.helpers.getBinaryDataBuffer(params.itemIndex, property) };
}
