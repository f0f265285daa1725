// Every in-host test file, imported explicitly: a bundle has no file system to glob. Both entries load this
// after mocha has defined describe/it.
import './activation.test';
import './editor.test';
import './notes.test';
import './export.test';
