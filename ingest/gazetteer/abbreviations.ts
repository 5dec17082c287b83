/**
 * The one-character short names (简称) of China's province-level divisions, as
 * official texts join them (川渝, 湘鄂赣, 京津冀): a fixed convention, one per
 * division code, resolved to the division through the GB/T 2260 data.
 */
import { divisionByCode, type Division } from './divisions.ts';

const SHORT_BY_CODE: Readonly<Record<string, string>> = {
  '110000': '京', '120000': '津', '130000': '冀', '140000': '晋', '150000': '蒙', '210000': '辽', '220000': '吉', '230000': '黑',
  '310000': '沪', '320000': '苏', '330000': '浙', '340000': '皖', '350000': '闽', '360000': '赣', '370000': '鲁', '410000': '豫',
  '420000': '鄂', '430000': '湘', '440000': '粤', '450000': '桂', '460000': '琼', '500000': '渝', '510000': '川', '520000': '黔',
  '530000': '滇', '540000': '藏', '610000': '陕', '620000': '甘', '630000': '青', '640000': '宁', '650000': '新', '710000': '台',
  '810000': '港', '820000': '澳',
};

let byChar: Map<string, Division> | undefined;

/** The province-level division whose short name is `char` (川 → 四川省), if any. */
export function provinceByAbbreviation(char: string): Division | undefined {
  if (!byChar) {
    byChar = new Map();
    for (const [code, short] of Object.entries(SHORT_BY_CODE)) {
      const division = divisionByCode(code);
      if (division) byChar.set(short, division);
    }
  }
  return byChar.get(char);
}
