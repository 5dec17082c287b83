/**
 * The texts of the scale corpus: one file is a page of several articles in the
 * shapes the sample corpus has — a meeting report (召开…主持并讲话…出席, a
 * byline), a round table (主持人：/嘉宾： lists, 说/表示 with initiatives,
 * platforms and cooperation), a work report (long paragraphs, 实施“…”计划,
 * 《…》, figures) — with names drawn from bench/corpus-lists.ts, and half the
 * pages broken into newspaper columns as the samples are. Offices are held by
 * the same person across pages (a few change hands every "year"), so
 * relations gather evidence from many files, as a real archive's do.
 */
import {
  BODIES,
  CLAUSES,
  CN_NUMBERS,
  CODE_KINDS,
  COMPANIES,
  CORRIDORS,
  DOCUMENT_KINDS,
  DOCUMENT_TOPICS,
  EVENT_KINDS,
  EVENT_TOPICS,
  FIGURES,
  IMPLEMENT_VERBS,
  INITIATIVE_KINDS,
  INITIATIVE_WORDS,
  NEWSPAPERS,
  OPENERS,
  PERSONS,
  PLACES,
  PLATFORM_SUFFIXES,
  Random,
  SPEECH_VERBS,
  personName,
  type PlaceName,
} from './corpus-lists.ts';

interface Office {
  /** The body and title as written before a name (江津区委书记). */
  label: string;
  person: string;
}

/** Writes page after page of one corpus; page `n` depends only on the seed and `n`. */
export class PageWriter {
  constructor(private readonly seed: number) {}

  /** Page `n`: articles until it holds at least `minChars` characters. */
  page(n: number, minChars: number): string {
    const random = new Random((this.seed * 1_000_003) ^ (n * 2_654_435_761));
    const year = 2015 + (n % 11);
    const articles: string[] = [];
    let size = 0;
    while (size < minChars) {
      const article = new Article(random, year).write();
      articles.push(article);
      size += article.length;
    }
    const text = articles.join('\n\n\n');
    return random.chance(0.5) ? inColumns(text, random.int(17, 22)) : text;
  }
}

/** One article: its home place, the people it names, and its paragraphs. */
class Article {
  private readonly home: PlaceName;
  private readonly homeIndex: number;
  private readonly other: PlaceName;

  constructor(
    private readonly random: Random,
    private readonly year: number,
  ) {
    this.homeIndex = random.skewed(PLACES.length);
    this.home = PLACES[this.homeIndex] as PlaceName;
    this.other = PLACES[random.int(0, PLACES.length - 1)] as PlaceName;
  }

  write(): string {
    const kind = this.random.int(0, 2);
    return kind === 0 ? this.meeting() : kind === 1 ? this.roundTable() : this.workReport();
  }

  /** The person who holds `title` in body `body` of place `place` this year (a few terms change each year). */
  private holder(place: number, body: number, title: number): string {
    const term = Math.floor((this.year + place + body) / 5);
    const n = (place * 7_919 + body * 613 + title * 97 + term * 104_729) % PERSONS;
    return personName(n);
  }

  private office(placeIndex = this.homeIndex): Office {
    const place = PLACES[placeIndex] as PlaceName;
    const r = this.random;
    if (r.chance(0.2)) {
      const company = r.int(0, COMPANIES.length - 1);
      const c = COMPANIES[company]!;
      const title = r.int(0, c.titles.length - 1);
      return { label: `${place.short}${c.suffix}${c.titles[title]}`, person: this.holder(placeIndex, 100 + company, title) };
    }
    const body = r.int(0, BODIES.length - 1);
    const b = BODIES[body]!;
    const title = r.int(0, b.titles.length - 1);
    const written = (b.titles[title] as string).replace('#', place.kind);
    return { label: `${place.full}${b.suffix}${written}`, person: this.holder(placeIndex, body, title) };
  }

  private someOffice(): Office {
    return this.office(this.random.chance(0.6) ? this.homeIndex : this.random.skewed(PLACES.length));
  }

  private initiative(): string {
    const r = this.random;
    const word = () => r.pick(INITIATIVE_WORDS);
    if (r.chance(0.2)) return `“${r.int(1, 9)}${r.int(1, 9)}${r.int(1, 9)}${r.int(1, 9)}”${r.pick(CODE_KINDS)}`;
    if (r.chance(0.3)) return `“${r.pick(CN_NUMBERS)}大${word()}”${r.pick(INITIATIVE_KINDS)}`;
    return `“${word()}${word()}”${r.pick(INITIATIVE_KINDS)}`;
  }

  private platform(place = this.home): string {
    return `${place.short}${this.random.pick(PLATFORM_SUFFIXES)}`;
  }

  private event(): string {
    const r = this.random;
    return r.chance(0.5) ? `${this.year}${this.home.short}${r.pick(EVENT_TOPICS)}${r.pick(EVENT_KINDS)}` : `${r.pick(EVENT_TOPICS)}${r.pick(EVENT_KINDS)}`;
  }

  private filler(): string {
    const r = this.random;
    const clauses = Array.from({ length: r.int(2, 4) }, () => r.pick(CLAUSES));
    const subject = r.pick([this.home.short, this.home.full, '全市', '各区县', '我们', '']);
    return `${r.pick(OPENERS)}${subject}${clauses.join('，')}。`;
  }

  private figure(): string {
    const r = this.random;
    return `${this.year}年，${this.home.full}${r.pick(FIGURES)}${r.int(2, 15)}.${r.int(0, 9)}%，${r.pick(CLAUSES)}。`;
  }

  /** A sentence naming what the place does: implements, hosts, cooperates, part of. */
  private factSentence(): string {
    const r = this.random;
    const p = this.home;
    switch (r.int(0, 6)) {
      case 0:
        return `${p.full}${r.pick(IMPLEMENT_VERBS)}${this.initiative()}，${r.pick(CLAUSES)}。`;
      case 1:
        return `位于${p.full}的${this.platform()}正式运行，${r.pick(CLAUSES)}。`;
      case 2:
        return `${p.short}与${this.other.full}共建${this.platform(this.other)}，${r.pick(CLAUSES)}。`;
      case 3:
        return `作为${r.pick(CORRIDORS)}重要节点，${p.full}${r.pick(CLAUSES)}。`;
      case 4:
        return `${this.initiative()}是${r.pick(CORRIDORS)}建设的重要内容。`;
      case 5:
        return `${p.full}印发《${p.short}${r.pick(DOCUMENT_TOPICS)}${r.pick(DOCUMENT_KINDS)}》，${r.pick(CLAUSES)}。`;
      default:
        return `${this.year}年，${p.full}承办${this.event()}，${r.pick(CLAUSES)}。`;
    }
  }

  private paragraph(facts: number, fillers: number, speaker?: string): string {
    const r = this.random;
    const sentences: string[] = [];
    for (let i = 0; i < facts; i++) sentences.push(this.factSentence());
    for (let i = 0; i < fillers; i++) sentences.push(r.chance(0.2) ? this.figure() : this.filler());
    for (let i = sentences.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [sentences[i], sentences[j]] = [sentences[j] as string, sentences[i] as string];
    }
    if (speaker) sentences.unshift(`${speaker}${r.pick(SPEECH_VERBS)}，${this.home.short}将${r.pick(IMPLEMENT_VERBS)}${this.initiative()}，${r.pick(CLAUSES)}。`);
    return sentences.join('');
  }

  private byline(): string {
    const r = this.random;
    const reporters = Array.from({ length: r.int(1, 2) }, () => personName(r.int(0, 3_000)));
    return `${r.pick(NEWSPAPERS)}记者 ${reporters.join(' ')}`;
  }

  private meeting(): string {
    const r = this.random;
    const host = this.office();
    const guests = Array.from({ length: r.int(2, 4) }, () => this.someOffice());
    const event = this.event();
    const lines = [
      `${this.home.full}召开${event}`,
      '',
      `${host.person}主持并讲话`,
      '',
      `${r.int(1, 12)}月${r.int(1, 28)}日，${this.home.full}委召开${event}。${host.label}${host.person}主持会议并讲话，${guests.map((g) => `${g.label}${g.person}`).join('，')}出席。`,
      '',
      this.paragraph(r.int(1, 2), r.int(2, 4)),
      '',
      this.paragraph(r.int(0, 2), r.int(2, 5), host.person),
      '',
      this.byline(),
    ];
    return lines.join('\n');
  }

  private roundTable(): string {
    const r = this.random;
    const guests = Array.from({ length: r.int(3, 5) }, () => this.someOffice());
    const lines = [
      `${this.home.short}聚力${r.pick(CLAUSES)}`,
      '',
      '主持人：',
      this.byline(),
      '',
      '嘉宾：',
      ...guests.map((g) => `${g.label} ${g.person}`),
      '',
    ];
    for (const guest of guests) lines.push(this.paragraph(r.int(1, 2), r.int(2, 5), guest.person), '');
    return lines.join('\n');
  }

  private workReport(): string {
    const r = this.random;
    const lines = [`${this.home.full}${r.pick(DOCUMENT_TOPICS)}工作综述`, ''];
    const paragraphs = r.int(3, 6);
    for (let i = 0; i < paragraphs; i++) lines.push(`（${CN_NUMBERS[i]}）${this.paragraph(r.int(1, 3), r.int(3, 6))}`, '');
    const head = this.office();
    lines.push(`${head.label}${head.person}表示，${r.pick(CLAUSES)}。`);
    return lines.join('\n');
  }
}

/** Breaks paragraphs into lines of `width` characters, as a newspaper column does (inside words, too). */
function inColumns(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    // List and byline lines (an office, a space, a name) stay whole, as in the samples.
    if (line.length <= width || line.includes(' ')) {
      out.push(line);
      continue;
    }
    for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  }
  return out.join('\n');
}
