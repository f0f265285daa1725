// Must run before the test files: mocha's browser build defines describe/it only after setup().
import 'mocha/mocha.js';

mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30_000, color: false });
