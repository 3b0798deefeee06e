/**
 * English UI strings every element shares (group `common`): loaded only when an element speaks
 * English. Its keys are exactly the Dutch ones, checked where the group is defined
 * (`common.strings.ts`).
 */
export const en = {
  loading: 'Loading the model…',
  modelNameErrorIntro:
    'This page asks for the model ‘{name}’, but there is no such model. Please contact the administrator of this website. Technical details:',
  modelErrorTitle: 'This model cannot be used',
  modelErrorIntro:
    'The ACTIE model from {source} contains errors. Please contact the administrator of this website. Technical details:',
  storageProblem: 'Your answers cannot be saved in this browser. They stay as long as this page is open.',
  setAsideTitle: 'Answers saved earlier could not be opened',
  setAsideText:
    'We have set them aside and thrown nothing away. You can download them, for example to send them to the administrator. Reason: {reason}',
  setAsideInPlaceText:
    'We have thrown nothing away: they are still in this browser. There is no room to set them aside, so your new answers are not saved in this browser while the old ones are there. Do not close this page before you have downloaded the old answers and removed them here. After that, your new answers are saved again. Reason: {reason}',
  setAsideDownload: 'Download the saved answers',
  setAsideDismiss: 'Remove this message and the answers set aside',
  setAsideInPlaceDismiss: 'Remove this message and the old answers',
  fileNone: 'No file chosen yet.',
  fileChosen: 'Chosen: {names}',
  statusGood: 'Already going well',
  statusNeedsWork: 'Needs work',
  statusMixed: 'Mixed',
  statusUnknown: 'Not known yet',
  answerYes: 'Yes',
  answerPartly: 'Partly',
  answerNo: 'No',
  answerDontKnow: "Don't know",
  answerNone: 'Not answered',
  reasonCorrupt: 'the file is damaged.',
  reasonFormat: 'the file comes from another version of this tool.',
  reasonModel: 'the answers belong to another version of the questions.',
  migratedTitle: 'Your answers were carried over to the new version of the questions',
  migratedText: 'You answered version {from} of the questions. Version {to} is now in use, and some questions have changed.',
  migratedCarried: '{count} answers were kept.',
  migratedCarriedOne: '1 answer was kept.',
  migratedReanswer:
    'These questions are new or have changed. Please answer them again. Your earlier answer is in the note with the question:',
  migratedRemoved: 'These questions of the earlier version no longer exist. Your answers to them are in the original:',
  migratedInPlace:
    'There is no room to set the original aside, so your answers are not saved in this browser while the original is there. Download the original, then close this message.',
  migratedDownload: 'Download the original',
  migratedDismiss: 'Close this message',
  addToPlan: 'Add to action plan',
  onPlan: 'On the action plan',
  added: 'Added to the action plan: {title}',
  countGoodOne: '{count} is already going well',
  countGoodOther: '{count} are already going well',
  countNeedsWorkOne: '{count} needs work',
  countNeedsWorkOther: '{count} need work',
  countUnknownOne: '{count} is not known yet',
  countUnknownOther: '{count} are not known yet',
  printHint: 'You can also make a PDF: choose ‘Save as PDF’ when printing.',
  printDate: 'Date: {date}',
  migratedIntake:
    'Please also answer these questions of the first step. They are new, or your earlier answer no longer fits. The advice takes them into account:',
  migratedIntakeGone: '(your earlier choice no longer exists)',
  migratedRemovedOthersOne: 'And 1 other question.',
  migratedRemovedOthersOther: 'And {count} other questions.',
  migratedIntakeRemovedOne: '1 answer in the first step belongs to a question that no longer exists. It is in the original.',
  migratedIntakeRemovedOther:
    '{count} answers in the first step belong to questions that no longer exist. They are in the original.',
  migratedShowQuestions: 'Show the {count} questions',
};
