// Given engines.node ranges (n8n's ">=20.19 <= 24.x", a native module's ">=22.0.0", ...), prints "current" when the
// Node running this script satisfies them all, else the major version to install: the highest lower bound, kept
// under the lowest upper bound.
const ranges = process.argv.slice(2).filter(Boolean);
const [major, minor] = process.versions.node.split('.').map(Number);
let minMajor = 0;
let minMinor = 0;
let maxMajor = Infinity;
for (const range of ranges) {
	const lower = /(>=?)\s*(\d+)(?:\.(\d+))?/.exec(range);
	const upper = /(<=?)\s*(\d+)/.exec(range);
	const [lowMajor, lowMinor] = lower ? [Number(lower[2]), lower[3] ? Number(lower[3]) : 0] : [0, 0];
	if (lowMajor > minMajor || (lowMajor === minMajor && lowMinor > minMinor)) [minMajor, minMinor] = [lowMajor, lowMinor];
	if (upper) maxMajor = Math.min(maxMajor, Number(upper[2]) - (upper[1] === '<' ? 1 : 0));
}
const fitsLower = major > minMajor || (major === minMajor && minor >= minMinor);
if (fitsLower && major <= maxMajor) console.log('current');
else console.log(String(major > maxMajor ? maxMajor : minMajor));
