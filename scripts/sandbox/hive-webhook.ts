/**
 * Hive has no webhook subscription API (its account manager sets the URL), so the sandbox's Hive mock cannot call
 * n8n by itself. This sends one signed event, as Hive would, to every published Hive Trigger of the running sandbox:
 *   npx tsx scripts/sandbox/hive-webhook.ts [event]      (default shipment_status_updated)
 */
import { DEFAULT_HIVE_API_KEY, exampleHiveWebhookPayload, HIVE_WEBHOOK_EVENTS, sendHiveWebhook, type HiveWebhookEvent } from '../../test/mocks/hive';
import { rest, type Session } from '../../test/n8n/harness/rest';
import { readConfig } from './config';
import { SandboxLock } from './lock';
import { ownerSession } from './owner';

const HIVE_TRIGGER = 'n8n-nodes-service-pack.hiveTrigger';

interface StoredWorkflow {
	id: string;
	name: string;
	active?: boolean;
	nodes?: Array<{ name: string; type: string; webhookId?: string }>;
}

/** Production URLs of the Hive Trigger nodes in published workflows (n8n 2.x: `<base>/webhook/<webhookId>/webhook`). */
async function hiveTriggerUrls(session: Session): Promise<Array<{ workflow: string; url: string }>> {
	const summaries = (await rest<StoredWorkflow[]>(session, 'GET', '/workflows')) ?? [];
	const urls: Array<{ workflow: string; url: string }> = [];
	for (const summary of summaries.filter((workflow) => workflow.active)) {
		const workflow = await rest<StoredWorkflow>(session, 'GET', `/workflows/${summary.id}`);
		for (const node of workflow.nodes ?? []) {
			if (node.type === HIVE_TRIGGER && node.webhookId) urls.push({ workflow: workflow.name, url: `${session.baseUrl}/webhook/${node.webhookId}/webhook` });
		}
	}
	return urls;
}

async function main(): Promise<void> {
	const event = (process.argv[2] ?? 'shipment_status_updated') as HiveWebhookEvent;
	if (!HIVE_WEBHOOK_EVENTS.includes(event)) throw new Error(`unknown event "${event}"; use one of ${HIVE_WEBHOOK_EVENTS.join(', ')}`);
	const config = readConfig([]);
	const baseUrl = new SandboxLock(config.sandboxDir).runningBaseUrl();
	if (!baseUrl) throw new Error('no sandbox is running on this folder: start it with `npm start` first');
	const { session } = await ownerSession(baseUrl, config.owner);
	const targets = await hiveTriggerUrls(session);
	if (targets.length === 0) throw new Error('no published workflow has a Hive Trigger: publish one in the editor first');
	for (const target of targets) {
		// The sandbox's Hive credential holds the mock's key, which is also what Hive signs with.
		const delivery = await sendHiveWebhook(target.url, event, exampleHiveWebhookPayload(event), { apiKey: DEFAULT_HIVE_API_KEY });
		console.log(`${event} → "${target.workflow}" ${target.url}: ${delivery.status} ${JSON.stringify(delivery.body)}`);
	}
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
