/**
 * Head nouns that say what kind of thing a name is (…行动 an Initiative,
 * …发布会 an Event, …枢纽 a Platform, …走廊 a Corridor, …纲要 a Document),
 * and the generic words that cannot make a name on their own.
 */
import type { EntityType } from '../../schema/model.ts';

export interface HeadRule {
  type: EntityType;
  /** Alternation of head nouns, longest first. */
  heads: readonly string[];
  /** An action verb (实施, 打造, 举办…) must come before the name in its clause. */
  needsVerb: boolean;
}

export const HEAD_RULES: readonly HeadRule[] = [
  { type: 'Initiative', heads: ['专项行动', '行动计划', '行动', '计划', '工程'], needsVerb: true },
  {
    type: 'Initiative',
    heads: ['先行区', '引领区', '首选区', '试点区', '示范区', '中心城市', '示范城市', '枢纽城市', '门户城市', '综合试点', '金融中心', '交往中心', '制造业中心', '科技创新中心',
      '商贸物流中心', '航运中心', '贸易中心', '消费中心', '战略'],
    needsVerb: true,
  },
  { type: 'Initiative', heads: ['经济圈', '经济带', '大开发'], needsVerb: false },
  // City clusters are regions, named by their cities or river (重庆都市圈, 长江中游城市群).
  { type: 'Place', heads: ['都市圈', '城市群'], needsVerb: false },
  {
    type: 'Event',
    heads: [
      '新闻发布会', '发布会', '座谈会', '圆桌会', '全会', '会议', '大会', '论坛', '峰会', '博览会', '交易会', '洽谈会', '推介会', '对接会',
      '交流会', '研讨会', '报告会', '推进会', '现场会', '年会', '展览会', '展销会', '车展', '航展', '展览', '消费节', '生活节', '艺术节', '文化节', '旅游节',
      '美食节', '音乐节', '电影节', '购物节', '时尚节', '群星奖', '消费季', '活动周', '运动会', '公开赛', '锦标赛', '马拉松', '对接活动',
      '圆桌对话', '圆桌访谈', '圆桌论坛', '恳谈会', '说明会', '通气会', '见面会', '动员会', '部署会', '调度会', '启动会', '招商会', '签约会',
      '双城记', '博览周', '展示周', '交流周', '嘉年华', '挑战赛', '邀请赛', '大赛',
    ],
    needsVerb: false,
  },
  {
    type: 'Platform',
    heads: [
      '主枢纽', '物流枢纽', '国际机场', '机场', '保税港', '自贸区', '自贸试验区', '综合保税区', '保税区', '试验区', '新区', '高新区',
      '经开区', '经济技术开发区', '开发区', '科学城', '科技城', '大学城', '生物城', '医学城', '汽车城', '商圈', '商务区', '商业街',
      '步行街', '功能区', '片区', '总部基地', '保供基地', '产业基地', '物流港', '国际港', '空港',
      '合作区', '创新区', '产业园', '产业园区', '工业园区', '物流园', '科技园', '软件园', '铁路港', '航空港', '口岸', '交易中心',
      '转移中心', '会展中心', '博览城', '会展城', '广场',
      '实验区', '综保区', '港区', '港务区', '港站', '陆港', '物流园区', '集结中心', '物流基地', '生产基地',
      '制造基地', '研发基地', '出口基地', '核心基地', '示范基地', '信息港', '数据港', '临空经济区', '枢纽港', '港', '产业城', '生态园', '创新港', '科创园',
    ],
    needsVerb: false,
  },
  { type: 'Corridor', heads: ['新通道', '大通道', '走廊', '高铁', '铁路', '班列', '水道', '高速公路'], needsVerb: false },
  { type: 'Document', heads: ['政府工作报告', '规划纲要', '实施方案', '指导意见', '实施意见', '白皮书', '条例'], needsVerb: false },
];

/** Heads after a quoted code name: “33618”现代制造业集群体系, “两新”政策, “五型”国家物流枢纽. */
export const QUOTE_HEAD_RULES: readonly HeadRule[] = [
  ...HEAD_RULES,
  { type: 'Initiative', heads: ['体系', '布局', '政策', '改革突破', '项目'], needsVerb: false },
  { type: 'Document', heads: ['规划纲要', '规划'], needsVerb: false },
];

/** Modifier words too general to make a name (开放通道, 新闻发布会, 重大工程). */
const GENERIC = new Set([
  '综合', '国家', '重点', '重大', '国际', '现代化', '全国', '区域', '新型', '重要', '主要', '高端', '特色', '示范', '物流',
  '商业', '产业', '科技', '创新', '数字', '智能', '公共', '开放', '合作', '发展', '服务', '内外', '对外', '跨省', '能源',
  '货运', '客运', '航空', '运输', '新闻', '专项', '系列', '各类', '相关', '有关', '这', '此', '本次', '此次', '该', '会上',
  '工作', '经济', '全市', '市级', '省级', '一批', '多项', '各项', '这次', '本', '首批', '主题', '标志性', '民生', '消费', '枢纽', '铁路',
  '项目', '建设', '改造', '提升', '促进', '高质量', '新', '大', '总', '一', '二', '三', '四', '五', '专列', '中心', '空中',
  '市郊', '城际', '高速', '普速', '重载', '支线', '专用', '跨境', '沿江', '沿海', '沿边', '出海', '陆海', '国际物流',
]);

/** Numbers, measure words and demonstratives: 三项行动, 这一计划, 相关工程. */
const COUNTING = /^(?:[\d.%]+|[一二三四五六七八九十两百千万几多]+[项个大类批条种]?|这|该|此|相关|有关|各|各项|重大|重点|专项|一批|系列|国家|区域|全国|重要|发展|新)$/u;

const POSITIONING = /(?:城市|中心)$/u;

/** Whether a modifier says which thing it is; for Initiatives only counting words are too general. */
export function isGenericModifier(words: readonly string[], type: EntityType, head = ''): boolean {
  if (words.length === 0) return true;
  // A positioning says which by its scope alone (国家中心城市, 国际门户枢纽城市, 国家科技创新中心).
  if (POSITIONING.test(head)) return false;
  if (type === 'Initiative' || type === 'Document') return words.every((w) => COUNTING.test(w));
  return words.every((w) => GENERIC.has(w) || COUNTING.test(w));
}

const NUMERIC_SHAPE = /^(?:[一二三四五六七八九十两双百千万\d]+[\p{Script=Han}]{1,3}){2,}$/u;

/**
 * A bare quoted code name shaped like numbers + nouns: “六区一高地”, “一带一路”,
 * “三中心一走廊”. Short and starting with a numeral, checked before the pattern
 * (whose nested repeats would backtrack at length on long quotes).
 */
export function isNumericCodeName(inner: string): boolean {
  return inner.length <= 16 && /^[一二三四五六七八九十两双百千万\d]/u.test(inner) && NUMERIC_SHAPE.test(inner);
}
