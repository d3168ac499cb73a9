/**
 * What a field expects, in both languages: each function of the tables' `schema` section (the
 * messages the zod schemas name, and zod's own checks worded for authors) with its parameters,
 * and the exact words worked out by hand.
 */
import { describe } from 'vitest';
import { translation } from '../../../src/lib/i18n/index.ts';
import { testWordings } from '../../helpers/wordings.ts';

const de = translation('de').schema;
const en = translation('en').schema;

describe("the schemas' own messages", () => {
  testWordings([
    [() => en.dateOnOrAfter({ from: '2027-03-01' }), 'a date on or after `from` (2027-03-01)'],
    [() => de.dateOnOrAfter({ from: '2027-03-01' }), 'ein Datum am oder nach `from` (2027-03-01)'],
    [() => en.estimateOrder({ optimistic: 5, likely: 3, pessimistic: 8 }), '`optimistic` ≤ `likely` ≤ `pessimistic` (found 5 / 3 / 8)'],
    [() => de.estimateOrder({ optimistic: 5, likely: 3, pessimistic: 8 }), '`optimistic` ≤ `likely` ≤ `pessimistic` (gefunden: 5 / 3 / 8)'],
    [
      () => en.taskKindOnlyOne({ kinds: ['duration', 'effort', 'milestone'] }),
      'only one of `duration`, `effort` and `milestone` (found duration and effort and milestone)',
    ],
    [() => de.taskKindOnlyOne({ kinds: ['duration', 'effort'] }), 'nur eines von `duration`, `effort` und `milestone` (gefunden: duration und effort)'],
    [() => en.bufferValueRequired({ method: 'percent' }), 'a value for method `percent` (found none)'],
    [() => de.bufferValueRequired({ method: 'percent' }), 'ein Wert für die Methode `percent` (keiner gefunden)'],
    [() => en.atLeastMin({ min: 3 }), 'a number ≥ `min` (3)'],
    [() => de.atLeastMin({ min: 3 }), 'eine Zahl ≥ `min` (3)'],
    [() => en.kickoffYears({ first: 2000, last: 2100 }), 'a date in the years 2000 to 2100'],
    [() => de.kickoffYears({ first: 2000, last: 2100 }), 'ein Datum in den Jahren 2000 bis 2100'],
    [() => en.dateOnOrAfterField({ field: 'actualStart', date: '2027-03-01' }), 'a date on or after `actualStart` (2027-03-01)'],
    [() => de.dateOnOrAfterField({ field: 'actualStart', date: '2027-03-01' }), 'ein Datum am oder nach `actualStart` (2027-03-01)'],
    [() => en.dateOnOrBeforeField({ field: 'statusDate', date: '2027-03-10' }), 'a date on or before `statusDate` (2027-03-10)'],
    [() => de.dateOnOrBeforeField({ field: 'statusDate', date: '2027-03-10' }), 'ein Datum am oder vor `statusDate` (2027-03-10)'],
    [() => en.dueWithinSchedule, 'a whole number of working days from -3653 to 3653, as many as the days of the 10 years a plan is scheduled'],
    [() => de.dueWithinSchedule, 'eine ganze Zahl von Arbeitstagen von -3653 bis 3653, so viele Tage wie die 10 Jahre, für die ein Plan geplant wird'],
  ]);
});

describe("zod's checks in an author's words", () => {
  testWordings([
    [() => en.ofType({ type: 'string' }), 'a text'],
    [() => en.ofType({ type: 'int' }), 'a whole number'],
    [() => en.ofType({ type: 'bigint' }), 'a value of type bigint'],
    [() => de.ofType({ type: 'array' }), 'eine Liste (Zeilen mit `- `)'],
    [() => de.ofType({ type: 'bigint' }), 'ein Wert vom Typ bigint'],
    [() => en.oneOf({ values: '`a`, `b`' }), 'one of `a`, `b`'],
    [() => de.oneOf({ values: '`a`, `b`' }), 'einer von `a`, `b`'],
    [() => en.atLeastEntries({ minimum: 1 }), 'at least 1 entry'],
    [() => en.atLeastEntries({ minimum: 2 }), 'at least 2 entries'],
    [() => de.atLeastEntries({ minimum: 1 }), 'mindestens 1 Eintrag'],
    [() => de.atLeastEntries({ minimum: 2 }), 'mindestens 2 Einträge'],
    [() => en.atMostEntries({ maximum: 1 }), 'at most 1 entry'],
    [() => de.atMostEntries({ maximum: 3 }), 'höchstens 3 Einträge'],
    [() => en.atLeastCharacters({ minimum: 1 }), 'a text of at least 1 character'],
    [() => de.atLeastCharacters({ minimum: 3 }), 'ein Text mit mindestens 3 Zeichen'],
    [() => en.atMostCharacters({ maximum: 80 }), 'a text of at most 80 characters'],
    [() => de.atMostCharacters({ maximum: 1 }), 'ein Text mit höchstens 1 Zeichen'],
    // Each count in its singular and its plural, German's "Zeichen" alike in both.
    [() => en.atMostEntries({ maximum: 2 }), 'at most 2 entries'],
    [() => de.atMostEntries({ maximum: 1 }), 'höchstens 1 Eintrag'],
    [() => en.atLeastCharacters({ minimum: 2 }), 'a text of at least 2 characters'],
    [() => de.atLeastCharacters({ minimum: 1 }), 'ein Text mit mindestens 1 Zeichen'],
    [() => en.atMostCharacters({ maximum: 1 }), 'a text of at most 1 character'],
    [() => de.atMostCharacters({ maximum: 80 }), 'ein Text mit höchstens 80 Zeichen'],
    [() => en.atLeast({ minimum: 0 }), 'a number ≥ 0'],
    [() => de.atLeast({ minimum: 0 }), 'eine Zahl ≥ 0'],
    [() => en.atMost({ maximum: 100 }), 'a number ≤ 100'],
    [() => de.atMost({ maximum: 100 }), 'eine Zahl ≤ 100'],
    [() => en.greaterThan({ minimum: 0 }), 'a number > 0'],
    [() => de.greaterThan({ minimum: 0 }), 'eine Zahl > 0'],
    [() => en.lessThan({ maximum: 1 }), 'a number < 1'],
    [() => de.lessThan({ maximum: 1 }), 'eine Zahl < 1'],
    [() => en.multipleOf({ divisor: 5 }), 'a multiple of 5'],
    [() => de.multipleOf({ divisor: 5 }), 'ein Vielfaches von 5'],
    [() => en.matching({ pattern: '/^[A-Z]{2}$/' }), 'a text of the form `/^[A-Z]{2}$/`'],
    [() => de.matching({ pattern: '/^[A-Z]{2}$/' }), 'ein Text der Form `/^[A-Z]{2}$/`'],
    [() => en.formatOf({ format: 'email' }), 'a valid email'],
    [() => de.formatOf({ format: 'email' }), 'ein gültiger Wert im Format email'],
  ]);
});
