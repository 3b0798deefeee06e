import { defineStrings } from '../shared/i18n/registry.js';

/**
 * UI strings of `<actie-results>` (group `results`). Dutch at B1 level with the polite u-form;
 * English plain. Keys ending in `One` / `Other` are chosen by the number (Intl.PluralRules).
 */
const nl = {
  calculating: 'Resultaten worden berekend…',
  scoringFailed:
    'De resultaten konden niet worden berekend: een deel van de check is niet binnengekomen. Laad de pagina opnieuw om het nog een keer te proberen.',
  emptyTitle: 'Nog geen resultaten',
  emptyText: 'Vul eerst de vragen in. Daarna ziet u hier wat al goed gaat, wat aandacht vraagt en welke rol bij u past.',
  overviewTitle: 'Uw resultaten in het kort',
  countsIntro: 'Van de {total} punten:',
  progress: 'U heeft {answered} van de {total} vragen beantwoord.',
  areaRule:
    'Zo lezen we een onderdeel: het gaat goed als meer punten goed gaan dan aandacht vragen, en is nog onbekend als meer dan de helft van de punten onbekend is.',
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
  exportText:
    'Download een bestand met uw antwoorden. U kunt het bewaren, of geven aan wie de teambespreking voorbereidt. Het verslag is een tekstbestand (Markdown) met de resultaten en wat u zelf schreef.',
  nameLabel: 'Uw naam (niet verplicht)',
  nameHint: 'Het bestand bevat geen naam, tenzij u hier zelf een naam invult.',
  download: 'Download mijn antwoorden',
  downloaded: 'Uw antwoorden zijn gedownload als {file}.',
  fileName: 'actie-antwoorden-{date}.json',
  downloadReport: 'Download verslag (tekst)',
  reportDownloaded: 'Het verslag is gedownload als {file}.',
  reportFileName: 'actie-verslag-{date}.md',
  reflectionTitle: 'Wat gaat goed? Wat pakken we op?',
  reflectionIntro: 'Dit schreef u zelf bij dit onderdeel:',
  printAll: 'Alles afdrukken',
  printArea: 'Dit onderdeel afdrukken',
  answersOne: 'Uw antwoord: {answers}',
  answersOther: 'Uw antwoorden: {answers}',
  actionPoint: 'Wat u kunt doen:',
  researchTitle: 'Achtergrond uit onderzoek en praktijk',
  sourcesTitle: 'Bronnen',
  sourceMeta: '{publisher}, {year}',
  sourceMetaAuthors: '{authors} ({year}), {publisher}',
  intakeTitle: 'Over het initiatief',
};

/** Keys of the `results` strings. */
export type ResultsStrings = typeof nl;

/** Keys of these strings: `t()` of the element takes these and the `common` ones. */
export type ResultsKey = keyof ResultsStrings;

// English is a chunk of its own, loaded the first time an element speaks English.
defineStrings('results', { nl, en: async () => (await import('./results.strings.en.js')).en });
