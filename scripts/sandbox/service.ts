/**
 * What the sandbox needs to know about one service. Each file in `services/` default-exports one of these, so a new
 * service joins the sandbox by adding one small file there.
 */
export interface SandboxService {
	/** Short id, also the env prefix of its port: `hive` → HIVE_MOCK_PORT. */
	id: string;
	title: string;
	/** Folder of the mock, relative to the repo root; when it is missing the service is skipped with a notice. */
	mockDir: string;
	/** Fixed default port, so the URLs in the banner and the credentials stay the same between starts. */
	defaultPort: number;
	/** Only its sandbox credential calls this mock, so when its port is taken a free one will do. */
	anyPortWhenTaken?: boolean;
	/** Starts the mock with the service's documented rate limits on. Import the mock inside, so a missing one can be skipped. */
	start(port: number): Promise<StartedMock>;
	credential: { type: string; name: string };
	/** Files in `examples/` that belong to this service; their credential references are pointed at `credential`. */
	examples: ExampleSpec[];
}

export interface ExampleSpec {
	file: string;
	/**
	 * Publish the workflow once when it is imported, e.g. a webhook trigger that subscribes itself at the mock.
	 * Poll triggers stay unpublished: they would call the mock on a timer even when nobody is looking.
	 */
	publish?: boolean;
}

export interface StartedMock {
	/** Root URL of the mock server, e.g. http://127.0.0.1:4010 */
	url: string;
	/** What the credential gets: the mock's URLs and keys. */
	credentialData: Record<string, string>;
	/** Lines for the banner, e.g. ["API key: …", "limit: 100 requests per 60 s"]. */
	details: string[];
	/**
	 * For --check: makes the mock send one event to a published trigger example, as the service would, and says
	 * what it did. Without it, trigger examples are only checked for being imported.
	 */
	fireTrigger?(workflow: TriggerWorkflow, n8nBaseUrl: string): Promise<string>;
	/** What fireTrigger sends, for the check's line; default "the mock sends an event". */
	triggerEvent?: string;
	close(): Promise<void>;
}

export interface TriggerWorkflow {
	id: string;
	name: string;
	nodes: Array<{ name: string; type: string; webhookId?: string }>;
}
