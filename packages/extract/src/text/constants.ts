/**
 * Abbreviations after which a period does not end a sentence (compared without the period).
 * Single letters ("z. B.", "u. a.", initials) are handled by rule, not listed.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Nr', 'Tel', 'ca', 'Ca', 'Str', 'str', 'bzw', 'usw', 'ggf', 'Dr', 'Prof', 'Hr', 'Fr', 'Abs', 'Az', 'St', 'inkl',
  'evtl', 'vgl', 'Vgl', 'Mio', 'Mrd', 'Jh', 'gem', 'lt', 'Lt', 'rd', 'sog', 'etc', 'Pkt', 'Min', 'Std', 'Lkr', 'LKR',
  'Hbf', 'Bhf', 'geb', 'Jg', 'Co', 'zzgl', 'Tsd', 'allg', 'bspw', 'ehem', 'einschl', 'max', 'mind', 'Mo', 'Di', 'Mi',
  'Do', 'Sa', 'So', 'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez', 'Ziff', 'Anm',
  'Bd', 'Hrsg', 'Fax', 'Pol', 'PK', 'POK', 'PHK', 'KOK', 'KHK', 'PD', 'Kfz', 'Reg', 'Bez', 'Landkr', 'Stv', 'stv',
  'Ing', 'Dipl', 'Mag', 'Abt', 'Nrn', 'Ges', 'Verf', 'gez', 'ff', 'vs', 'Dt', 'dt', 'Art', 'Sen',
]);
