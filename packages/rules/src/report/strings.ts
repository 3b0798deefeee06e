/** Report labels in the languages this package speaks; other languages fall back to English. */
export interface ReportStrings {
  readonly good: string;
  readonly needsWork: string;
  readonly unknown: string;
  readonly overall: string;
  readonly answered: string;
  readonly actionPoints: string;
  readonly findOut: string;
  readonly role: string;
  readonly roleCurrent: string;
  readonly roleDiffers: string;
  readonly sources: string;
  readonly answer: Readonly<Record<'yes' | 'partly' | 'no' | 'dont-know' | 'none', string>>;
  readonly status: Readonly<Record<'good' | 'needs-work' | 'unknown', string>>;
  readonly errors: string;
}

const nl: ReportStrings = {
  good: 'Gaat al goed',
  needsWork: 'Vraagt aandacht',
  unknown: 'Nog onbekend',
  overall: 'Totaal',
  answered: 'Beantwoord',
  actionPoints: 'ACTIE-punten',
  findOut: 'Uitzoeken',
  role: 'Voorgestelde rol',
  roleCurrent: 'Uw rol nu',
  roleDiffers: 'Let op: de voorgestelde rol verschilt van de rol die u nu inneemt.',
  sources: 'Bronnen',
  answer: { yes: 'ja', partly: 'deels', no: 'nee', 'dont-know': 'weet ik niet', none: 'niet beantwoord' },
  status: { good: 'gaat goed', 'needs-work': 'vraagt aandacht', unknown: 'onbekend' },
  errors: 'Problemen in de invoer',
};

const en: ReportStrings = {
  good: 'Already going well',
  needsWork: 'Needs work',
  unknown: 'Not known yet',
  overall: 'Overall',
  answered: 'Answered',
  actionPoints: 'ACTIE points',
  findOut: 'Find out',
  role: 'Suggested role',
  roleCurrent: 'Your role now',
  roleDiffers: 'Note: the suggested role differs from the role you take now.',
  sources: 'Sources',
  answer: { yes: 'yes', partly: 'partly', no: 'no', 'dont-know': "don't know", none: 'not answered' },
  status: { good: 'going well', 'needs-work': 'needs work', unknown: 'unknown' },
  errors: 'Problems in the input',
};

/** The report labels for a language (`nl`, else English). */
export function reportStrings(lang: string): ReportStrings {
  return lang.toLowerCase().startsWith('nl') ? nl : en;
}
