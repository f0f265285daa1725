export * from './report';
export * from './markdown';
export * from './counts';
