import type { ResultsStrings } from './results.strings.js';

/** English UI strings of `<actie-results>` (group `results`): loaded only when an element speaks English. */
export const en: ResultsStrings = {
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
