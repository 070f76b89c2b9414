/**
 * Edits to the request fields as pure functions, like `design/edit.ts`: each
 * returns a new design and never stores a default (an empty text, or a
 * justification equal to the pre-filled one), so a file holds only what a
 * person actually decided.
 */
import type { Design } from '../design/schema';
import type { ColumnProfile } from './profiles';
import type { FlowRequest, RequestFields } from './schema';

type DesignFields = Omit<RequestFields, 'flows'>;

/** `undefined` or `''` clears a field. */
export function setRequestFields(design: Design, patch: { [K in keyof DesignFields]?: string | undefined }): Design {
  const next: Record<string, unknown> = { ...design.request, flows: design.request?.flows ?? {} };
  for (const [field, value] of Object.entries(patch)) {
    const text = typeof value === 'string' ? value.trim() : undefined;
    if (text) next[field] = text;
    else delete next[field];
  }
  return withRequest(design, next as RequestFields);
}

export type FlowRequestPatch = { [K in keyof FlowRequest]?: FlowRequest[K] | '' | undefined };

/**
 * One patch for several flows at once (the matrix edits every selected row's
 * flow in one undo step). `defaults` gives each flow's pre-filled
 * justification: a justification equal to it is not stored.
 */
export function setFlowRequests(
  design: Design,
  keys: readonly string[],
  patch: FlowRequestPatch,
  defaults?: ReadonlyMap<string, string>,
): Design {
  const flows: Record<string, FlowRequest> = Object.assign(Object.create(null) as Record<string, FlowRequest>, design.request?.flows ?? {});
  for (const key of new Set(keys)) {
    const entry: Record<string, unknown> = { ...(Object.hasOwn(flows, key) ? flows[key] : {}) };
    for (const [field, value] of Object.entries(patch)) {
      const text = typeof value === 'string' ? value.trim() : value;
      const isDefault = field === 'justification' && text === defaults?.get(key);
      if (text === undefined || text === '' || isDefault) delete entry[field];
      else entry[field] = text;
    }
    if (Object.keys(entry).length > 0) flows[key] = entry as FlowRequest;
    else delete flows[key];
  }
  // Sorted keys keep saved files stable and diffs readable.
  const sorted = Object.fromEntries(
    Object.keys(flows)
      .sort()
      .map((k) => [k, flows[k]!]),
  );
  return withRequest(design, { ...design.request, flows: sorted });
}

/** The request without empty parts; no `request` at all when nothing is left. */
function withRequest(design: Design, request: RequestFields): Design {
  const { request: _old, ...rest } = design;
  const hasFields = Object.entries(request).some(([k, v]) => k !== 'flows' && v !== undefined && !(Array.isArray(v) && v.length === 0));
  if (!hasFields && Object.keys(request.flows).length === 0) return rest;
  return { ...rest, request };
}

/** Saves a column profile under its name, replacing one of the same name; `undefined` removes it. */
export function saveProfile(design: Design, name: string, profile: ColumnProfile | undefined): Design {
  const others = (design.request?.profiles ?? []).filter((p) => p.name.toLowerCase() !== name.toLowerCase());
  const profiles = profile ? [...others, profile] : others;
  const next: RequestFields = { ...design.request, flows: design.request?.flows ?? {}, profiles };
  if (profiles.length === 0) delete next.profiles;
  return withRequest(design, next);
}
