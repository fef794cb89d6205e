import { seconds } from '../throttle/waitLog';
import type { BudgetReport } from './retryBudget';

/** What to do when the retries were not enough: the same advice for data and token requests. */
const ADVICE = "To ride out a longer outage, raise the node's Retry Budget (Seconds) option, or turn on Retry On Fail in the node's settings.";

/** How the repeats of a failed request went, in one sentence. */
function howItWent(report: BudgetReport): string {
	const budget = seconds(report.budgetMs);
	if (report.budgetMs === 0) return "It was not repeated: the node's Retry Budget is 0.";
	const asked = report.tooLongWait;
	if (!asked) return `It was repeated for ${seconds(report.spentMs)} (the node's Retry Budget is ${budget}) without success.`;
	// A Retry-After longer than the budget left ends the retries at once: say so, not "repeated for 0 s".
	const tooLong = `asked to wait ${seconds(asked.askedMs)}, more than the ${seconds(asked.leftMs)} left of the node's Retry Budget (${budget})`;
	return report.spentMs > 0 ? `It was repeated for ${seconds(report.spentMs)}; then the service ${tooLong}.` : `It was not repeated: the service ${tooLong}.`;
}

/** The hint of a safe request that failed through its retry budget: what failed, how the repeats went, what was lost, what to do. */
export function budgetSpentHint(baseHint: string, report: BudgetReport, lost = ''): string {
	return `${baseHint} ${howItWent(report)}${lost} ${ADVICE}`;
}
