import type { ServiceImpact } from '@lagebild/schema';

/** How near (in characters) two statements must be to describe one state of parts, not two states in time. */
const NEAR = 250;

/**
 * One service of one place stated closed and open side by side ("Die Bürgerbüros Mitte und Süd sind
 * geschlossen. Das Bürgerbüro Nord hat geöffnet.") is partly available: one degraded impact in place of the
 * two (annotation guide §4: one of several offices closed is degraded). Statements further apart are states
 * at different times and stay as they are. Keeps the order of the rest.
 */
export function mergeMixedStates(impacts: readonly ServiceImpact[]): ServiceImpact[] {
  const keyOf = (i: ServiceImpact): string => `${i.municipality?.ags ?? i.district?.ags}|${i.service}|${i.asOf ?? ''}`;
  const dropped = new Set<ServiceImpact>();
  const degraded = new Map<ServiceImpact, ServiceImpact>();
  // Operational statements by place, service and day: each outage looks only among its own.
  const operational = new Map<string, ServiceImpact[]>();
  for (const o of impacts) {
    if (o.status !== 'operational') continue;
    const list = operational.get(keyOf(o)) ?? [];
    list.push(o);
    operational.set(keyOf(o), list);
  }
  for (const a of impacts) {
    if (a.status !== 'outage' || dropped.has(a)) continue;
    const b = operational.get(keyOf(a))?.find((o) => !dropped.has(o) && Math.abs(o.span.start - a.span.start) <= NEAR);
    if (!b) continue;
    const first = a.span.start <= b.span.start ? a : b;
    dropped.add(a === first ? b : a);
    degraded.set(first, { ...first, status: 'degraded' });
  }
  const out: ServiceImpact[] = [];
  const seen = new Set<string>();
  for (const i of impacts) {
    if (dropped.has(i)) continue;
    const item = degraded.get(i) ?? i;
    const key = `${keyOf(item)}|${item.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
