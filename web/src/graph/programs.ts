/**
 * Programs for large graphs: nodes as points and edges as one-pixel lines,
 * one vertex per node and two per edge in a single plain draw call, with the
 * vertex data uploaded only when it changed.
 *
 * Why: sigma's default circle and rectangle programs are instanced, and
 * software WebGL (SwiftShader, as in headless Chromium without a GPU) runs an
 * instanced draw instance by instance — panning 20k nodes spent ~30 µs per
 * node per frame there, hidden nodes included. And sigma 3.0.3 re-sends every
 * vertex array on every frame (bufferData in `bindProgram`, for the drawn and
 * the picking layer); these subclasses count changes to the arrays (`process`,
 * `reallocate`) and skip the upload when a layer already holds the current
 * version, binding the attributes as sigma does. Relies on Program internals
 * of sigma 3.0.3 (pinned in package.json).
 */
import { EdgeLineProgram, NodePointProgram, type ProgramAttributeSpecification, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from './types.ts';

type BindAttribute = (attr: ProgramAttributeSpecification, program: ProgramInfo, offset: number, setDivisor?: boolean) => number;

interface ProgramShape {
  readonly isInstanced: boolean;
  readonly ATTRIBUTES: ProgramAttributeSpecification[];
  readonly CONSTANT_ATTRIBUTES: ProgramAttributeSpecification[];
}

/** Binds a program's attributes to its buffers as sigma does, without uploading data. */
function bindAttributesOnly(shape: ProgramShape, program: ProgramInfo, bind: BindAttribute): void {
  const { gl } = program;
  let offset = 0;
  if (!shape.isInstanced) {
    gl.bindBuffer(gl.ARRAY_BUFFER, program.buffer);
    for (const attr of shape.ATTRIBUTES) offset += bind(attr, program, offset);
  } else {
    gl.bindBuffer(gl.ARRAY_BUFFER, program.constantBuffer);
    for (const attr of shape.CONSTANT_ATTRIBUTES) offset += bind(attr, program, offset, false);
    gl.bindBuffer(gl.ARRAY_BUFFER, program.buffer);
    offset = 0;
    for (const attr of shape.ATTRIBUTES) offset += bind(attr, program, offset, true);
  }
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
}

/** Versions of a program's data, and which version each of its layers holds. */
class UploadTracker {
  private version = 0;
  private readonly uploaded = new Map<ProgramInfo, number>();

  changed(): void {
    this.version += 1;
  }

  /** Whether `program` needs the data sent again; records that it will have it. */
  needsUpload(program: ProgramInfo): boolean {
    if (this.uploaded.get(program) === this.version) return false;
    this.uploaded.set(program, this.version);
    return true;
  }
}

/** Nodes as round points, uploading only changed data, without the picking pass while the camera moves. */
export class CachedNodePointProgram extends NodePointProgram<NodeAttributes, EdgeAttributes> {
  private readonly tracker = new UploadTracker();

  /**
   * While the camera moves nothing can be hovered, so the picking layer (drawn
   * again on every frame) is skipped; the first frame after the move draws it.
   */
  override render(params: RenderParams): void {
    const mouse = this.renderer.getMouseCaptor();
    const moving = this.renderer.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
    if (!moving || this.pickProgram === null) {
      super.render(params);
      return;
    }
    if (this.hasNothingToRender()) return;
    const program = this.normalProgram;
    program.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    this.bindProgram(program);
    this.renderProgram(params, program);
    this.unbindProgram(program);
  }

  override reallocate(capacity: number): void {
    this.tracker.changed();
    super.reallocate(capacity);
  }

  override process(nodeIndex: number, offset: number, data: NodeDisplayData): void {
    this.tracker.changed();
    super.process(nodeIndex, offset, data);
  }

  protected override bindProgram(program: ProgramInfo): void {
    if (this.tracker.needsUpload(program)) super.bindProgram(program);
    else bindAttributesOnly(this, program, (...args) => this.bindAttribute(...args));
  }
}

/** Edges as one-pixel lines, uploading only changed data. */
export class CachedEdgeLineProgram extends EdgeLineProgram<NodeAttributes, EdgeAttributes> {
  private readonly tracker = new UploadTracker();

  override reallocate(capacity: number): void {
    this.tracker.changed();
    super.reallocate(capacity);
  }

  override process(edgeIndex: number, offset: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    this.tracker.changed();
    super.process(edgeIndex, offset, sourceData, targetData, data);
  }

  protected override bindProgram(program: ProgramInfo): void {
    if (this.tracker.needsUpload(program)) super.bindProgram(program);
    else bindAttributesOnly(this, program, (...args) => this.bindAttribute(...args));
  }
}
