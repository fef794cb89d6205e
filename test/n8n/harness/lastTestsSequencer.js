// Jest loads a test sequencer without transforming it, hence plain CommonJS.
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Files that read what every other test file left behind, so they run after all of them: the secret-leak scan
 * looks through every execution, log line and webhook answer of the run. Running in band (--maxWorkers=1, as CI
 * does) makes "after" exact; with several workers the other files have all started by then, not all finished.
 */
const RUN_LAST = ['test/n8n/reliability/security/secretLeakScan.test.ts'];

const runsLast = (test) => RUN_LAST.some((file) => test.path.split('\\').join('/').endsWith(file));

class LastTestsSequencer extends Sequencer {
	async sort(tests) {
		const sorted = await super.sort(tests);
		return [...sorted.filter((test) => !runsLast(test)), ...sorted.filter(runsLast)];
	}
}

module.exports = LastTestsSequencer;
