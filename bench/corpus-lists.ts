/**
 * What the scale corpus (bench/corpus.ts) is made of: a seeded random source,
 * and the lists its names are drawn from — persons from common surnames and
 * given-name characters, places from the division data the gazetteer reads
 * (china-area-data), bodies as place + office, initiatives, events, platforms
 * and corridors as the samples write them. Pure data and pure functions.
 */
import areaData from 'china-area-data/data.json' with { type: 'json' };

/** A seeded generator (mulberry32): the same seed gives the same sequence. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** An index in [0, size) where low indexes come up far more often (a few names are in the news every day). */
  skewed(size: number): number {
    const r = this.next();
    return Math.min(size - 1, Math.floor(size * r * r * r));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);
const GIVEN = Array.from(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉萍红建文辉力兰云峰宇立志海波斌鹏飞亮林庆东晓春晨浩俊凯博远嘉欣怡婷琪涵轩宏坤振昌荣德胜健祥瑞宁松柏川江源泉鑫磊阳光炜彬昊晖翔',
);

/** Person `n` of the corpus: a surname and one or two given-name characters. */
export function personName(n: number): string {
  const surname = SURNAMES[n % SURNAMES.length] as string;
  const rest = Math.floor(n / SURNAMES.length);
  const first = GIVEN[rest % GIVEN.length] as string;
  const second = Math.floor(rest / GIVEN.length);
  return second === 0 ? `${surname}${first}` : `${surname}${first}${GIVEN[(second - 1) % GIVEN.length]}`;
}

/** How many distinct persons personName gives. */
export const PERSONS = SURNAMES.length * GIVEN.length * (GIVEN.length + 1);

export interface PlaceName {
  /** Full name as the division data has it (江津区). */
  full: string;
  /** The short form running text uses (江津). */
  short: string;
  /** 区, 县 or 市: which bodies it has (区委, 县委, 市委). */
  kind: '区' | '县' | '市';
}

const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

function divisionsUnder(parent: string): string[] {
  const data = areaData as Record<string, Record<string, string>>;
  return Object.values(data[parent] ?? {}).filter((name) => !PLACEHOLDER.test(name));
}

function toPlace(full: string): PlaceName {
  const kind = full.endsWith('县') ? '县' : full.endsWith('市') ? '市' : '区';
  const short = full.replace(/(?:土家族|苗族|自治县|区|县|市)+$/u, '');
  return { full, short: short.length >= 2 ? short : full, kind };
}

/** Districts and counties of Chongqing, then cities and districts of Sichuan, Guizhou, Hubei and Shaanxi: the genre's geography. */
export const PLACES: readonly PlaceName[] = [
  ...divisionsUnder('500100'),
  ...divisionsUnder('500200'),
  ...['510000', '520000', '420000', '610000'].flatMap(divisionsUnder),
  ...['510100', '520100', '420100', '610100'].flatMap(divisionsUnder),
].map(toPlace);

/** Bodies of a district, county or city, with the titles their people hold. */
export const BODIES: readonly { suffix: string; titles: readonly string[] }[] = [
  { suffix: '委', titles: ['书记', '副书记', '常委、宣传部部长', '常委、组织部部长'] },
  { suffix: '政府', titles: ['副#长', '党组成员、副#长'] },
  { suffix: '人大常委会', titles: ['主任', '副主任'] },
  { suffix: '政协', titles: ['主席', '副主席'] },
  { suffix: '发展改革委', titles: ['党组书记、主任', '副主任'] },
  { suffix: '经济信息委', titles: ['党组书记、主任', '副主任'] },
  { suffix: '商务委', titles: ['主任', '副主任'] },
  { suffix: '科技局', titles: ['局长', '副局长'] },
  { suffix: '交通运输委', titles: ['主任', '副主任'] },
  { suffix: '文化旅游委', titles: ['主任', '副主任'] },
  { suffix: '农业农村委', titles: ['主任', '副主任'] },
  { suffix: '教委', titles: ['主任', '副主任'] },
];

/** Companies and institutions: place short name + one of these. */
export const COMPANIES: readonly { suffix: string; titles: readonly string[] }[] = [
  { suffix: '交通开投集团', titles: ['党委书记、董事长', '总经理'] },
  { suffix: '城市建设投资集团', titles: ['党委书记、董事长', '副总经理'] },
  { suffix: '物流集团有限公司', titles: ['董事长', '总经理'] },
  { suffix: '电子信息产业园管委会', titles: ['主任', '副主任'] },
  { suffix: '高新技术产业开发区管委会', titles: ['党工委书记、主任', '副主任'] },
  { suffix: '职业技术学院', titles: ['党委书记', '院长'] },
  { suffix: '农村商业银行', titles: ['董事长', '行长'] },
];

export const PLATFORM_SUFFIXES = ['综合保税区', '高新区', '经开区', '国际物流园', '临空经济区', '现代农业产业园', '数字经济产业园', '国际陆港'];

export const CORRIDORS = ['西部陆海新通道', '中欧班列', '长江黄金水道', '渝满俄班列', '陆海新通道铁海联运班列', '沿江高铁通道'];

export const INITIATIVE_WORDS = [
  '数智', '开放', '绿色', '乡村', '人才', '科创', '物流', '消费', '文旅', '智造', '康养', '山海', '数字', '制造', '双城',
  '枢纽', '生态', '共富', '强链', '融合', '创新', '品质', '产业', '城乡', '通道', '园区', '平台', '金融',
];
export const INITIATIVE_KINDS = ['计划', '行动', '工程', '专项行动', '行动计划'];
export const CODE_KINDS = ['现代制造业集群体系', '产业发展格局', '开放平台体系', '科技创新体系'];
export const DOCUMENT_KINDS = ['规划纲要', '实施方案', '行动方案', '指导意见', '若干措施'];
export const DOCUMENT_TOPICS = ['推动高质量发展', '建设现代化产业体系', '深化开放合作', '促进消费扩容提质', '推进乡村全面振兴', '加快数字化转型'];
export const EVENT_TOPICS = ['产业发展对接', '数字经济', '开放合作', '乡村振兴', '文化旅游', '招商引资', '科技创新', '智能制造'];
export const EVENT_KINDS = ['推进会', '座谈会', '推介会', '论坛', '大会', '博览会', '对接会', '发布会'];
export const NEWSPAPERS = ['新重庆-重庆日报', '重庆日报', '四川日报', '贵州日报'];
export const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Clauses of running policy text, without names: joined at random into sentences so no two are alike. */
export const CLAUSES = [
  '加快构建现代化产业体系', '推动经济实现质的有效提升和量的合理增长', '深化重点领域改革', '持续优化营商环境',
  '扩大高水平对外开放', '培育发展新质生产力', '推进超大城市现代化治理', '促进城乡融合发展', '增强科技创新能力',
  '打造国际消费中心城市', '提升产业链供应链韧性', '加强生态环境保护', '完善基础设施网络', '做实做强实体经济',
  '推动数字经济和实体经济深度融合', '强化要素保障', '稳住外贸外资基本盘', '促进民营经济发展壮大', '提高公共服务水平',
  '扎实推进共同富裕', '守牢安全发展底线', '加快建设内陆开放综合枢纽', '推进新型工业化', '推动文化和旅游深度融合',
  '深化东西部协作', '健全现代化治理体系', '建设宜居韧性智慧城市', '推动绿色低碳转型', '做优做强特色产业',
  '引导企业加大研发投入', '加快发展现代服务业', '推动重大项目早落地早见效', '提升物流枢纽能级', '培育一批专精特新企业',
];
export const OPENERS = ['同时，', '为此，', '下一步，', '今年以来，', '近年来，', '据了解，', '与此同时，', '', '', ''];
export const FIGURES = ['全年地区生产总值增长', '规模以上工业增加值增长', '社会消费品零售总额增长', '进出口总值增长', '固定资产投资增长', '一般公共预算收入增长'];
export const SPEECH_VERBS = ['表示', '说', '介绍', '指出', '强调', '认为'];
export const IMPLEMENT_VERBS = ['实施', '启动实施', '深入推进', '全力打造', '加快建设', '全面推进'];
