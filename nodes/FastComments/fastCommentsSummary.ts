/** What the FastComments node does (also what an AI agent reads about it as a tool). */
export const FASTCOMMENTS_ACTIONS = 'Manage comments, pages, users, moderators, votes, questions and more with the FastComments API';

/**
 * The trigger's description. n8n's node panel gives the app and its trigger one entry and shows the trigger's
 * description above the app's action list, so it says what the actions do first, then what starts a workflow.
 */
export const FASTCOMMENTS_PANEL_DESCRIPTION = `${FASTCOMMENTS_ACTIONS}, and start workflows on comment events`;
