import type { AssessmentStrings } from './assessment.strings.js';

/** English UI strings of `<actie-assessment>` (group `assessment`): loaded only when an element speaks English. */
export const en: AssessmentStrings = {
  stepListLabel: 'Steps of the questionnaire',
  stepListToggle: 'All steps',
  stepOf: 'Step {current} of {total}',
  announceStep: 'Step {current} of {total}: {title}',
  intakeTitle: 'About the initiative',
  intakeTitleOrganisation: 'About your organisation',
  intakeIntro:
    'These questions are optional. Your answers help to fit the advice to your situation. You can also go straight on to the next step.',
  intakeCount: '{answered} of {total} filled in',
  textCount: '{count} of {max} characters used',
  areaIntro: 'For each question, choose the answer that fits best. You may also leave a question open.',
  answeredCount: '{answered} of {total} answered',
  complete: 'complete',
  progressLabel: 'Progress',
  progressText: '{answered} of {total} questions answered',
  previous: 'Previous: {title}',
  next: 'Next: {title}',
  moreInfo: 'More information',
  chooseAny: 'Choose all that apply.',
  questionContext: 'for question {id}',
  clearAnswer: 'Clear answer',
  answerCleared: 'The answer to question {id} has been cleared. The question is open again.',
  noteAdd: 'Add a note',
  noteShow: 'Show note',
  noteHide: 'Hide note',
  noteLabel: 'Note (optional)',
  reflectionTitle: 'What goes well? What shall we take up?',
  reflectionLabel: 'Your thoughts on {area} (optional)',
  reflectionHint:
    'Write briefly what goes well and what you want to take up. It appears with the results, in the downloads and in the team overview.',
  reviewTitle: 'Review and finish',
  reviewIntro: 'Here you can see how many questions you answered in each area. You can still go back to change something.',
  reviewAreasTitle: 'By area',
  reviewAreaCounts: '{answered} of {total} answered, {open} open',
  openTitle: 'Open questions',
  openIntro: 'You have not answered these questions yet. Choose a question to go to it.',
  noOpen: 'You have answered all questions.',
  openWarningOne:
    'There is still 1 open question. You can finish anyway. An open question then counts as "not known yet": you get a point to find out.',
  openWarningMany:
    'There are still {open} open questions. You can finish anyway. Open questions then count as "not known yet": you get points to find out.',
  finish: 'Finish',
  finishFailed:
    'Finishing does not work right now: part of the check did not load. Check your internet connection and reload the page.',
  finishedTitle: 'Your answers are complete',
  finishedText: 'Thank you. Want to change something? Go back to a step. You can then finish again.',
  privacyTitle: 'Your answers',
  storageLocal:
    'Your answers are kept only in this browser, also after you close it. They are not sent anywhere. This lets you continue later.',
  storageSession: 'Your answers are kept only in this tab, until you close it. They are not sent anywhere.',
  storageNone: 'Your answers are not kept and not sent anywhere. They are gone when you close this page.',
  deleteButton: 'Delete my answers',
  deleteQuestion:
    'Are you sure you want to delete all your answers and notes? An action plan is deleted too. This cannot be undone.',
  deleteConfirm: 'Yes, delete everything',
  deleteCancel: 'No, keep them',
  deleted: 'Your answers have been deleted. You are back at the first step.',
  aboutTitle: 'About this check',
  needsNewAnswer: 'This question is new or has changed. Please answer it again. Your earlier answer is in the note.',
};
