// Given n8n's engines.node range (">=24.0.0", ">=20.19 <= 24.x"), prints "current" when the Node running this
// script satisfies it, else the major version to install.
const range = process.argv[2] ?? '';
const [major, minor] = process.versions.node.split('.').map(Number);
const lower = /(>=?)\s*(\d+)(?:\.(\d+))?/.exec(range);
const upper = /(<=?)\s*(\d+)/.exec(range);
const minMajor = lower ? Number(lower[2]) : 0;
const minMinor = lower?.[3] ? Number(lower[3]) : 0;
const maxMajor = upper ? Number(upper[2]) - (upper[1] === '<' ? 1 : 0) : Infinity;
const fitsLower = major > minMajor || (major === minMajor && minor >= minMinor);
if (fitsLower && major <= maxMajor) console.log('current');
else console.log(String(major > maxMajor ? maxMajor : minMajor));
