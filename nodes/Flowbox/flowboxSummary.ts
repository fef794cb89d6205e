/** What the Flowbox node does (also what an AI agent reads about it as a tool). */
export const FLOWBOX_ACTIONS = 'Read flows, posts, tags, products and reviews from Flowbox, report posts and add reviews';

/**
 * The trigger's description. n8n's node panel gives the app and its trigger one entry and shows the trigger's
 * description above the app's action list, so it says what the actions do first, then what starts a workflow.
 */
export const FLOWBOX_PANEL_DESCRIPTION = `${FLOWBOX_ACTIONS}, and start workflows on new posts`;
