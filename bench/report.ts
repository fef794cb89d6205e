/** One line of the summary table `npm run bench` ends with (Markdown, ready for docs/PERFORMANCE.md). */
export interface SummaryRow {
	scenario: string;
	client: string;
	/** The measured figure: median (lowest–highest, runs). */
	result: string;
	rows?: string;
	refused?: string;
	/** This pack against the HTTP Request node, taken in the same run. */
	versusHttp?: string;
	/** The target and whether this run met it. */
	target?: string;
}

export interface ScenarioReport {
	title: string;
	/** Lines printed as the scenario finishes: what was run and every run's figures. */
	details: string[];
	rows: SummaryRow[];
}

const cell = (value: string | undefined) => (value ?? '').replace(/\|/g, '\\|');

export function summaryTable(rows: SummaryRow[]): string {
	const header = ['scenario', 'client', 'result', 'rows', '429s', 'vs HTTP Request node', 'target'];
	const lines = rows.map((row) => [row.scenario, row.client, row.result, row.rows, row.refused, row.versusHttp, row.target].map(cell));
	return [header, header.map(() => '---'), ...lines].map((line) => `| ${line.join(' | ')} |`).join('\n');
}

export function met(ok: boolean): string {
	return ok ? 'met' : 'NOT met';
}
