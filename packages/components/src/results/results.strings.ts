import { defineStrings } from '../shared/i18n/registry.js';

/**
 * UI strings of `<actie-results>` (group `results`). Dutch at B1 level with the polite u-form;
 * English plain. Keys ending in `One` / `Other` are chosen by the number (Intl.PluralRules).
 * {@link nlJe} holds the same strings in the je-form, for the initiators' own set.
 */
export const resultsStrings = defineStrings('results', () => import('./results.strings.en.js'), {
  calculating: 'Resultaten worden berekend…',
  scoringFailed:
    'De resultaten konden niet worden berekend: een deel van de check is niet binnengekomen. Laad de pagina opnieuw om het nog een keer te proberen.',
  pending: 'Uw resultaten verschijnen hier als u de vragen heeft afgerond.',
  emptyTitle: 'Nog geen resultaten',
  emptyText: 'Vul eerst de vragen in. Daarna ziet u hier wat al goed gaat, wat aandacht vraagt en welke rol bij u past.',
  heading: 'Uw resultaten',
  headingTopic: 'Uw resultaten: {topic}',
  verdict: 'Totaal:',
  countsIntro: 'Van de {total} punten:',
  countOffersOne: '{count} alleen als ze erom vragen',
  countOffersOther: '{count} alleen als ze erom vragen',
  progress: 'U heeft {answered} van de {total} vragen beantwoord.',
  pointsFromQuestions: 'De {questions} vragen vormen samen {points} punten: soms horen twee vragen bij één punt.',
  areaRuleTitle: 'Hoe lezen we een onderdeel?',
  areaRule:
    'Een onderdeel gaat goed als hooguit één op de acht punten aandacht vraagt, en geen beslissend punt. Het vraagt aandacht als evenveel of meer punten aandacht vragen dan er goed gaan. Daartussen is het wisselend. Het is nog onbekend als meer dan de helft van de punten onbekend is.',
  offersRule: 'Punten die u alleen aanbiedt als ze erom vragen, tellen niet mee.',
  contact: 'Bespreek je antwoorden met je contactpersoon.',
  startTitle: 'Begin hier',
  startIntro: 'De punten die nu het belangrijkst zijn. De rest kan later.',
  chartLabel: 'Overzicht per onderdeel. {areas}.',
  chartArea: '{title}: {good} goed, {needsWork} aandacht, {unknown} onbekend',
  chartCaption: 'Per onderdeel: hoeveel punten al goed gaan, aandacht vragen of nog onbekend zijn.',
  legendLabel: 'Uitleg bij de figuur',
  legendGood: 'Gaat al goed (dicht vlak)',
  legendNeedsWork: 'Vraagt aandacht (schuine strepen)',
  legendUnknown: 'Nog onbekend (stippen)',
  roleTitle: 'Voorgestelde rol: {role}',
  roleWhy: 'Waarom deze rol?',
  roleDiffers:
    'U koos zelf voor de rol {current}. Op grond van uw antwoorden past {suggested} misschien beter. Bespreek of u bewust voor uw rol kiest.',
  roleSame: 'Dit is ook de rol die u nu heeft.',
  actionsTitle: 'Bewaren en afdrukken',
  downloadsTitle: 'Downloaden',
  reportLabel: 'Verslag',
  reportPurpose: 'Om te lezen of te printen',
  reportType: 'tekstbestand (.md)',
  answersLabel: 'Uw antwoorden',
  answersPurpose: 'Om later verder te gaan of aan de begeleider te geven',
  answersType: 'bestand voor deze check (.json)',
  downloadFailed:
    'Het bestand kon niet worden gemaakt. Probeer het nog een keer. Lukt het niet? Kies dan ‘Alles afdrukken’ en bewaar de pagina als PDF.',
  nameLabel: 'Uw naam (niet verplicht)',
  nameHint: 'Alleen voor het bestand met uw antwoorden. Het bevat geen naam, tenzij u hier zelf een naam invult.',
  downloaded: 'Uw antwoorden zijn gedownload als {file}.',
  fileName: 'actie-antwoorden-{date}.json',
  reportDownloaded: 'Het verslag is gedownload als {file}.',
  reportFileName: 'actie-verslag-{date}.md',
  reflectionTitle: 'Wat gaat goed? Wat pakken we op?',
  reflectionIntro: 'Dit schreef u zelf bij dit onderdeel:',
  printAll: 'Alles afdrukken',
  printArea: 'Dit onderdeel afdrukken',
  offersTitle: 'Als ze erom vragen',
  offersIntro: 'Bied dit alleen aan als de initiatiefnemers erom vragen. Deze punten tellen niet mee.',
  question: 'Vraag',
  answer: 'Uw antwoord: {answer}',
  note: 'Uw notitie: {note}',
  actionPoint: 'Wat u kunt doen:',
  forOrganisation: 'voor de organisatie',
  keyPoint: 'beslissend punt',
  withNote: 'met notitie',
  backgroundTitle: 'Achtergrond en bronnen',
  researchTitle: 'Achtergrond uit onderzoek en praktijk',
  sourcesTitle: 'Bronnen',
  sourceMeta: '{publisher}, {year}',
  sourceMetaAuthors: '{authors} ({year}), {publisher}',
  intakeTitle: 'Over het initiatief',
});

/** Keys of the `results` strings: `t()` of an element takes its own keys and the `common` ones. */
export type ResultsKey = keyof typeof resultsStrings;

/**
 * The Dutch strings that read differently in the je-form: used for a model that speaks to the
 * initiators themselves (no roles: `speaksToInitiators` in @actie/rules). A host that overrides a
 * string (`strings`, `registerStrings`) overrides it in both forms.
 */
export const nlJe: Partial<Record<ResultsKey | 'printHint', string>> = {
  pending: 'Je resultaten verschijnen hier als je de vragen hebt afgerond.',
  emptyText: 'Vul eerst de vragen in. Daarna zie je hier wat al goed gaat en wat aandacht vraagt.',
  heading: 'Jouw resultaten',
  headingTopic: 'Jouw resultaten: {topic}',
  progress: 'Je hebt {answered} van de {total} vragen beantwoord.',
  answersLabel: 'Je antwoorden',
  answersPurpose: 'Om later verder te gaan of aan je contactpersoon te geven',
  nameLabel: 'Je naam (niet verplicht)',
  nameHint: 'Alleen voor het bestand met je antwoorden. Er staat geen naam in, tenzij je hier zelf een naam invult.',
  downloaded: 'Je antwoorden zijn gedownload als {file}.',
  downloadFailed:
    'Het bestand kon niet worden gemaakt. Probeer het nog een keer. Lukt het niet? Kies dan ‘Alles afdrukken’ en bewaar de pagina als PDF.',
  reflectionIntro: 'Dit schreef je zelf bij dit onderdeel:',
  answer: 'Je antwoord: {answer}',
  note: 'Je notitie: {note}',
  actionPoint: 'Wat je kunt doen:',
  printHint: 'Je kunt ook een PDF maken: kies bij het afdrukken voor ‘Opslaan als PDF’.',
};
