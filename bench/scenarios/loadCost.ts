import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../test/n8n/harness/n8nInstall';
import { warmStarts, type StartTime } from '../n8nInstance';
import { met, type ScenarioReport } from '../report';
import { count, median, milliseconds, seconds, spread } from '../stats';

interface PackEntry {
	size: number;
	unpackedSize: number;
	entryCount: number;
}

type Start = StartTime;

function requireTime(): number {
	const output = execFileSync(process.execPath, [join(__dirname, '..', 'requirePack.cjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
	return (JSON.parse(output.trim()) as { ms: number }).ms;
}

/** What the pack costs n8n before it runs anything: start time, loading its classes, and its size. */
export async function runLoadCost(starts: number, requires: number): Promise<ScenarioReport> {
	const withPack: Start[] = [];
	const without: Start[] = [];
	// Restarts of a folder already set up: a first start's database migrations take seconds and vary by more than
	// the pack could add. Alternate, so a change in machine load during the runs falls on both sides.
	const [folderWithout, folderWith] = [await warmStarts(false), await warmStarts(true)];
	try {
		for (let i = 0; i < starts; i++) {
			without.push(await folderWithout.start());
			withPack.push(await folderWith.start());
		}
	} finally {
		folderWithout.remove();
		folderWith.remove();
	}
	const wall = (starts: Start[]) => starts.map((one) => one.ms);
	const cpu = (starts: Start[]) => starts.map((one) => one.cpuMs);
	const added = median(wall(withPack)) - median(wall(without));
	const addedCpu = median(cpu(withPack)) - median(cpu(without));
	const signed = (ms: number) => `${ms >= 0 ? '+' : ''}${milliseconds(ms)}`;
	const loads = Array.from({ length: requires }, requireTime);
	const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8' })) as PackEntry[];
	const kB = (bytes: number) => `${count(Math.round(bytes / 1024))} kB`;
	return {
		title: 'Load cost: n8n start with and without the pack, loading its classes, package size',
		details: [
			`  n8n restart until REST answers, with the pack: ${spread(wall(withPack), seconds)}; without: ${spread(wall(without), seconds)}; added: ${signed(added)}`,
			`  n8n CPU time until then, with the pack: ${spread(cpu(withPack), seconds)}; without: ${spread(cpu(without), seconds)}; added: ${signed(addedCpu)}`,
			`  require + construct all node and credential classes in a fresh Node process: ${spread(loads, milliseconds)}`,
			`  npm pack: ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked, ${pack.entryCount} files`,
		],
		rows: [
			{
				scenario: 'Load: n8n start',
				client: 'with the pack',
				result: `${spread(wall(withPack), seconds)}; CPU ${spread(cpu(withPack), seconds)}`,
				versusHttp: `${signed(added)} (CPU ${signed(addedCpu)}) vs without`,
				target: `< 150 ms added: ${met(added < 150)}`,
			},
			{ scenario: 'Load: n8n start', client: 'without the pack', result: `${spread(wall(without), seconds)}; CPU ${spread(cpu(without), seconds)}` },
			{ scenario: 'Load: require all classes', client: 'fresh Node process', result: spread(loads, milliseconds) },
			{ scenario: 'Load: package', client: 'npm pack', result: `${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked, ${pack.entryCount} files` },
		],
	};
}
