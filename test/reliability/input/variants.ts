import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { isShown, withDefaults, type Values } from './displayOptions';
import type { Baseline } from './inputSubject';
import { describeTarget, targetsOf, type Target } from './parameterTargets';

/** Valid parameters that show some parameters no earlier variant showed, and those parameters. */
export interface Variant extends Baseline {
	/** The switches set differently from the operation's baseline, e.g. "paging=pageNumber". */
	label: string;
	targets: Target[];
}

/** Parameters whose value decides what else the editor shows (Paging, Method, Flow Type…), besides Resource and Operation. */
function switchNames(properties: INodeProperties[]): Set<string> {
	const names = new Set<string>();
	for (const property of properties) {
		for (const condition of [property.displayOptions?.show, property.displayOptions?.hide]) {
			for (const name of Object.keys(condition ?? {})) if (name !== 'resource' && name !== 'operation') names.add(name);
		}
	}
	return names;
}

function alternatives(property: INodeProperties): unknown[] {
	if (property.type === 'boolean') return [true, false];
	if (property.type === 'options') return ((property.options ?? []) as INodePropertyOptions[]).map((option) => option.value);
	return [];
}

/**
 * The operation's baseline, then one variant per switch value that reveals parameters not yet seen (Paging: Next
 * Link shows Next Link Path), so that parameters hidden behind a switch are driven too.
 */
export function variantsOf(properties: INodeProperties[], base: Baseline): Variant[] {
	const switches = switchNames(properties);
	const first = targetsOf(properties, base.parameters);
	const seen = new Set(first.map(describeTarget));
	const variants: Variant[] = [{ ...base, label: '', targets: first }];
	for (let index = 0; index < variants.length; index++) {
		const from = variants[index];
		const shownSwitches = properties.filter((property) => switches.has(property.name) && isShown(property, from.parameters));
		for (const property of shownSwitches) {
			for (const value of alternatives(property)) {
				if (value === from.parameters[property.name]) continue;
				const parameters: Values = withDefaults(properties, { ...from.parameters, [property.name]: value });
				const fresh = targetsOf(properties, parameters).filter((target) => !seen.has(describeTarget(target)));
				if (fresh.length === 0) continue;
				for (const target of fresh) seen.add(describeTarget(target));
				variants.push({ parameters, items: base.items, label: `${from.label}${property.name}=${String(value)} `, targets: fresh });
			}
		}
	}
	return variants;
}
