/** What the Hive node does (also what an AI agent reads about it as a tool). */
export const HIVE_ACTIONS = 'Manage SKUs, orders, restocking shipments, shipments and returns with the Hive Merchant API';

/**
 * The trigger's description. n8n's node panel gives the app and its trigger one entry and shows the trigger's
 * description above the app's action list, so it says what the actions do first, then what starts a workflow.
 */
export const HIVE_PANEL_DESCRIPTION = `${HIVE_ACTIONS}, and start workflows on their status changes`;
