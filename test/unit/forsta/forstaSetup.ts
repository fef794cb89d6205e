import type { IBinaryData, IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { withStoredBearer } from '../../../nodes/shared/auth/bearer';
import { resetTokenStore } from '../../../nodes/shared/auth/tokens';
import { runOperations } from '../../../nodes/shared/operations/router';
import { resetThrottles } from '../../../nodes/shared/throttle/throttleRegistry';
import { forstaResources } from '../../../nodes/Forsta/actions';
import { forstaTokenFlow } from '../../../nodes/Forsta/forstaAuth';
import { forstaSurveysProfile } from '../../../nodes/Forsta/forstaProfiles';
import { fakeContext, type FakeContext } from '../../helpers/fakeContext';
import { startForstaMock, type ForstaMock, type ForstaMockOptions } from '../../mocks/forsta';

export interface ForstaRun {
	output: INodeExecutionData[];
	ctx: IExecuteFunctions;
}

export interface ForstaSetup {
	mock: ForstaMock;
	credentials: IDataObject;
	/** Workflow static data of the node, kept across runs like an active workflow's. */
	staticData: IDataObject;
	run(parameters: Record<string, unknown> | ((itemIndex: number) => Record<string, unknown>), options?: RunOptions): Promise<ForstaRun>;
	/** Paths and statuses the mock answered since the last call. */
	takeLog(): string[];
	close(): Promise<void>;
}

interface RunOptions {
	items?: IDataObject[];
	continueOnFail?: boolean;
	binary?: Record<number, Record<string, { data: Buffer; fileName: string; mimeType: string }>>;
}

/** Adds what fakeContext lacks and the Forsta node needs: static data and binary helpers. */
function withNodeHelpers(fake: FakeContext, staticData: IDataObject, options: RunOptions): IExecuteFunctions {
	const binaryOf = (itemIndex: number, field: string) => {
		const file = options.binary?.[itemIndex]?.[field];
		if (!file) throw new Error(`This operation expects the node's input data to contain a binary file '${field}'`);
		return file;
	};
	const ctx = fake.ctx as unknown as { helpers: Record<string, unknown>; getWorkflowStaticData?: unknown };
	ctx.getWorkflowStaticData = () => staticData;
	ctx.helpers.prepareBinaryData = async (data: Buffer, fileName: string, mimeType: string): Promise<IBinaryData> => ({
		data: data.toString('base64'),
		fileName,
		mimeType,
		fileSize: String(data.length),
	});
	ctx.helpers.assertBinaryData = (itemIndex: number, field: string) => {
		const { fileName, mimeType } = binaryOf(itemIndex, field);
		return { fileName, mimeType, data: '' };
	};
	ctx.helpers.getBinaryDataBuffer = async (itemIndex: number, field: string) => binaryOf(itemIndex, field).data;
	return fake.ctx;
}

/** A Forsta mock and a way to run the Forsta node's operations against it, as n8n would. */
export async function forstaSetup(mockOptions: ForstaMockOptions = {}, scope = 'pub.surveys pub.hubs'): Promise<ForstaSetup> {
	resetThrottles();
	resetTokenStore();
	const mock = await startForstaMock(mockOptions);
	const credentials = { site: 'custom', apiUrl: mock.url, identityUrl: mock.url, clientId: mock.clientId, clientSecret: mock.clientSecret, scope, accessToken: '' };
	const staticData: IDataObject = {};
	let seen = 0;
	return {
		mock,
		credentials,
		staticData,
		async run(parameters, options = {}) {
			const fake = fakeContext({
				credentialType: 'forstaApi',
				credentials,
				items: options.items,
				continueOnFail: options.continueOnFail,
				parameters,
				authenticate: (creds, request) => withStoredBearer(forstaTokenFlow, creds, request),
			});
			const ctx = withNodeHelpers(fake, staticData, options);
			const [output] = await runOperations(ctx, forstaResources, forstaSurveysProfile);
			return { output, ctx };
		},
		takeLog() {
			const entries = mock.log.entries.filter((entry) => entry.seq > seen);
			seen = mock.log.lastSeq;
			return entries.map((entry) => `${entry.method} ${entry.path} ${entry.status}`);
		},
		close: async () => {
			await mock.close();
			resetThrottles();
			resetTokenStore();
		},
	};
}

/** The Survey resource-locator value n8n passes for "By ID". */
export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

export const json = (run: ForstaRun) => run.output.map((item) => item.json);
