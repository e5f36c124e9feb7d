import type * as chrono from 'chrono-node';

/**
 * Whether components carry `tag`. chrono's `tags()` returns a copy of its set on every call (a set per
 * look, several looks per result); its own set is read instead where there is one.
 */
export function hasTag(components: chrono.ParsedComponents, tag: string): boolean {
  const own = (components as unknown as { _tags?: unknown })._tags;
  return own instanceof Set ? own.has(tag) : components.tags().has(tag);
}
