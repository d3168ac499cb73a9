/**
 * Deterministic German-ish project prose for benchmark content: sentences built from a project
 * vocabulary, so that page text, search indexing and MDX compilation see realistic input
 * (umlauts, long compounds, lists, headings) without any `<` or `{` that MDX would read as code.
 */
export type Random = () => number;

/** A small linear congruential generator; the same seed always gives the same content. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
export const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const SUBJECTS = [
  'Die Datenverantwortung',
  'Das Produktmanagement',
  'Die Projektleitung des Kunden',
  'Der Anbieter',
  'Die IT',
  'Das Marketing',
  'Der Einkauf',
  'Die Geschäftsleitung',
  'Das Kernteam',
  'Die Fachabteilung',
  'Jede Rolle',
  'Die Entwicklung des Anbieters',
  'Das Lenkungsgremium',
  'Die Qualitätssicherung',
  'Der Key Account',
  'Die Redaktion',
];
const VERBS = [
  'prüft',
  'dokumentiert',
  'klärt',
  'bereinigt',
  'priorisiert',
  'verantwortet',
  'bestätigt',
  'plant',
  'überwacht',
  'stimmt ab',
  'bewertet',
  'pflegt',
  'übergibt',
  'schätzt',
  'legt fest',
  'gibt frei',
];
const OBJECTS = [
  'die Attributliste',
  'den Datenexport aus dem ERP',
  'die Vollständigkeitsregeln je Kanal',
  'das Mapping der Warengruppen',
  'die Schnittstelle zum Onlineshop',
  'den Cutover-Plan',
  'die Abnahmekriterien',
  'die Pilotfamilie',
  'die Produktbilder im DAM',
  'die Übersetzungen für Österreich und die Schweiz',
  'die Rollen und Rechte im PIM',
  'den Freigabe-Workflow',
  'die Lieferantendaten',
  'die Variantenachsen',
  'den Kategoriebaum für Marktplätze',
  'die Schulungsunterlagen',
  'das Betriebshandbuch',
  'die Testfälle für den Printkatalog',
  'die Wertelisten für Farben und Materialien',
  'den Zeitplan der Migrationswellen',
];
const TAILS = [
  'bevor die nächste Phase beginnt',
  'gemeinsam mit dem Fachbereich',
  'spätestens zwei Wochen nach dem Kick-off',
  'an zehn echten Artikeln',
  'mit Verantwortlichem und Termin',
  'schriftlich im Projektprotokoll',
  'für alle vier Kanäle',
  'ohne Umweg über Excel-Listen',
  'im wöchentlichen Jour fixe',
  'nach dem Vier-Augen-Prinzip',
  'vor der Massenmigration',
  'in enger Abstimmung mit der Shop-Agentur',
];
const CLAUSES = [
  'Erfahrungsgemäß kostet dieser Schritt mehr Zeit als geplant',
  'Wer hier spart, zahlt in der Migration doppelt',
  'Ohne klare Zuständigkeit bleibt die Aufgabe liegen',
  'Die Zahlen aus dem Vertrieb sind oft zu optimistisch',
  'Ein Haken, den jemand anderes setzt, ist nichts wert',
  'Saisonspitzen und Messen verschieben die Verfügbarkeit der Fachbereiche',
  'Änderungen nach der Abnahme laufen über Change Control',
  'Frühe Stichproben zeigen Lücken, bevor sie teuer werden',
];
const HEADINGS = [
  'Worum es geht',
  'So sieht „fertig“ aus',
  'Was die Dauer treibt',
  'Vorgehen',
  'Typische Fallstricke',
  'Leitfragen',
  'Frühwarnzeichen',
  'Gegenmaßnahmen',
  'Beim Kick-off',
];
const QUESTIONS = [
  'Wer entscheidet, wenn sich Fachbereiche nicht einig sind?',
  'Welches System ist für welches Attribut führend?',
  'Was passiert, wenn der Pilot scheitert?',
  'Wer bekommt nachts eine Meldung, wenn der Export fehlschlägt?',
  'Welche Familien gehen in der ersten Welle live?',
  'Wie messen wir den Füllgrad je Kanal?',
];

export function sentence(random: Random): string {
  if (random() < 0.2) return `${pick(random, CLAUSES)}.`;
  // Separable verbs put their particle after the object: „legt … fest“.
  const [verb, particle] = pick(random, VERBS).split(' ');
  return `${pick(random, SUBJECTS)} ${verb} ${pick(random, OBJECTS)}${particle ? ` ${particle}` : ''} ${pick(random, TAILS)}.`;
}

export function shortText(random: Random): string {
  const text = sentence(random);
  return text.length > 140 ? `${text.slice(0, 137)}…` : text;
}

export function paragraph(random: Random, sentences = between(random, 3, 6)): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** A body of a few sections: headings, paragraphs, a list and some questions (~2–4 KB). */
export function proseBody(random: Random, sections = between(random, 3, 4)): string {
  const headings = [...HEADINGS].sort(() => random() - 0.5).slice(0, sections);
  const parts: string[] = [];
  for (const [index, heading] of headings.entries()) {
    parts.push(`## ${heading}`, '');
    if (heading === 'Leitfragen') {
      for (let i = 0; i < 4; i++) parts.push(`- ${pick(random, QUESTIONS)}`);
    } else if (heading === 'Vorgehen' || index === 2) {
      const steps = between(random, 4, 6);
      for (let i = 1; i <= steps; i++) parts.push(`${i}. ${sentence(random)}`);
    } else {
      parts.push(paragraph(random), '', paragraph(random));
    }
    parts.push('');
  }
  return parts.join('\n');
}

const TITLE_WORDS = [
  'Datenmodell',
  'Schnittstellen',
  'Pilotfamilie',
  'Migration',
  'Bildbestand',
  'Übersetzung',
  'Kategoriebaum',
  'Freigabe',
  'Lieferantenportal',
  'Printkatalog',
  'Marktplätze',
  'Stammdaten',
  'Variantenlogik',
  'Schulung',
  'Hypercare',
  'Cutover',
  'Wertelisten',
  'Datenqualität',
  'Berechtigungen',
  'Betriebsübergabe',
];
const TITLE_SUFFIXES = ['einrichten', 'abnehmen', 'bereinigen', 'vorbereiten', 'prüfen', 'planen', 'testen', 'übergeben'];

export function title(random: Random, index: number): string {
  return `${pick(random, TITLE_WORDS)} ${pick(random, TITLE_SUFFIXES)} ${index + 1}`;
}
