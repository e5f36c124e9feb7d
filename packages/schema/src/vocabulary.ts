/**
 * Controlled vocabularies of design.md §3. Keys are binding for tools outside the repository:
 * extend them when real text needs it, never rename one.
 */
export const SOURCE_KINDS = [
  'police', 'prosecutor', 'city', 'district', 'federal-agency', 'state-agency', 'it-provider', 'news',
] as const;

export const AGENCY_KINDS = [
  'police', 'prosecutor', 'federal-agency', 'state-agency', 'cert', 'it-provider', 'court',
  'fire-service', 'other',
] as const;

export const SERVICES = [
  'administration', 'website', 'email', 'phone', 'online-services', 'appointments', 'citizens-office',
  'civil-registry', 'weddings', 'registration-office', 'id-documents', 'vehicle-registration',
  'drivers-licence', 'foreigners-office', 'social-benefits', 'building-authority',
  'business-registration', 'council-information', 'payments', 'library', 'schools',
  'emergency-services', 'it-systems',
] as const;

export const SERVICE_STATUSES = ['outage', 'degraded', 'restored', 'operational'] as const;

/**
 * How much of a date was written. `month`: only a part of a month ("bis voraussichtlich Ende November",
 * "Anfang Dezember"); the value is the day that part stands for (the last, the 15th, the 1st), with "day"
 * in `implied`. Added after the first three; keys are never renamed.
 */
export const DATE_PRECISIONS = ['day', 'hour', 'minute', 'month'] as const;

export const CONTACT_KINDS = ['phone', 'email', 'url'] as const;

/** German Länder as two-letter codes; the AGS's first two digits map onto them. */
export const STATES = {
  '01': 'SH', '02': 'HH', '03': 'NI', '04': 'HB', '05': 'NW', '06': 'HE', '07': 'RP', '08': 'BW',
  '09': 'BY', '10': 'SL', '11': 'BE', '12': 'BB', '13': 'MV', '14': 'SN', '15': 'ST', '16': 'TH',
} as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type AgencyKind = (typeof AGENCY_KINDS)[number];
export type Service = (typeof SERVICES)[number];
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
export type StateCode = (typeof STATES)[keyof typeof STATES];
