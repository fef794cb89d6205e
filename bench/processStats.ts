import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** Linux's /proc figures of one process (the n8n main process): memory in bytes, CPU in milliseconds. */

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	const line = readFileSync(`/proc/${pid}/status`, 'utf8')
		.split('\n')
		.find((candidate) => candidate.startsWith(`${field}:`));
	if (!line) throw new Error(`/proc/${pid}/status has no ${field}`);
	return Number(/(\d+)\s*kB/.exec(line)?.[1]) * 1024;
}

export const residentBytes = (pid: number): number => statusField(pid, 'VmRSS');
export const peakResidentBytes = (pid: number): number => statusField(pid, 'VmHWM');

/** Writing 5 to clear_refs sets the process's peak RSS (VmHWM) back to its current RSS. */
export function resetPeakResident(pid: number): void {
	writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

let ticksPerSecond: number | undefined;

/** User plus system CPU time the process has used so far. */
export function cpuMs(pid: number): number {
	ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
	// The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()!.split(' ');
	const [utime, stime] = [Number(fields[11]), Number(fields[12])];
	return ((utime + stime) * 1000) / ticksPerSecond;
}
