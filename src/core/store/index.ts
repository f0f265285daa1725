export * from './annotation';
export * from './serialize';
export * from './noteStore';
export * from './notes';
export * from './edits';
export * from './loadedNotesCache';
