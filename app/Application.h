#pragma once

// The composition root of the authdesk executable: builds the workspace, picks the console or a
// command-line verb, and wires the built-in sandbox for `--demo` and `sandbox serve`. Nothing
// else decides that. Returns the process exit code.
int runAuthDesk(int argc, char **argv);
