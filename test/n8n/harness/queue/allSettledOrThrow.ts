type Settled<T extends readonly unknown[]> = { -readonly [K in keyof T]: Awaited<T[K]> };

/**
 * Like Promise.all, but waits for every start to end before throwing: a server still starting when the caller
 * cleans up would be left running.
 */
export async function allSettledOrThrow<T extends readonly unknown[]>(starts: T): Promise<Settled<T>> {
	const outcomes = await Promise.allSettled(starts);
	const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
	if (failed) throw failed.reason;
	return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as Settled<T>;
}
