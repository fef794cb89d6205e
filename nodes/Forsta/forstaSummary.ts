/** What the Forsta Surveys node does (also what an AI agent reads about it as a tool). */
export const FORSTA_ACTIONS = 'Read and write Forsta (Confirmit) surveys, respondents, response data and hubs';

/**
 * The trigger's description. n8n's node panel gives the app and its trigger one entry and shows the trigger's
 * description above the app's action list, so it says what the actions do first, then what starts a workflow.
 */
export const FORSTA_PANEL_DESCRIPTION = `${FORSTA_ACTIONS}, and start workflows on new responses`;
