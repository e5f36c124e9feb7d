/** Characters that end a URL or e-mail address when they close it (sentence punctuation, quotes). */
export const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"“”‘’»«]+$/u;

/** Country prefix for German numbers written nationally ("0231 ..."). */
export const COUNTRY_CODE = '49';

/** A phone number has at least this many digits including the area code's leading 0 (short numbers like 110 are not contacts). */
export const MIN_PHONE_DIGITS = 6;
/** E.164 allows at most 15 digits including the country code. */
export const MAX_PHONE_DIGITS = 15;

/** Schemes added to URLs written without one ("www.luenen.de"). */
export const DEFAULT_SCHEME = 'https://';
