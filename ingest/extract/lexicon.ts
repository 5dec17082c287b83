/**
 * Word lists of Chinese official writing: titles of office, the endings of
 * organisation names, surnames, and the words that usually follow a name.
 * They describe the genre, never particular people or bodies.
 */

/** Offices, without modifiers; longer forms first so alternation prefers them. */
const TITLE_BASES = [
  '新闻发言人', '首席执行官', '首席经济学家', '首席科学家', '总工程师', '总经济师', '总会计师', '主任委员', '总编辑', '总领事',
  '负责人', '创始人', '合伙人', '大使', '领事', '参赞', '理事',
  '秘书长', '董事长', '总经理', '理事长', '检察长', '指挥长', '副教授', '研究员', '通讯员', '发言人',
  '书记', '主任', '局长', '厅长', '部长', '处长', '科长', '司长', '署长', '市长', '区长', '县长', '省长',
  '州长', '镇长', '乡长', '主席', '委员', '常委', '代表', '总裁', '总监', '行长', '院长', '校长', '所长',
  '会长', '社长', '台长', '主编', '记者', '教授', '主委', '经理', '董事', '监事', '馆长', '站长', '队长',
  '团长', '庭长', '政委', '组长', '总师', '院士', '秘书', '巡视员', '调研员',
] as const;

const MODIFIER = '(?:专职|常务|执行|第一|名誉|首席|高级|驻会|一级|二级|三级|四级)?';
const PARTY = '(?:党组|党委|党工委|党总支|纪委|纪工委)?';

/** A title of office: modifiers, 副, party body and base (党组副书记, 专职副主委, 常务副市长, 党组成员). */
export const TITLE_SOURCE = `(?:${MODIFIER}副?${PARTY}副?(?:${TITLE_BASES.join('|')})|(?:党组|党委)成员)`;
export const TITLE_AT_END = new RegExp(`${TITLE_SOURCE}$`, 'u');
export const TITLE_EXACT = new RegExp(`^${TITLE_SOURCE}$`, 'u');

/** Titles that name the government they belong to (市长 → 市政府). */
export const GOVERNMENT_HEAD = /(市|区|县|省|州|镇|乡)长$/u;

/** Endings of organisation names. */
export const ORG_SUFFIX =
  /(?:委员会|常委会|委|局|厅|办|办公室|部|署|集团|公司|大学|学院|学校|中学|小学|研究院|研究所|研究中心|科学院|人大|政协|政府|联合会|协会|学会|商会|基金会|会|联|社|报|日报|晚报|电视台|院|所|中心|党校|银行|处|科|室|站|队|馆|团|党|教研部|工委|管委会|法院|检察院|医院|组|厂|超市)$/u;

/** An organisation name already says which jurisdiction it belongs to. */
export const JURISDICTION_PREFIX = /^(?:中共|中国|国家|全国|市|省|区|县|\p{Script=Han}{1,6}?(?:省|市|区|县|州))/u;

/** Common single-character surnames (百家姓 and the most frequent modern ones). */
const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱丘江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乐匡燕鞠封习代揭冀郁晋权伏计雍钮龚邝晁蔺虢甯容衡闻浦储贝谈茅奚经';
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '澹台', '钟离', '呼延', '申屠', '淳于'];

const SURNAME_SET = new Set(SINGLE_SURNAMES);

/** Length of the surname `name` starts with (2 for 欧阳…, 1 for 王…), or 0. */
export function surnameLength(name: string): number {
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return 2;
  return SURNAME_SET.has(name.charAt(0)) ? 1 : 0;
}

/** Words that follow a name in news writing (高健表示, 袁家军主持, 高健就此…). */
export const NAME_FOLLOWERS =
  /^(?:表示|说|介绍|指出|强调|透露|认为|建议|谈到|坦言|感慨|呼吁|注意到|分析|告诉|提出|出席|主持|致辞|参加|讲话|会见|就|在|等|对|是|也|还|则|和|与|及|同|一行|先后|带队|率|调研|考察|发言|作|回答|答|看来|解读|进行|已|曾|将|为|到|从|向|同志|说道|代表|接受|希望|要求|宣布|共同|走出|来到|深入|现场|认真|充分|表态|回忆|打开|兴奋|激动|笑着)/u;

/** Single characters that end a clause after a name rather than belong to it (高健就…, not 高健就). */
export const NON_NAME_THIRD = /[说在就等和与是也还对则将到为及同从向曾已率作答的了们]/u;

/** Tokens after a byline's names that are not names (记者 唐琴 余振芳 整理). */
export const BYLINE_TAIL = new Set(['整理', '报道', '摄影', '采写', '文图', '通讯员', '实习生', '见习记者']);

/** Words that fill a name's slot but are not names. */
export const NOT_A_NAME = new Set(['表示', '介绍', '指出', '强调', '认为', '视察', '委员', '代表', '主任', '书记', '记者', '会议', '同志', '一行', '们', '邀请']);
