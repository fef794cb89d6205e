import type { RegisteredSecret } from '../../harness/runRecords';
import { writtenForms } from './secretForms';

/** One text the scan reads: a stored execution, a log line, a webhook answer. */
export interface ScannedText {
	/** e.g. "execution 42", "n8n.log line 1234", "answer 7 (POST /webhook/…)". */
	source: string;
	text: string;
	/** A whole file of lines (n8n's log): a hit names its line. */
	lines?: boolean;
}

export interface Leak {
	secret: Pick<RegisteredSecret, 'credentialType' | 'field'>;
	form: string;
	source: string;
	/** The text around the hit, with the secret itself masked: a failing test must not print it either. */
	context: string;
}

const CONTEXT_CHARS = 60;

/** Every occurrence of every registered secret, in any of its written forms, in the texts. */
export function findLeaks(texts: readonly ScannedText[], secrets: readonly RegisteredSecret[]): Leak[] {
	const leaks: Leak[] = [];
	for (const secret of secrets) {
		const forms = writtenForms(secret.value);
		for (const { source, text, lines } of texts) {
			for (const [form, written] of forms) {
				for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + written.length)) {
					const around = text.slice(Math.max(0, at - CONTEXT_CHARS), at + written.length + CONTEXT_CHARS);
					const where = lines ? `${source} line ${text.slice(0, at).split('\n').length}` : source;
					leaks.push({ secret: { credentialType: secret.credentialType, field: secret.field }, form, source: where, context: around.split(written).join('[SECRET]') });
				}
			}
		}
	}
	return leaks;
}

/** A failure message that says where, never what. */
export function describeLeaks(leaks: readonly Leak[], limit = 20): string {
	const lines = leaks.slice(0, limit).map((leak) => `${leak.secret.credentialType}.${leak.secret.field} (${leak.form}) in ${leak.source}: …${leak.context}…`);
	return `${leaks.length} secret occurrence(s):\n${lines.join('\n')}${leaks.length > limit ? `\n… and ${leaks.length - limit} more` : ''}`;
}
