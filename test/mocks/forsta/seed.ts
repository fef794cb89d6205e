import type { DataRecord, ForstaSeed, ForstaState, Hub, Survey, SurveyData } from './types';

export const DEFAULT_SEED: ForstaSeed = { surveys: 12, responses: 250, respondents: 40, hubs: 3 };

const BASE_TIME = Date.UTC(2025, 0, 6, 8, 0, 0);
const STATUSES = ['complete', 'complete', 'complete', 'incomplete', 'screened'];

export function surveyId(index: number): string {
	return `p${1_000_000 + index}`;
}

/** Response `n` of a survey: a key (responseid), system variables and a few answers. */
export function responseRecord(n: number): DataRecord {
	const start = BASE_TIME + n * 60_000;
	return {
		responseid: n,
		respid: 5_000 + n,
		status: STATUSES[n % STATUSES.length],
		interview_start: new Date(start).toISOString(),
		interview_end: new Date(start + 420_000).toISOString(),
		q1: n % 5 + 1,
		q2: `answer ${n}`,
		nps: n % 11,
	};
}

export function respondentRecord(n: number): DataRecord {
	return { respid: 5_000 + n, email: `respondent${n}@example.com`, name: `Respondent ${n}`, noOfMailSent: n % 3 };
}

function seedSurvey(index: number): Survey {
	const created = new Date(BASE_TIME - index * 86_400_000).toISOString();
	return {
		id: surveyId(index),
		name: index === 1 ? 'Customer Satisfaction 2025' : `Survey ${index}${index % 3 === 0 ? ' – Brand Tracker' : ''}`,
		companyId: index % 2 === 0 ? 23 : 42,
		keywords: index % 3 === 0 ? ['tracker', 'brand'] : ['ad hoc'],
		status: index % 4 === 0 ? 'closed' : 'production',
		created,
		lastModified: created,
		// The last survey is one the client may not read: its calls get a permission 403.
		restricted: false,
	};
}

function seedData(responses: number, respondents: number): SurveyData {
	return {
		responses: Array.from({ length: responses }, (_, i) => responseRecord(i + 1)),
		respondents: Array.from({ length: respondents }, (_, i) => respondentRecord(i + 1)),
		nextResponseId: responses + 1,
		nextRespid: 5_000 + respondents + 1,
	};
}

function seedHub(index: number, combinedSurvey: string): Hub {
	return {
		id: 100 + index,
		name: `Hub ${index}${index === 1 ? ' – Customer Experience' : ''}`,
		hierarchies: [
			{ id: index * 10 + 1, name: 'Organisation' },
			{ id: index * 10 + 2, name: 'Regions' },
		],
		combined: { [combinedSurvey]: Array.from({ length: 30 }, (_, i) => ({ ...respondentRecord(i + 1), hub: 100 + index })) },
	};
}

export function createForstaState(seed: Partial<ForstaSeed> = {}): ForstaState {
	const counts = { ...DEFAULT_SEED, ...seed };
	const surveys = Array.from({ length: counts.surveys }, (_, i) => seedSurvey(i + 1));
	if (surveys.length > 1) surveys[surveys.length - 1].restricted = true;
	const data = new Map<string, SurveyData>();
	surveys.forEach((survey, index) => data.set(survey.id, index === 0 ? seedData(counts.responses, counts.respondents) : seedData(3, 3)));
	const hubs = Array.from({ length: counts.hubs }, (_, i) => seedHub(i + 1, surveys[0]?.id ?? surveyId(1)));
	return { surveys, data, hubs, templates: { '7': ['responseid', 'status', 'nps'] }, nextSurveyNumber: counts.surveys + 1 };
}

export function resetForstaState(state: ForstaState, seed: Partial<ForstaSeed> = {}): void {
	Object.assign(state, createForstaState(seed));
}
