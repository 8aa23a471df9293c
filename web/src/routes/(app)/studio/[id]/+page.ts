import { createApolloClient } from '#lib/graphql/client.ts';
import { failLoad } from '#lib/graphql/load.ts';
import { StudioEditorQuery } from './operations.ts';
import type { PageLoad } from './$types';

// The editor lives in the browser: the draft's state, its autosave and the preview's sanitiser (DOMPurify) need it.
export const ssr = false;

export const load = (async ({ fetch, params, url }) => {
  const client = createApolloClient(fetch);
  const { data } = await client
    .query({ query: StudioEditorQuery, variables: { moduleId: params.id } })
    .catch((cause) => failLoad(cause, url));
  return { module: data.studioModule, draft: data.studioDraft, skills: data.studioSkills };
}) satisfies PageLoad;
