export * from './selectors';
export * from './resolve';
export * from './codePoints';
export * from './significance';
