import { answerLabels } from '../answer-labels.js';

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
  /** The rule behind an area's verdict, in one sentence (see `statusOf`). */
  readonly areaRule: string;
  /** The counts beside a verdict: `{good}`, `{needsWork}`, `{unknown}`. */
  readonly counts: string;
  /** The counts beside a verdict when some points are offers: `{good}`, `{needsWork}`, `{offers}`, `{unknown}`. */
  readonly countsWithOffers: string;
  /** Why offers do not count, in one sentence (after {@link areaRule} when there are offers). */
  readonly offersRule: string;
  /** Heading of the points to offer only if they ask, per area. */
  readonly offers: string;
  /** Heading of the few points to start with (see `prioritise`). */
  readonly startHere: string;
  /** One sentence under that heading. */
  readonly startHereIntro: string;
  /** Why there are fewer points than questions: `{points}` points from `{questions}` questions. */
  readonly pointsFromQuestions: string;
  /** Label of the initiative's name or topic (the intake's `topic`) at the head of a report. */
  readonly initiative: string;
  /** Label of the participant's note on a question. */
  readonly note: string;
  /** Label before a question behind a point, and before its answer: `{question}`, `{answer}`. */
  readonly questionAnswer: string;
  /** Marker on a point whose agreement belongs to the organisation (policy, budgets, cooperation). */
  readonly forOrganisation: string;
  /** Marker on a point that is offered, not pressed (a stepping-back stance). */
  readonly offer: string;
  /** Marker on a decisive point (`key`) that needs work: one keeps an area's verdict from "good". */
  readonly key: string;
  /** The line for the initiators themselves (a model without roles): talk it over with their contact. */
  readonly discussWithContact: string;
  /** Heading of the points of attention that follow from the situation. */
  readonly attention: string;
  /** Heading of the reflections per area in a participant's report. */
  readonly reflections: string;
  /** Label before the model's attribution at the end of every report. */
  readonly attribution: string;
  readonly answer: Readonly<Record<'yes' | 'partly' | 'no' | 'dont-know' | 'none', string>>;
  readonly status: Readonly<Record<'good' | 'mixed' | 'needs-work' | 'unknown', string>>;
  readonly errors: string;
  /** Labels of action plan exports (CSV, Markdown, iCalendar). */
  readonly plan: PlanStrings;
  /** Labels of team reports (several participants combined). */
  readonly team: TeamStrings;
}

/** Labels of team reports. */
export interface TeamStrings {
  /** Prefix of the report title, before the model title. */
  readonly title: string;
  /** Label of the number of participants. */
  readonly participants: string;
  /** The respondent levels, as used in running text. */
  readonly level: Readonly<Record<'frontline' | 'organisation', string>>;
  /** Participants whose level is not known. */
  readonly unknownLevel: string;
  /** Heading of the conditions where participants disagree. */
  readonly discussion: string;
  /** One sentence under that heading. */
  readonly discussionIntro: string;
  /** Shown when nobody disagrees anywhere. */
  readonly noDiscussion: string;
  /** Marker on a condition where the answers differ. */
  readonly disagreement: string;
  /** "answered by" in "answered by 3 of 4". */
  readonly answeredBy: string;
  /** "of" in "3 of 4". */
  readonly of: string;
  /** Heading of the per-level summary. */
  readonly byLevel: string;
  /** Heading of the sessions that were not combined. */
  readonly rejected: string;
  /** Shown when no session could be combined. */
  readonly empty: string;
  /** Heading of the sessions saved with an older model version that were carried over. */
  readonly migrated: string;
  /** Before the version in "saved with version 1.0". */
  readonly migratedFrom: string;
  /** Markers of a strong (the team is divided) and a mild (one or a few differ) disagreement. */
  readonly strength: Readonly<Record<'strong' | 'mild', string>>;
  /** Subheadings of the discussion points, strong ones first. */
  readonly strengthHeading: Readonly<Record<'strong' | 'mild', string>>;
  /** Why some levels are not shown; `{min}` is the smallest group shown, `{levels}` the levels with their counts. */
  readonly hiddenSmall: string;
  /** Why no level is shown at all (the rest could be read from the difference). */
  readonly hiddenDifference: string;
  /** Name of the merged group of small levels. */
  readonly otherLevels: string;
  /** Heading of a companion group's view; `{group}` is its name, `{n}` how many. */
  readonly viewHeading: string;
  /** One sentence under that heading. */
  readonly viewIntro: string;
  /** Shown instead of a companion group that is too small; `{group}`, `{n}`, `{min}`. */
  readonly viewHidden: string;
  /** Label of the team's side in a comparison. */
  readonly teamSide: string;
  /** One side of a comparison: `{status}`, `{f}` favourable answers of `{n}` who took a side. */
  readonly viewSide: string;
  /** Heading of a companion group's reflections; `{group}`. */
  readonly viewReflections: string;
  /** Marker on a pair of questions where the team and the companion group see it differently. */
  readonly viewDiffers: string;
  /** Heading of the reflections per area. */
  readonly reflections: string;
  /** Heading of the sessions given more than once. */
  readonly duplicates: string;
  /** "is the same session as", between two sources. */
  readonly sameAs: string;
  /** Heading of the points to discuss first (see `discussFirst`). */
  readonly discussFirst: string;
  /** One sentence under that heading. */
  readonly discussFirstIntro: string;
  /** Why a point is discussed first: decisive; divided (`{counts}`); a few differ (`{counts}`); a group differs (`{group}`, `{team}`, `{other}`); decisive and needs work. */
  readonly reason: Readonly<Record<'key' | 'strong' | 'mild' | 'view' | 'keyNeedsWork', string>>;
}

/** Labels of action plan exports. */
export interface PlanStrings {
  /** Default title of a Markdown export and name of an iCalendar export. */
  readonly title: string;
  /** Column headers, also used as labels in an iCalendar event description. */
  readonly columns: Readonly<Record<'what' | 'who' | 'when' | 'status' | 'condition', string>>;
  /** Agreement statuses. */
  readonly status: Readonly<Record<'open' | 'busy' | 'done', string>>;
  /** Marker after the deadline of an overdue agreement. */
  readonly overdue: string;
  /** Shown instead of a table when the plan has no agreements. */
  readonly empty: string;
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
  roleDiffers: 'Die is anders dan de voorgestelde rol. Bespreek of u bewust voor uw rol kiest.',
  sources: 'Bronnen',
  areaRule:
    'Een onderdeel gaat goed als hooguit één op de acht punten aandacht vraagt, en geen beslissend punt. Het vraagt aandacht als evenveel of meer punten aandacht vragen dan er goed gaan. Daartussen is het wisselend. Het is nog onbekend als meer dan de helft van de punten onbekend is.',
  counts: '{good} gaan goed, {needsWork} vragen aandacht, {unknown} nog onbekend',
  countsWithOffers: '{good} gaan goed, {needsWork} vragen aandacht, {offers} alleen als ze erom vragen, {unknown} nog onbekend',
  offersRule: 'Punten die u alleen aanbiedt als ze erom vragen, tellen niet mee.',
  offers: 'Als ze erom vragen',
  startHere: 'Begin hier',
  startHereIntro: 'De punten die nu het belangrijkst zijn. De rest kan later.',
  pointsFromQuestions: 'De {questions} vragen vormen samen {points} punten: soms horen twee vragen bij één punt.',
  initiative: 'Initiatief',
  note: 'Notitie',
  questionAnswer: 'Vraag: {question} Antwoord: {answer}.',
  forOrganisation: 'voor de organisatie',
  offer: 'alleen als ze erom vragen',
  key: 'beslissend punt',
  discussWithContact: 'Bespreek je antwoorden met je contactpersoon.',
  attention: 'Let op',
  reflections: 'Wat gaat goed? Wat pakken we op?',
  attribution: 'Over deze check',
  answer: answerLabels('nl'),
  status: { good: 'gaat goed', mixed: 'wisselend', 'needs-work': 'vraagt aandacht', unknown: 'nog onbekend' },
  errors: 'Problemen in de invoer',
  plan: {
    title: 'Actieplan',
    columns: { what: 'Wat', who: 'Wie', when: 'Wanneer', status: 'Status', condition: 'Voorwaarde' },
    status: { open: 'open', busy: 'bezig', done: 'klaar' },
    overdue: 'te laat',
    empty: 'Nog geen afspraken.',
  },
  team: {
    title: 'Teamresultaat',
    participants: 'Deelnemers',
    level: { frontline: 'uitvoering', organisation: 'organisatie' },
    unknownLevel: 'niveau onbekend',
    discussion: 'Bespreekpunten',
    discussionIntro: 'Hier verschillen de antwoorden. Dat is geen ruis: bespreek samen waarom u het anders ziet.',
    noDiscussion: 'De antwoorden verschillen nergens.',
    disagreement: 'antwoorden verschillen',
    answeredBy: 'beantwoord door',
    of: 'van',
    byLevel: 'Per niveau',
    rejected: 'Niet meegeteld',
    empty: 'Er zijn geen sessies om samen te voegen.',
    migrated: 'Omgezet naar de nieuwe versie van de vragen',
    migratedFrom: 'ingevuld met versie',
    strength: { strong: 'sterk verschil', mild: 'licht verschil' },
    strengthHeading: {
      strong: 'Sterk verschil: het team is verdeeld',
      mild: 'Licht verschil: één of enkelen zien het anders',
    },
    hiddenSmall:
      'Groepen van minder dan {min} deelnemers tonen we niet apart, zodat niemand herkenbaar is. Dat geldt voor: {levels}. Hun antwoorden tellen wel mee in het hele team.',
    hiddenDifference:
      'Daarom tonen we geen enkel niveau apart: anders zijn de antwoorden van die paar deelnemers af te leiden uit het verschil met het hele team.',
    otherLevels: 'overige niveaus samen',
    viewHeading: 'Zo zien de {group} het ({n})',
    viewIntro:
      'Hun antwoorden naast die van het team, bij de vragen die overeenkomen. Ze tellen niet mee in het teamresultaat. Waar de beelden verschillen, is er iets te bespreken.',
    viewHidden: 'Aantal {group}: {n}. Hun antwoorden tonen we pas vanaf {min} deelnemers, zodat niemand herkenbaar is.',
    teamSide: 'team',
    viewSide: '{status} ({f} van {n} gunstig)',
    viewReflections: 'Wat de {group} schreven',
    viewDiffers: 'beelden verschillen',
    reflections: 'Wat gaat goed? Wat pakken we op? (wat deelnemers schreven)',
    duplicates: 'Dubbel aangeleverd, één keer meegeteld',
    sameAs: 'is dezelfde sessie als',
    discussFirst: 'Bespreek eerst',
    discussFirstIntro: 'Met deze punten begint het gesprek. De andere verschillen staan verderop.',
    reason: {
      key: 'Doorslaggevend punt.',
      strong: 'Het team is verdeeld ({counts}).',
      mild: 'Eén of enkelen in het team zien het anders ({counts}).',
      view: 'De {group} zien het anders: het team zegt ‘{team}’, de {group} zeggen ‘{other}’.',
      keyNeedsWork: 'Doorslaggevend punt dat volgens het team aandacht vraagt.',
    },
  },
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
  roleDiffers: 'That differs from the suggested role. Discuss whether you are choosing your role deliberately.',
  sources: 'Sources',
  areaRule:
    'An area goes well when at most one in eight points needs work, and no decisive point does. It needs work when as many or more points need work as go well. In between, it is mixed. It is still unknown when more than half of its points are unknown.',
  counts: '{good} going well, {needsWork} needing work, {unknown} not known yet',
  countsWithOffers: '{good} going well, {needsWork} needing work, {offers} only if they ask, {unknown} not known yet',
  offersRule: 'Points you offer only if they ask do not count.',
  offers: 'If they ask',
  startHere: 'Start here',
  startHereIntro: 'The points that matter most now. The rest can wait.',
  pointsFromQuestions: 'The {questions} questions make {points} points: sometimes two questions belong to one point.',
  initiative: 'Initiative',
  note: 'Note',
  questionAnswer: 'Question: {question} Answer: {answer}.',
  forOrganisation: 'for the organisation',
  offer: 'only if they ask',
  key: 'decisive point',
  discussWithContact: 'Discuss your answers with your contact person.',
  attention: 'Take note',
  reflections: 'What goes well? What do we take up?',
  attribution: 'About this check',
  answer: answerLabels('en'),
  status: { good: 'going well', mixed: 'mixed', 'needs-work': 'needs work', unknown: 'not known yet' },
  errors: 'Problems in the input',
  plan: {
    title: 'Action plan',
    columns: { what: 'What', who: 'Who', when: 'When', status: 'Status', condition: 'Condition' },
    status: { open: 'open', busy: 'in progress', done: 'done' },
    overdue: 'overdue',
    empty: 'No agreements yet.',
  },
  team: {
    title: 'Team result',
    participants: 'Participants',
    level: { frontline: 'frontline', organisation: 'organisation' },
    unknownLevel: 'level unknown',
    discussion: 'Discussion points',
    discussionIntro: 'Here the answers differ. That is not noise: discuss together why you see it differently.',
    noDiscussion: 'The answers do not differ anywhere.',
    disagreement: 'answers differ',
    answeredBy: 'answered by',
    of: 'of',
    byLevel: 'By level',
    rejected: 'Not combined',
    empty: 'There are no sessions to combine.',
    migrated: 'Carried over to the new version of the questions',
    migratedFrom: 'answered with version',
    strength: { strong: 'strong difference', mild: 'mild difference' },
    strengthHeading: {
      strong: 'Strong difference: the team is divided',
      mild: 'Mild difference: one or a few see it differently',
    },
    hiddenSmall:
      'Groups of fewer than {min} participants are not shown separately, so that nobody can be recognised. This applies to: {levels}. Their answers do count in the whole team.',
    hiddenDifference:
      'That is why no level is shown separately: otherwise the answers of those few participants could be read from the difference with the whole team.',
    otherLevels: 'other levels together',
    viewHeading: 'How the {group} see it ({n})',
    viewIntro:
      'Their answers next to the team’s, on the questions that correspond. They do not count in the team result. Where the views differ, there is something to discuss.',
    viewHidden: 'Number of {group}: {n}. Their answers are shown from {min} participants on, so that nobody can be recognised.',
    teamSide: 'team',
    viewSide: '{status} ({f} of {n} favourable)',
    viewReflections: 'What the {group} wrote',
    viewDiffers: 'views differ',
    reflections: 'What goes well? What do we take up? (what participants wrote)',
    duplicates: 'Given more than once, counted once',
    sameAs: 'is the same session as',
    discussFirst: 'Discuss first',
    discussFirstIntro: 'Start the conversation with these points. The other differences follow below.',
    reason: {
      key: 'A decisive point.',
      strong: 'The team is divided ({counts}).',
      mild: 'One or a few in the team see it differently ({counts}).',
      view: 'The {group} see it differently: the team says ‘{team}’, the {group} say ‘{other}’.',
      keyNeedsWork: 'A decisive point that the team says needs work.',
    },
  },
};

/** A label with `{name}` placeholders filled in. @internal */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The report labels for a language (`nl`, else English). */
export function reportStrings(lang: string): ReportStrings {
  return lang.toLowerCase().startsWith('nl') ? nl : en;
}
