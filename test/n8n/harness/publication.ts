import { parseJson, rawRequest, type Session } from './rest';
import { waitFor } from './wait';

/** What GET /rest/workflows/:id/publication-status reports (n8n 2.41 on); older lines publish before answering. */
type PublicationStatus = 'in_progress' | 'not_published' | 'published' | 'partial' | 'failed';

interface PublicationReport {
	status: PublicationStatus;
	triggers?: Array<{ nodeId: string; status: string; errorMessage?: string | null }>;
}

class PublicationFailed extends Error {}

/**
 * Waits until n8n has (un)registered the workflow's triggers. From 2.41 activation publishes in the background, so a
 * webhook answers 404 for a moment after POST /activate has answered; before 2.41 the route is missing (404) and the
 * POST itself waited for the triggers.
 */
export async function waitForPublication(session: Session, workflowId: string, wanted: 'published' | 'not_published', timeoutMs = 30_000): Promise<void> {
	const url = `${session.baseUrl}/rest/workflows/${workflowId}/publication-status`;
	await waitFor(
		`workflow ${workflowId} to be ${wanted.replace('_', ' ')}`,
		async () => {
			const response = await rawRequest(url, { method: 'GET', cookie: session.cookie });
			if (response.status === 404) return true;
			if (response.status >= 400) throw new Error(`GET ${url} answered ${response.status}: ${response.text.slice(0, 300)}`);
			const report = (parseJson(response.text) as { data?: PublicationReport } | undefined)?.data;
			if (report?.status === wanted) return true;
			if (wanted === 'published' && (report?.status === 'failed' || report?.status === 'partial')) {
				const reasons = (report.triggers ?? []).filter((trigger) => trigger.errorMessage).map((trigger) => `${trigger.nodeId}: ${trigger.errorMessage}`);
				throw new PublicationFailed(`workflow ${workflowId} publication ${report.status}: ${reasons.join('; ') || 'no reason given'}`);
			}
			return undefined;
		},
		{ timeoutMs, intervalMs: 50, stopOn: PublicationFailed },
	);
}
