import { defineStrings } from '../shared/i18n/registry.js';

/**
 * UI strings of `<actie-results>` (group `results`). Dutch at B1 level with the polite u-form;
 * English plain. Keys ending in `One` / `Other` are chosen by the number (Intl.PluralRules).
 */
const nl = {
  calculating: 'Resultaten worden berekend…',
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

const en: typeof nl = {
  calculating: 'Calculating the results…',
  emptyTitle: 'No results yet',
  emptyText:
    'Please answer the questions first. You will then see here what is already going well, what needs work and which role suits you.',
  overviewTitle: 'Your results at a glance',
  countsIntro: 'Of the {total} points:',
  progress: 'You have answered {answered} of the {total} questions.',
  areaRule:
    'How an area is read: it goes well when more of its points go well than need work, and is still unknown when more than half of its points are unknown.',
  chartLabel: 'Overview per area. {areas}.',
  chartArea: '{title}: {good} going well, {needsWork} need work, {unknown} not known',
  chartCaption: 'Per area: how many points are going well, need work or are not known yet.',
  legendLabel: 'Key to the picture',
  legendGood: 'Already going well (solid)',
  legendNeedsWork: 'Needs work (diagonal stripes)',
  legendUnknown: 'Not known yet (dots)',
  roleTitle: 'Suggested role: {role}',
  roleWhy: 'Why this role?',
  roleDiffers:
    'You chose the role {current} yourself. Based on your answers, {suggested} may fit better. Discuss whether you are choosing your role deliberately.',
  roleSame: 'This is also the role you have now.',
  actionsTitle: 'Save and print',
  exportText:
    'Download a file with your answers. You can keep it, or give it to whoever prepares the team discussion. The report is a text file (Markdown) with the results and what you wrote yourself.',
  nameLabel: 'Your name (optional)',
  nameHint: 'The file carries no name unless you add one here.',
  download: 'Download my answers',
  downloaded: 'Your answers have been downloaded as {file}.',
  fileName: 'actie-answers-{date}.json',
  downloadReport: 'Download report (text)',
  reportDownloaded: 'The report has been downloaded as {file}.',
  reportFileName: 'actie-report-{date}.md',
  reflectionTitle: 'What goes well? What shall we take up?',
  reflectionIntro: 'What you wrote yourself on this area:',
  printAll: 'Print everything',
  printArea: 'Print this area',
  answersOne: 'Your answer: {answers}',
  answersOther: 'Your answers: {answers}',
  actionPoint: 'What you could do:',
  researchTitle: 'Background from research and practice',
  sourcesTitle: 'Sources',
  sourceMeta: '{publisher}, {year}',
  sourceMetaAuthors: '{authors} ({year}), {publisher}',
  intakeTitle: 'About the initiative',
};

/** Keys of the `results` strings. */
export type ResultsStrings = typeof nl;

/** Keys of these strings: `t()` of the element takes these and the `common` ones. */
export type ResultsKey = keyof ResultsStrings;

defineStrings('results', { nl, en });
