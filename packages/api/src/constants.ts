/**
 * Vocabulary of the analysis, as data: what marks a release as part of an IT incident and how
 * source ids hint at the kind of publisher when no sources config is at hand.
 */

/**
 * Lower-case substrings that mark a release as being about an IT security incident or an IT
 * outage. Matched anywhere in the text, so compounds count ("Cyberangriff", "Hackerangriffs").
 */
export const INCIDENT_KEYWORDS: readonly string[] = [
  'cyber', 'hacker', 'ransomware', 'erpressungssoftware', 'schadsoftware', 'trojaner', 'malware', 'ddos',
  'it-angriff', 'it-sicherheitsvorfall', 'it-störung', 'it-ausfall', 'it-probleme', 'systemausfall', 'serverausfall',
  'netzwerkstörung', 'datenabfluss', 'datenleck', 'lösegeld',
];

/**
 * The same vocabulary as a full-text search (prefix terms), to preselect candidate releases in the
 * store; the keyword check above then runs on the full text.
 */
export const INCIDENT_SEARCH = [
  'cyber*', 'hacker*', 'ransomware*', 'erpressungssoftware*', 'schadsoftware*', 'trojaner*', 'verschlüsselungstrojaner*',
  'malware*', 'ddos*', '"it angriff"*', '"it sicherheitsvorfall"*', '"it störung"*', '"it ausfall"*', '"it probleme"*',
  'systemausfall*', 'serverausfall*', 'netzwerkstörung*', 'datenabfluss*', 'datenleck*', 'lösegeld*',
].join(' OR ');

/** Agency kinds whose shared mention ties releases to one incident (the provider hit, the CERT helping). */
export const INCIDENT_ANCHOR_KINDS: readonly string[] = ['it-provider', 'cert'];

/** Agency kinds that investigate: a shared investigator ties releases that both talk about an attack. */
export const INVESTIGATOR_KINDS: readonly string[] = ['police', 'prosecutor'];

/** Source-id patterns → source kind, tried in order, for sources missing from the sources config. */
export const SOURCE_KIND_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/(^|-)(polizei|pol|pp|police|bundespolizei|lka|bka)(-|$)/, 'police'],
  [/(^|-)(sta|gsta|staatsanwaltschaft|generalstaatsanwaltschaft|zac|prosecutor)(-|$)/, 'prosecutor'],
  [/(^|-)(kreis|landkreis|lk|district|region)(-|$)/, 'district'],
  [/(^|-)(stadt|gemeinde|kommune|kommunen|city|rathaus)(-|$)/, 'city'],
  [/(^|-)(bsi|bbk|bund|federal)(-|$)/, 'federal-agency'],
  [/(^|-)(land|ministerium|state)(-|$)/, 'state-agency'],
  [/(^|-)(it|rechenzentrum|krz|provider)(-|$)/, 'it-provider'],
  [/(^|-)(news|zeitung|radio|wdr|ndr|presse|dpa)(-|$)/, 'news'],
];
