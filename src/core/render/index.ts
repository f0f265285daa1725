export * from './highlights';
export * from './article';
export * from './claimHighlights';
