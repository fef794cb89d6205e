import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'crypto';

/**
 * AES-256-GCM for tokens at rest in Redis. The key comes from the credential's own secrets (the caller's `secret`),
 * so Redis alone, or a process without the credential, cannot read a token; a tampered value fails to decrypt.
 */
function keyOf(secret: string): Buffer {
	return createHash('sha256').update(`n8n-nodes-service-pack token key\n${secret}`).digest();
}

export function sealToken(plain: string, secret: string): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
	const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
	return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
}

/** The plain text, or undefined when the value was sealed with another secret or altered. */
export function openToken(value: string, secret: string): string | undefined {
	try {
		const raw = Buffer.from(value, 'base64');
		const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), raw.subarray(0, 12));
		decipher.setAuthTag(raw.subarray(12, 28));
		return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
	} catch {
		return undefined;
	}
}
