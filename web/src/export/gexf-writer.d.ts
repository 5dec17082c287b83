// Types for graphology-gexf's writer module on its own: its package entry points
// also load the parser, which needs a DOMParser at import time (absent in Node tests).
declare module 'graphology-gexf/common/writer.js' {
  import type { Attributes } from 'graphology-types';
  import type Graph from 'graphology-types';
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';

  export default function write<N extends Attributes = Attributes, E extends Attributes = Attributes>(
    graph: Graph<N, E>,
    options?: GexfWriterOptions<N, E>,
  ): string;
}
