export * from './types';
export * from './parse';
export * from './place';
export * from './sources';
export { readW3cAnnotation, w3cEntries } from './w3c';
export { readHypothesisRow, hypothesisIri } from './hypothesis';
