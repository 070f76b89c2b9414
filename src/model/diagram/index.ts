/** Diagram geometry shared by the canvas and the picture exports: edges, anchors, port text, labels. */
export * from './edge-shape';
export * from './geometry';
export * from './labels';
export * from './pairs';
export * from './port-text';
export * from './moves';
export * from './direction';
