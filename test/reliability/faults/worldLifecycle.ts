import type { FaultLayer } from '../../mocks/shared/faults';

/**
 * How a fault test file holds its world (a mock with a fault layer, and its n8n credential). Both return the world
 * as a function: it exists only once the first hook has run.
 */

/** One world for the whole file: opened before the first test; after each test its faults are cleared and `reset` runs. */
export function worldPerFile<W extends { faults: FaultLayer; close(): Promise<void> }>(open: () => Promise<W>, reset: (world: W) => void): () => W {
	let world: W | undefined;
	beforeAll(async () => {
		world = await open();
	});
	afterEach(() => {
		world!.faults.clear();
		reset(world!);
	});
	afterAll(async () => await world?.close());
	return () => world!;
}

/** A fresh world for every test (its rate windows start empty), closed after it. */
export function worldPerTest<W extends { faults: FaultLayer }>(open: () => Promise<W>, close: (world: W) => Promise<void>): () => W {
	let world: W | undefined;
	beforeEach(async () => {
		world = await open();
	});
	afterEach(async () => {
		world!.faults.clear();
		await close(world!);
	});
	return () => world!;
}
