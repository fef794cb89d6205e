import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { withStoredBearer } from '../../../nodes/shared/auth/bearer';
import { ForstaTrigger } from '../../../nodes/Forsta/ForstaTrigger.node';
import { forstaTokenFlow } from '../../../nodes/Forsta/forstaAuth';
import { fakeContext } from '../../helpers/fakeContext';
import { byId, forstaSetup, type ForstaSetup } from './forstaSetup';

let setup: ForstaSetup | undefined;
afterEach(async () => {
	await setup?.close();
	setup = undefined;
});

function pollContext(staticData: IDataObject, mode: 'trigger' | 'manual', parameters: Record<string, unknown>): IPollFunctions {
	const { ctx } = fakeContext({
		credentialType: 'forstaApi',
		credentials: (setup as ForstaSetup).credentials as never,
		parameters,
		authenticate: (creds, request) => withStoredBearer(forstaTokenFlow, creds, request),
	});
	const itemParameter = ctx.getNodeParameter.bind(ctx) as (name: string, itemIndex: number, fallback?: unknown, options?: object) => unknown;
	// A poll has no items: its getNodeParameter takes (name, fallback, options).
	const getNodeParameter = (name: string, fallback?: unknown, options?: object) => itemParameter(name, 0, fallback, options);
	return Object.assign(ctx, { getMode: () => mode, getWorkflowStaticData: () => staticData, getNodeParameter }) as unknown as IPollFunctions;
}

async function poll(staticData: IDataObject, mode: 'trigger' | 'manual' = 'trigger', survey = 'p1000001', variables = '') {
	const result = await new ForstaTrigger().poll.call(pollContext(staticData, mode, { survey: byId(survey), variables }));
	return result === null ? null : result[0].map((item) => item.json);
}

async function addResponses(count: number): Promise<void> {
	const data = (setup as ForstaSetup).mock.state.data.get('p1000001');
	const { responseRecord } = await import('../../mocks/forsta');
	for (let i = 0; i < count; i++) data?.responses.push(responseRecord((data.nextResponseId += 1) - 1));
}

describe('Forsta Surveys Trigger', () => {
	it('starts from the newest response, then emits each new response once, oldest first', async () => {
		setup = await forstaSetup();
		const staticData: IDataObject = {};
		expect(await poll(staticData)).toBeNull();
		expect(staticData).toEqual({ surveyId: 'p1000001', lastResponseId: 250 });
		await addResponses(3);
		expect((await poll(staticData))?.map((record) => record.responseid)).toEqual([251, 252, 253]);
		expect(staticData.lastResponseId).toBe(253);
		expect(await poll(staticData)).toBeNull();
		const reads = setup.mock.log.entries.filter((entry) => entry.path.endsWith('/responses/data'));
		expect(reads.map((entry) => entry.query.filterExpression?.[0])).toEqual([undefined, 'response:responseid > 250', 'response:responseid > 253']);
		expect(reads.every((entry) => entry.headers.accept === 'application/x-ndjson')).toBe(true);
	});

	it('catches up after downtime: the cursor in static data carries everything missed', async () => {
		setup = await forstaSetup();
		const staticData: IDataObject = { surveyId: 'p1000001', lastResponseId: 240 };
		const caughtUp = await poll(staticData, 'trigger', 'p1000001', 'status');
		expect(caughtUp?.map((record) => record.responseid)).toEqual([241, 242, 243, 244, 245, 246, 247, 248, 249, 250]);
		expect(Object.keys(caughtUp?.[0] ?? {})).toEqual(['responseid', 'status']);
	});

	it('never emits a response twice, even if the server ignored the filter', async () => {
		setup = await forstaSetup();
		setup.mock.use((req, next) => {
			delete req.query.filterExpression;
			return next();
		}, { first: true });
		const staticData: IDataObject = { surveyId: 'p1000001', lastResponseId: 248 };
		expect((await poll(staticData))?.map((record) => record.responseid)).toEqual([249, 250]);
		expect(await poll(staticData)).toBeNull();
	});

	it('in manual mode returns one sample and leaves the cursor alone', async () => {
		setup = await forstaSetup();
		const fresh: IDataObject = {};
		expect(await poll(fresh, 'manual')).toEqual([expect.objectContaining({ responseid: 1 })]);
		expect(fresh).toEqual({});
		const running: IDataObject = { surveyId: 'p1000001', lastResponseId: 17 };
		expect(await poll(running, 'manual')).toEqual([expect.objectContaining({ responseid: 17 })]);
		expect(running.lastResponseId).toBe(17);
	});

	it('starts afresh when the survey is changed', async () => {
		setup = await forstaSetup();
		const staticData: IDataObject = { surveyId: 'p1000001', lastResponseId: 5 };
		expect(await poll(staticData, 'trigger', 'p1000002')).toBeNull();
		expect(staticData).toEqual({ surveyId: 'p1000002', lastResponseId: 3 });
	});
});
