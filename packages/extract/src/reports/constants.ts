/**
 * Cues of the report splitter as data: what starts an incident section, what is only a sub-heading
 * inside one, and what starts the shared trailer (contact block) that belongs to no report.
 * Every pattern is anchored at a line's start and bounded, so each line costs a constant amount of work.
 */

/** Fewest sections a release must have before it counts as several incidents. */
export const MIN_REPORTS = 2;

/** Fewest non-blank characters (heading excluded) a section must hold to be an incident of its own. */
export const MIN_SECTION_BODY = 120;

/** Longest heading line of a headed section (characters) and most words in it. */
export const MAX_HEADING_LENGTH = 120;
export const MAX_HEADING_WORDS = 16;

/** Longest title kept from a numbered item written as a sentence ("1. In der Nacht zu …"). */
export const MAX_TITLE_LENGTH = 160;

/** A numbered item at a line's start: "1. ", "2) ", "3.) ". The number is group 1. */
export const NUMBERED_ITEM = /^(\d{1,2})(?:\.\)|\.|\))[ \t]+(?=\S)/;

/** A presseportal block header at a line's start: "POL-DO:", "POL-MS:", "BPOL-KS:", "FW-GE:". */
export const PORTAL_HEADER = /^(?:POL|BPOL|BPOLI|FW|STA|LKA|ZOLL|HZA)-[A-ZÄÖÜ0-9]{1,8}(?:-[A-ZÄÖÜ0-9]{1,6})?:[ \t]/u;

/**
 * A dateline line under a heading: "Ruhla (PI Eisenach)", "Gotha (LPI Gotha)", "Musterstadt, Landkreis X".
 * Such a line belongs to the heading above it; it is never a section's title.
 */
export const DATELINE_LINE = /^[\p{Lu}][\p{L}\p{M}.' \-/,]{1,60}\((?:K?PI|LPI|PD|PP|PR|PRev|PK|KPI|Polizei|Polizeiinspektion|Polizeirevier|Revier|Landkreis|LK|OT)[^)]{0,60}\)\s*$/u;

/**
 * A paragraph led by its place, "Cottbus: Am Donnerstag …", "Burg, Haasow: …", "Neustadt OT Ahlen: …".
 * Group 1 is the label. Accepted only where a place mention lies inside the label.
 */
export const PLACE_LEAD = /^([\p{Lu}][\p{L}\p{M}.'\-]{1,30}(?:(?:,[ \t]*|[ \t]*\/[ \t]*|[ \t]+(?:OT[ \t]+|Ortsteil[ \t]+|und[ \t]+|bei[ \t]+|-[ \t]+)?)\(?[\p{Lu}][\p{L}\p{M}.'\-]{0,30}\)?){0,5})[ \t]*:[ \t]+(?=\S)/u;

/**
 * Headings that are parts of one incident or of the release's furniture, not incidents of their own
 * (matched at the heading's start, case-insensitively): witness calls, descriptions of a suspect,
 * updates, advice, the release's own header ("Pressebericht der PI … vom …").
 */
export const SUB_HEADING_START = /^(?:zeugenhinweise?|hinweise?|herzlich willkommen|willkommen|navigation|inhalt|men[uü]|startseite|aktuelles|polizeimeldungen|pressemitteilungen|polizeireviere|gemeinsame (?:pressemitteilung|presseerklärung|meldung|presseinformation)|(?:landes|kriminal|autobahn)?polizei(?:inspektion|präsidium|direktion|revier|dienststelle|behörde)|ortspolizeibehörde|(?:general)?staatsanwaltschaft|ort|zeit|datum|fahndung|öffentlichkeitsfahndung|täterbeschreibung|personenbeschreibung|beschreibung|signalement|update|nachtrag|nachtragsmeldung|ergänzung|erstmeldung|folgemeldung|originalmeldung|abschlussmeldung|korrektur|berichtigung|rückfragen?|kontakt|pressestelle|pressekontakt|hintergrund|präventionshinweise?|präventionstipps?|die polizei rät|polizei rät|so schützen sie sich|wer kann|wer hat|haben sie|medieninformation|presseinformation|pressemitteilung|pressemeldung|pressebericht|polizeibericht|tagesbericht|lagebericht|meldungen|nr\.|tatort|tatzeit|tatzeitraum|ereignisort|ereigniszeit|unfallort|unfallzeit)(?![\p{L}])/iu;

/** Headings that are sub-headings only when they are the whole line ("Bilanz", "Festnahme", "Tipps der Polizei" is not). */
export const SUB_HEADING_WHOLE = /^(?:zeugen?(?: gesucht)?|zeugin gesucht|zeugenaufruf|info|infos|information|informationen|tipp|tipps|prävention|achtung|warnung|foto|fotos|bild|bilder|video|links?|anlagen?|sachverhalt|ermittlungen|festnahme|ergebnis|bilanz|fazit|zusammenfassung|einsatz|einsatzbilanz|fortsetzung|ausblick|schaden|verletzte|täter|personalien|bitte beachten)[\s:.!]*$/iu;

/** Labels of "Label: text" that are fields or furniture, not places. */
export const NON_PLACE_LABEL = /^(?:hinweis|hinweise|zeugen|achtung|update|nachtrag|ergänzung|tel|telefon|fax|e-mail|email|mail|rückfragen|kontakt|quelle|foto|text|pressestelle|ansprechpartner|sprecher|anmerkung|wichtig|tipp|info|ort|zeit|tatort|tatzeit|datum|uhrzeit|unfallort|ereignisort|sachverhalt|täter|beschreibung|folgemeldung|erstmeldung|korrektur|stand|bilanz|fazit|internet|web|www)\b/iu;

/**
 * The first line of the shared trailer: contact blocks, source lines, sign-offs. The last section
 * ends before it.
 */
export const TRAILER_LINE = /^(?:r[üu]ckfragen|bei r[üu]ckfragen|r[üu]ckfragehinweis|rückfragen bitte an|pressestelle\b|pressekontakt|medienkontakt|kontakt\s*:|ansprechpartner|ansprechpartnerin|medienanfragen|presseanfragen|telefon\s*:|tel\.\s*:?\s*[+0(]|fax\s*:|e-?mail\s*:|original-content|quelle\s*:|herausgeber|impressum|verantwortlich|erstellt durch|verfasser|i\.\s?a\.\s|https?:\/\/|www\.|newsroom|weitere meldungen|alle meldungen|zur[üu]ck zur [üu]bersicht)/iu;

/** Lines of a contact block or furniture anywhere in them: never a heading. */
export const CONTACT_IN_LINE = /@|\b(?:Telefon|Tel\.|Telefax|Fax|E-Mail|Mail|Rufnummer)\b|(?:\+49|(?<!\d)0)\d{2,5}[ /-]\d{3,}|https?:|www\./u;

/** Words a headline never ends with: the line runs on (hard-wrapped text). */
export const RUN_ON_END = /(?:^|\s)(?:in|im|am|an|auf|aus|bei|der|die|das|dem|den|des|ein|eine|einer|einem|einen|es|und|oder|zu|zum|zur|mit|von|vom|nach|für|über|unter|vor|wurde|wurden|hat|haben|ist|sind|war|waren|kam|sich|als|wie|dass|sowie|gegen|um|sie|er|wir|ihr|ihre|ihren|seine|seinen|nicht|auch|noch|bereits|zwischen)$/u;

/** A line that opens a presseportal body ("(ots) Kassel: …", "Lünen (ots) - …"): the line above it may be a headline without a blank line before. */
export const OTS_LEAD = /^(?:\(ots\)|[\p{Lu}][\p{L}\p{M}.\- /]{1,40}\(ots\))/u;
