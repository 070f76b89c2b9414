/**
 * The boxes a picture of the nodes was last drawn from (the minimap's): each node's id and product,
 * and its x, y, width and height, in React Flow's order. A change of nodes that alters none (the
 * zones measured after the first frame; the switch into or out of the overview, which shows or hides
 * 2000 of them) redraws nothing, and is checked in place: making the lists anew for 2000 nodes cost
 * 4–7 ms and their garbage, in the frames of the switch.
 */
import type { InternalNode } from '@xyflow/react';
import { nodeRect } from './diagram-state';
import type { ViewNode } from './view-nodes';

const typeOf = (node: InternalNode<ViewNode>) => ('instance' in node.data ? node.data.instance.type : '');

export class DrawnBoxes {
  /** x, y, width and height of each node, four numbers a node. */
  boxes = new Float64Array(0);
  private ids: string[] = [];
  private types: string[] = [];

  /** Whether `nodes` are those drawn, each of the same product and where it was, in the same order. */
  matches(nodes: ReadonlyMap<string, InternalNode<ViewNode>>): boolean {
    if (nodes.size !== this.ids.length) return false;
    let i = 0;
    for (const node of nodes.values()) {
      const { x, y, width, height } = nodeRect(node);
      const at = i * 4;
      if (this.ids[i] !== node.id || this.types[i] !== typeOf(node)) return false;
      if (this.boxes[at] !== x || this.boxes[at + 1] !== y || this.boxes[at + 2] !== width || this.boxes[at + 3] !== height) return false;
      i++;
    }
    return true;
  }

  /** Keeps `nodes` as the ones drawn. */
  keep(nodes: ReadonlyMap<string, InternalNode<ViewNode>>): void {
    this.boxes = new Float64Array(nodes.size * 4);
    this.ids = [];
    this.types = [];
    let at = 0;
    for (const node of nodes.values()) {
      const { x, y, width, height } = nodeRect(node);
      this.boxes.set([x, y, width, height], at);
      at += 4;
      this.ids.push(node.id);
      this.types.push(typeOf(node));
    }
  }
}
