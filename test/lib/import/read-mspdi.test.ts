/**
 * readMspdi and the helpers that read its elements: what a file's XML becomes (attributes,
 * namespace prefixes, declarations and processing instructions aside; values as trimmed text),
 * which files are refused and why, and the text, number, list and day of an element.
 */
import { describe, expect, it } from 'vitest';
import { childOf, dayOf, lineOf, listOf, numberOf, readMspdi, textOf, type XmlNode } from '../../../src/lib/import/read-mspdi.ts';

function projectOf(text: string): XmlNode {
  const read = readMspdi(text);
  if (!read.ok) throw new Error(`not read: ${JSON.stringify(read)}`);
  return read.project;
}

describe('readMspdi', () => {
  it('reads the elements as trimmed text, leaving out attributes, namespace prefixes, the declaration and processing instructions', () => {
    const text =
      '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet href="plan.xsl"?>\n' +
      '<msp:Project xmlns:msp="http://schemas.microsoft.com/project"><msp:Title lang="de">  Shop  </msp:Title><UID>007</UID><Name>1e3</Name></msp:Project>';
    expect(projectOf(text)).toEqual({ Title: 'Shop', UID: '007', Name: '1e3' });
  });

  it('reads the repeated elements of MSPDI as lists, even when there is one, and others as single elements', () => {
    const project = projectOf(
      '<Project><Tasks><Task><UID>1</UID><PredecessorLink><PredecessorUID>2</PredecessorUID></PredecessorLink></Task></Tasks>' +
        '<Calendars><Calendar><WeekDays><WeekDay><DayType>1</DayType></WeekDay></WeekDays><Exceptions><Exception><TimePeriod><FromDate>d</FromDate></TimePeriod></Exception></Exceptions></Calendar></Calendars>' +
        '<Resources><Resource><UID>1</UID><Baseline><Number>0</Number></Baseline></Resource></Resources><Assignments><Assignment><UID>1</UID></Assignment></Assignments>' +
        '<ExtendedAttributes><ExtendedAttribute><FieldID>1</FieldID></ExtendedAttribute></ExtendedAttributes><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime></WorkingTime></WorkingTimes></Project>',
    );
    expect(project).toEqual({
      Tasks: { Task: [{ UID: '1', PredecessorLink: [{ PredecessorUID: '2' }] }] },
      Calendars: { Calendar: [{ WeekDays: { WeekDay: [{ DayType: '1' }] }, Exceptions: { Exception: [{ TimePeriod: [{ FromDate: 'd' }] }] } }] },
      Resources: { Resource: [{ UID: '1', Baseline: [{ Number: '0' }] }] },
      Assignments: { Assignment: [{ UID: '1' }] },
      ExtendedAttributes: { ExtendedAttribute: [{ FieldID: '1' }] },
      WorkingTimes: { WorkingTime: [{ FromTime: '08:00:00' }] },
    });
  });

  it('refuses text that is no XML with the line and the parser’s words', () => {
    expect(readMspdi('<Project>\n<Title>x</Project>')).toEqual({ ok: false, problem: 'not-xml', line: 2, detail: expect.stringMatching(/Title/) as unknown });
    expect(readMspdi('')).toMatchObject({ ok: false, problem: 'not-xml', line: 1 });
  });

  it('refuses a character XML does not allow (the parser lets control characters through), with its line', () => {
    expect(readMspdi('<Project>\n<Name>a\u0007b</Name></Project>')).toEqual({
      ok: false,
      problem: 'not-xml',
      line: 2,
      detail: 'U+0007 is not a character XML allows',
    });
    expect(readMspdi('<Project>\n\n<Name>a\uD800</Name></Project>')).toMatchObject({ ok: false, line: 3, detail: 'U+D800 is not a character XML allows' });
    for (const character of ['\u0000', '\u0008', '\u000B', '\u001F', '\uFFFE', '\uFFFF', '\uDC00'])
      expect(readMspdi(`<Project><Name>${character}</Name></Project>`).ok).toBe(false);
    for (const character of ['\t', '\r', ' ', '\uD7FF', '\uE000', '\uFFFD', '😀', '\u0085'])
      expect(readMspdi(`<Project><Name>a${character}b</Name></Project>`).ok).toBe(true);
  });

  it('refuses a root other than one Project element with content, naming the roots it found', () => {
    expect(readMspdi('<Workbook><Sheet/></Workbook>')).toEqual({ ok: false, problem: 'not-mspdi', root: 'Workbook' });
    expect(readMspdi('<Project/>')).toEqual({ ok: false, problem: 'not-mspdi', root: 'Project' });
    expect(readMspdi('<Project>text only</Project>')).toEqual({ ok: false, problem: 'not-mspdi', root: 'Project' });
  });

  it('refuses a document of more than one root element with the line of the second, wherever the validator sees it or not', () => {
    const cases: [string, number][] = [
      // The validator let these through: a first root without content, or a second one that is.
      ['<a/><Project><Title>b</Title></Project>', 1],
      ['<Project><Title>b</Title></Project>\n\n<a/>', 3],
      ['<Project/><Project/>', 1],
      // The validator saw these, as "Multiple possible root nodes found.".
      ['<Project><Title>x</Title></Project>\n<!-- <b> -->\n<Project\n  a="1"><Title>y</Title></Project>', 3],
      ['<?xml version="1.0"?>\n<Project><Title>x</Title></Project>\n<Project><Title>y</Title>', 3],
    ];
    for (const [text, line] of cases) expect(readMspdi(text), text).toEqual({ ok: false, problem: 'roots', line });
  });

  it('refuses the first element more than a hundred levels deep with its line, whatever else the lines hold', () => {
    // Line 1: the root, and a CDATA section, a comment and a processing instruction with tags (and
    // a > before them) in them; line 2
    // a self-closing element and a branch two levels deep that closes again; then levels 2 to 101
    // from line 3 on, one per line: level 101, the first too deep, on line 102.
    const deep = (levels: number) =>
      `<Project><![CDATA[ x > <y> ]]><!-- a > <b> --><?pi <z>?>\n<c a="1"/><b><b></b></b>\n${'<a>\n'.repeat(levels)}${'</a>'.repeat(levels)}</Project>`;
    expect(readMspdi(deep(100))).toEqual({ ok: false, problem: 'too-deep', line: 102, depth: 100 });
    // A hundred levels (the root and 99 below it) are read.
    expect(readMspdi(deep(99)).ok).toBe(true);
  });
});

describe('readMspdi and entities', () => {
  it('refuses an entity larger than 10,000 characters with the line of its DOCTYPE', () => {
    // It used to end in an internal error: the parser's exception was thrown on.
    const huge = `<!DOCTYPE Project [<!ENTITY e "${'x'.repeat(10_001)}">]><Project><Title>&e;</Title></Project>`;
    expect(readMspdi(huge)).toEqual({ ok: false, problem: 'not-xml', line: 1, detail: expect.stringMatching(/exceeds maximum/) as unknown });
  });

  it('expands an internal entity of ordinary size', () => {
    expect(projectOf('<!DOCTYPE Project [<!ENTITY e "Shop">]><Project><Title>&e;</Title></Project>')).toEqual({ Title: 'Shop' });
  });

  it('reads character references, also one written as text with &amp;', () => {
    expect(projectOf('<Project><Title>Gr&#246;&#223;e pr&#xFC;fen &#x1F600; &amp;#246; &lt;&gt;&quot;&apos;</Title></Project>')).toEqual({
      Title: 'Größe prüfen 😀 &#246; <>"\'',
    });
  });

  it('refuses, with its line, an entity the parser would keep as it is, and a reference to a character XML does not allow', () => {
    const refused = (xml: string) => readMspdi(xml) as { line: number; detail: string };
    const notExpanded = (name: string, line: number) => ({
      ok: false,
      problem: 'not-xml',
      line,
      detail: `&${name}; is an entity the reader does not expand (write the text itself)`,
    });
    const external = '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<Project><Title>&e;</Title></Project>';
    expect(readMspdi(external)).toEqual(notExpanded('e', 3));
    const laughs = '<!DOCTYPE P [<!ENTITY a "ha"><!ENTITY b "&a;&a;">]>\n<Project><Title>&a; &b;</Title></Project>';
    expect(readMspdi(laughs)).toEqual(notExpanded('b', 2));
    expect(readMspdi('<Project>\n<Title>&nbsp;</Title></Project>')).toEqual(notExpanded('nbsp', 2));
    expect(refused('<Project><Title>&undefined;</Title></Project>').detail).toContain('&undefined;');
    expect(refused('<Project><Title>a&#7;b</Title></Project>').detail).toBe('&#7; refers to no character XML allows');
    for (const reference of ['&#0;', '&#xD800;', '&#xFFFE;', '&#x110000;', '&#x1F;'])
      expect(readMspdi(`<Project><Title>${reference}</Title></Project>`).ok, reference).toBe(false);
    for (const reference of ['&#9;', '&#xA;', '&#13;', '&#32;', '&#xD7FF;', '&#xE000;', '&#xFFFD;', '&#x10FFFF;'])
      expect(readMspdi(`<Project><Title>a${reference}b</Title></Project>`).ok, reference).toBe(true);
    // In a comment or CDATA section, `&` is text.
    expect(projectOf('<Project><!-- &nbsp; --><Title><![CDATA[&nbsp;]]></Title></Project>')).toEqual({ Title: '&nbsp;' });
  });
});

describe('lineOf', () => {
  it('gives the line of a child element as written: prefixes, comments, CDATA, a DOCTYPE and quoted > aside', () => {
    const text =
      '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY e "<Task>">]>\n<msp:Project xmlns:msp="m">\n<Title a=">">&e;</Title>\n' +
      '<!-- <Tasks> -->\n<msp:Tasks>\n<Task><![CDATA[<UID>]]></Task>\n<Task/>\n<Task>\n<UID>3</UID>\n' +
      '<PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink>\n<PredecessorLink>\n<LinkLag>x</LinkLag></PredecessorLink>\n</Task>\n</msp:Tasks></msp:Project>';
    const project = projectOf(text);
    const tasks = childOf(project, 'Tasks');
    const third = listOf(tasks, 'Task')[2];
    expect([lineOf(project, 'Title'), lineOf(project, 'Tasks'), lineOf(tasks, 'Task'), lineOf(tasks, 'Task', 1), lineOf(tasks, 'Task', 2)]).toEqual([
      4, 6, 7, 8, 9,
    ]);
    expect([lineOf(third, 'UID'), lineOf(third, 'PredecessorLink', 1), lineOf(listOf(third, 'PredecessorLink')[1], 'LinkLag')]).toEqual([10, 12, 13]);
  });

  it('gives 1 where it knows no line: a missing element, a node readMspdi did not give', () => {
    const project = projectOf('<Project>\n<Title>x</Title></Project>');
    expect([lineOf(project, 'Title', 1), lineOf(project, 'Name'), lineOf(undefined, 'Title'), lineOf({ Title: 'x' }, 'Title')]).toEqual([1, 1, 1, 1]);
  });
});

describe('reading an element', () => {
  const node: XmlNode = {
    Name: 'Ann',
    Empty: '',
    Units: '0.5',
    Bad: 'many',
    Huge: '1e999',
    One: { UID: '1' },
    Many: [{ UID: '1' }, { UID: '2' }],
    Start: '2027-03-01T08:00:00',
    Day: '2027-03-01',
    NoDay: '2027-02-30T08:00:00',
    Later: '2027-03-01X',
    Short: '2027-3-1',
    Prefixed: 'x2027-03-01',
  };

  it('gives text, undefined for an empty, missing or nested element', () => {
    expect([textOf(node, 'Name'), textOf(node, 'Empty'), textOf(node, 'Missing'), textOf(node, 'One'), textOf(undefined, 'Name')]).toEqual([
      'Ann',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('gives finite numbers only', () => {
    expect([numberOf(node, 'Units'), numberOf(node, 'Bad'), numberOf(node, 'Huge'), numberOf(node, 'Empty'), numberOf(node, 'Missing')]).toEqual([
      0.5,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads a number only in the lexical form of xsd:decimal, with XML white space around it', () => {
    const cases: [written: string, number: number | undefined][] = [
      ['12', 12],
      ['-3', -3],
      ['+0.75', 0.75],
      ['.5', 0.5],
      ['5.', 5],
      [' 5 ', 5],
      ['\t\n5\r\n', 5],
      ['0x10', undefined],
      ['1e3', undefined],
      ['1E3', undefined],
      ['Infinity', undefined],
      ['NaN', undefined],
      ['&#160;5', undefined],
      ['5&#160;', undefined],
      ['1 000', undefined],
      ['0b101', undefined],
      ['1,5', undefined],
      ['-', undefined],
      ['.', undefined],
    ];
    const project = projectOf(`<Project>${cases.map(([written], index) => `<N${index}>${written}</N${index}>`).join('')}</Project>`);
    expect(cases.map((_, index) => numberOf(project, `N${index}`))).toEqual(cases.map(([, number]) => number));
  });

  it('gives lists of child elements: one element as a list of one, text or nothing as an empty list', () => {
    expect(listOf(node, 'Many')).toEqual([{ UID: '1' }, { UID: '2' }]);
    expect(listOf(node, 'One')).toEqual([{ UID: '1' }]);
    expect(listOf(node, 'Name')).toEqual([]);
    expect(listOf(node, 'Missing')).toEqual([]);
    expect(listOf(undefined, 'Many')).toEqual([]);
    expect(childOf(node, 'Many')).toEqual({ UID: '1' });
    expect(childOf(node, 'Missing')).toBeUndefined();
  });

  it('gives the calendar day of a date or date-time, undefined for no calendar day or another form', () => {
    expect(['Start', 'Day', 'NoDay', 'Later', 'Short', 'Prefixed', 'Name', 'Missing'].map((name) => dayOf(node, name))).toEqual([
      '2027-03-01',
      '2027-03-01',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
