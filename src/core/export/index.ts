export * from './report';
export * from './markdown';
export * from './counts';
export * from './csv';
export * from './jsonld';
export * from './html';
export * from './uri';
