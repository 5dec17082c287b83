/**
 * Sigma's settings for the explorer: a font stack that renders Chinese labels
 * (Noto Sans CJK SC first, as installed by fonts-noto-cjk), directed edges,
 * z-ordering for highlighted items, and the cheap `point` and `thin` programs
 * that large graphs switch to (graph/programs.ts, controllers/performanceController.ts).
 */
import { createEdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { CachedEdgeLineProgram, CachedNodePointProgram } from '../graph/programs.ts';
import { LABEL_COLOR } from '../appearance/palette.ts';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';

export const LABEL_FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const SIGMA_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  labelFont: LABEL_FONT,
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: LABEL_COLOR },
  labelDensity: 0.8,
  labelGridCellSize: 80,
  labelRenderedSizeThreshold: 7,
  defaultEdgeType: 'arrow',
  renderEdgeLabels: false,
  zIndex: true,
  stagePadding: 40,
  minCameraRatio: 0.05,
  maxCameraRatio: 10,
  nodeProgramClasses: { circle: NodeCircleProgram<NodeAttributes, EdgeAttributes>, point: CachedNodePointProgram },
  edgeProgramClasses: {
    arrow: createEdgeArrowProgram<NodeAttributes, EdgeAttributes>(),
    line: EdgeRectangleProgram<NodeAttributes, EdgeAttributes>,
    thin: CachedEdgeLineProgram,
  },
};
