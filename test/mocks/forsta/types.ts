export type DataRecord = Record<string, string | number | boolean | null>;

export interface Survey {
	id: string;
	name: string;
	companyId: number;
	keywords: string[];
	status: string;
	created: string;
	lastModified: string;
	/** Answers 403 (no access) to every call, to tell permission errors from rate limits. */
	restricted?: boolean;
}

export interface SurveyData {
	responses: DataRecord[];
	respondents: DataRecord[];
	nextResponseId: number;
	nextRespid: number;
}

export interface Hub {
	id: number;
	name: string;
	hierarchies: Array<{ id: number; name: string }>;
	/** Respondent data of each auto-combined survey, by survey id. */
	combined: Record<string, DataRecord[]>;
}

export interface ForstaState {
	surveys: Survey[];
	data: Map<string, SurveyData>;
	hubs: Hub[];
	/** Variable templates by id: the variables each returns. */
	templates: Record<string, string[]>;
	nextSurveyNumber: number;
}

export interface ForstaSeed {
	/** Surveys to create (the first one gets the responses below). */
	surveys: number;
	/** Responses of the first survey, p1000001. */
	responses: number;
	respondents: number;
	hubs: number;
}

/** How the mock writes the next-page link: `next` (general docs), `nextpage` (Hubs docs), or both in turn. */
export type LinkStyle = 'next' | 'nextpage' | 'alternate';
