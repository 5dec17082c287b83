/**
 * A GraphML writer (graphology-graphml only parses). Keys are declared from
 * the attributes present: `double` when every value of an attribute is a
 * number, `string` otherwise; Gephi and graphology-graphml read them back.
 */
import type { AttributeValue, ExportEdge, ExportModel, ExportNode } from './model.ts';

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
    // Characters XML 1.0 cannot hold at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

interface Key {
  readonly id: string;
  readonly name: string;
  readonly type: 'double' | 'string';
}

function declareKeys(items: ReadonlyArray<{ attributes: Readonly<Record<string, AttributeValue>> }>, prefix: string): Key[] {
  const types = new Map<string, 'double' | 'string'>();
  for (const item of items) {
    for (const [name, value] of Object.entries(item.attributes)) {
      const type = typeof value === 'number' && Number.isFinite(value) ? 'double' : 'string';
      types.set(name, types.get(name) === 'string' ? 'string' : type);
    }
  }
  return [...types].map(([name, type], i) => ({ id: `${prefix}${i}`, name, type }));
}

function dataLines(attributes: Readonly<Record<string, AttributeValue>>, keys: readonly Key[]): string {
  return keys
    .filter((key) => attributes[key.name] !== undefined)
    .map((key) => `<data key="${key.id}">${escapeXml(String(attributes[key.name]))}</data>`)
    .join('');
}

const nodeLine = (node: ExportNode, keys: readonly Key[]): string =>
  `    <node id="${escapeXml(node.id)}">${dataLines(node.attributes, keys)}</node>`;

const edgeLine = (edge: ExportEdge, keys: readonly Key[]): string =>
  `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${dataLines(edge.attributes, keys)}</edge>`;

/** The model as a GraphML document (directed). */
export function writeGraphml(model: ExportModel): string {
  const nodeKeys = declareKeys(model.nodes, 'n');
  const edgeKeys = declareKeys(model.edges, 'e');
  const keyLine = (key: Key, target: 'node' | 'edge'): string =>
    `  <key id="${key.id}" for="${target}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((key) => keyLine(key, 'node')),
    ...edgeKeys.map((key) => keyLine(key, 'edge')),
    '  <graph id="policygraph" edgedefault="directed">',
    ...model.nodes.map((node) => nodeLine(node, nodeKeys)),
    ...model.edges.map((edge) => edgeLine(edge, edgeKeys)),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
