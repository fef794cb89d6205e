import type { IDataObject, INodeParameters, IPairedItemData } from 'n8n-workflow';
import { startHiveMock, type HiveMock, type HiveMockOptions } from '../../mocks/hive';
import type { LogEntry } from '../../mocks/shared/requestLog';
import { connectN8n, type ExecutionRecord, type N8nClient, type NodeSpec } from '../harness/client';

export const HIVE_NODE = 'n8n-nodes-service-pack.hive';
export const HIVE_TRIGGER = 'n8n-nodes-service-pack.hiveTrigger';

export interface HiveWorld {
	n8n: N8nClient;
	mock: HiveMock;
	credential: { id: string; name: string };
	/** A Hive node with these parameters and the mock's credential. */
	hive(parameters: INodeParameters, extra?: Partial<NodeSpec>): NodeSpec;
	/** Requests the mock answered since `mark()` (control routes excluded). */
	requestsSince(mark: number): LogEntry[];
	mark(): number;
}

/** A Hive mock in this test file's process and an n8n credential pointing at it. */
export async function hiveWorld(options: HiveMockOptions = {}, name = 'Hive mock'): Promise<HiveWorld> {
	const n8n = connectN8n();
	const mock = await startHiveMock(options);
	const id = await n8n.createCredential('hiveApi', name, { apiKey: mock.apiKey, baseUrl: mock.baseUrl });
	const credential = { id, name };
	return {
		n8n,
		mock,
		credential,
		hive: (parameters, extra = {}) => ({
			name: 'Hive',
			type: HIVE_NODE,
			typeVersion: 1,
			parameters,
			credentials: { hiveApi: credential },
			...extra,
		}),
		mark: () => mock.log.lastSeq,
		requestsSince: (mark) => mock.log.since(mark),
	};
}

export const byId = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });

/** Which input item each output item of a node is paired with. */
export function pairedInputs(execution: ExecutionRecord, nodeName: string): number[] {
	const items = execution.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? [];
	return items.map((item) => {
		const paired = (Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem) as IPairedItemData | number | undefined;
		return typeof paired === 'number' ? paired : (paired?.item ?? -1);
	});
}

export const ids = (items: IDataObject[]) => items.map((item) => item.id);
