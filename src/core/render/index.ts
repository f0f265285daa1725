export * from './highlights';
export * from './article';
export * from './claimHighlights';
export * from './links';
